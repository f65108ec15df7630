import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * What libxml2 (xmllint, compiled to WebAssembly) finds wrong with a document against an XML schema:
 * an empty list when it is valid. A schema that cannot be read rejects the promise.
 */
export async function validatesAgainst(xml: string, xsdPath: string): Promise<string[]> {
  const schema = await readFile(xsdPath, 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'document.xml', contents: xml }], schema: [{ fileName: basename(xsdPath), contents: schema }] });
  return result.valid ? [] : result.errors.map((error) => error.message);
}
