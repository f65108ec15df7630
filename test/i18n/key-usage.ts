import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';

/** Where code that says something to a person lives (tests excluded: they may name keys that must not exist). */
const sourceFolders = ['api', 'contract', 'workflows', 'activities', 'domain', 'db', 'i18n', 'runtime', 'scripts', 'ui/src'];
const root = join(__dirname, '..', '..');

export interface KeyLiteral {
  /** A whole literal (`'api.notFound'`), or the fixed start of a template (`status.` of `` `status.${code}` ``). */
  text: string;
  prefix: boolean;
  where: string;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'locales' ? [] : filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every string literal and template start in the source, where it was written. */
export function sourceLiterals(): KeyLiteral[] {
  const literals: KeyLiteral[] = [];
  for (const file of sourceFolders.flatMap((folder) => filesUnder(join(root, folder)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      const where = () => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push({ text: node.text, prefix: false, where: where() });
      else if (ts.isTemplateExpression(node)) literals.push({ text: node.head.text, prefix: true, where: where() });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return literals;
}
