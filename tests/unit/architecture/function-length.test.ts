import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Longest a function in src/features may be, counted in lines from its first line to its last. */
const MAX_FUNCTION_LINES = 150;

const root = join(__dirname, '..', '..', '..');
const featuresDir = join(root, 'src', 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

interface Measured {
  where: string;
  lines: number;
}

/** Every function, arrow function and method in a file, with its length in lines (nested ones included in their parent's length too). */
function functionLengths(fileName: string, text: string): Measured[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Measured[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : '(anonymous)';
      found.push({ where: `${relative(root, fileName)}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('screens in small pieces', () => {
  it('measures a function from its first line to its last', () => {
    const text = ['export function Short() {', '  return 1;', '}', 'const arrow = () => {', '  const inner = () => 2;', '  return inner();', '};'].join('\n');
    expect(functionLengths('x.ts', text).map((m) => m.lines)).toEqual([3, 4, 1]);
  });

  it(`has no function in src/features longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const tooLong = sourceFiles(featuresDir)
      .flatMap((f) => functionLengths(f, readFileSync(f, 'utf8')))
      .filter((m) => m.lines > MAX_FUNCTION_LINES)
      .map((m) => `${m.where}: ${m.lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
