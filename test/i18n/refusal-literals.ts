import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';

/** Where refusals and field problems are written. */
const sourceFolders = ['api', 'workflows', 'activities', 'domain', 'db'];
const root = join(__dirname, '..', '..');

/** Calls that turn their message argument into a refusal. */
const refusalMakers = new Set(['invalid', 'badRequest', 'conflict', 'forbidden', 'notAllowed', 'invalidFields', 'refuse', 'HttpError']);
/** Zod checks whose string argument (or `{ message }`) becomes a field problem. */
const zodChecks = new Set(['min', 'max', 'length', 'regex', 'refine', 'positive', 'nonnegative', 'negative', 'int', 'email', 'nonempty', 'url', 'uuid']);
/** An error code or a column name, not a sentence. */
const isCode = (text: string) => /^[a-z][A-Za-z0-9_]*$/.test(text);

export interface RefusalLiteral {
  /** The English text; `{}` stands where the source interpolates a value. */
  text: string;
  where: string;
}

/** The texts an expression can evaluate to: literals, templates (values as `{}`) and both branches of a condition. */
function textsOf(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('')];
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  return []; // a value passed on (e.g. a workflow's own message): checked where it is written
}

const calleeName = (node: ts.CallExpression | ts.NewExpression) => {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

const propertyNamed = (object: ts.ObjectLiteralExpression, names: string[]) =>
  object.properties.find((property): property is ts.PropertyAssignment =>
    ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && names.includes(property.name.text));

function literalsIn(file: string): RefusalLiteral[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: RefusalLiteral[] = [];
  const add = (texts: string[], node: ts.Node) => {
    const where = `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    for (const text of texts) if (!isCode(text)) found.push({ text, where });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      const name = calleeName(node);
      if (name === 'notFound') add(node.arguments.flatMap(textsOf).map((what) => `${what} not found.`), node);
      if (refusalMakers.has(name) || zodChecks.has(name)) {
        for (const argument of node.arguments) {
          if (ts.isObjectLiteralExpression(argument)) {
            const message = propertyNamed(argument, ['message', 'error']);
            if (message) add(textsOf(message.initializer), message);
          } else add(textsOf(argument), argument);
        }
      }
    }
    // A field problem `{ path, message }`, a zod issue or a response body `{ code, message }`.
    if (ts.isObjectLiteralExpression(node) && propertyNamed(node, ['path', 'code'])) {
      const message = propertyNamed(node, ['message']);
      if (message) add(textsOf(message.initializer), message);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const typeScriptFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

/** Every refusal and field-problem message written in the server's source. */
export const refusalLiterals = (): RefusalLiteral[] =>
  sourceFolders.flatMap((folder) => typeScriptFiles(join(root, folder))).flatMap(literalsIn);
