import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path, pattern);
    return pattern.test(e.name) ? [path] : [];
  });
}

const SIDES = /(^|-)(left|right)(-|$)/;
const SIDE_VALUE = /^(left|right)\b/;

/**
 * Physical left/right in a style sheet: properties named after a side (margin-left, border-right,
 * left, right…), a side as the value of text-align, float or clear, and four-value margin, padding,
 * inset or border-width whose left and right differ. Page-margin boxes (@bottom-right) are paper, not
 * writing direction, and are allowed.
 */
function physicalInCss(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|[;{])\s*([a-z-]+)\s*:\s*([^;{}]+)/g)) {
    const prop = m[1]!;
    const value = m[2]!.trim().replace(/\s*!important$/, '');
    const parts = value.split(/\s+(?![^(]*\))/);
    if (SIDES.test(prop)) found.push(`${prop}: ${value}`);
    else if (['text-align', 'float', 'clear', 'justify-self', 'justify-content', 'caption-side'].includes(prop) && SIDE_VALUE.test(value)) found.push(`${prop}: ${value}`);
    else if (['margin', 'padding', 'inset', 'border-width', 'border-style', 'border-color'].includes(prop) && parts.length === 4 && parts[1] !== parts[3]) found.push(`${prop}: ${value}`);
  }
  return found;
}

/** The same in inline style objects of components: marginLeft, right: 0, textAlign: 'left'… */
function physicalInTsx(tsx: string): string[] {
  const found: string[] = [];
  for (const m of tsx.matchAll(/style=\{\{([\s\S]*?)\}\}/g)) {
    const body = m[1]!;
    for (const p of body.matchAll(/\b([A-Za-z]+)\s*:\s*([^,}]+)/g)) {
      const key = p[1]!;
      const value = p[2]!.trim().replace(/^['"`]|['"`]$/g, '');
      if (/(Left|Right)/.test(key) || key === 'left' || key === 'right') found.push(`${key}: ${value}`);
      else if (['textAlign', 'float', 'clear'].includes(key) && SIDE_VALUE.test(value)) found.push(`${key}: ${value}`);
    }
  }
  return found;
}

describe('right-to-left safe styles', () => {
  it('finds physical left and right where they are', () => {
    expect(physicalInCss('.a { margin-left: 1rem; } .b { right: 0 } .c { text-align: right; float: left }')).toEqual([
      'margin-left: 1rem',
      'right: 0',
      'text-align: right',
      'float: left',
    ]);
    expect(physicalInCss('.a { margin: 0 1rem 0 0; border-top-left-radius: 2px; border-left-color: red }')).toHaveLength(3);
    expect(physicalInTsx('<p style={{ marginLeft: 4, textAlign: "right" }} />')).toEqual(['marginLeft: 4', 'textAlign: right']);
    // Logical properties, symmetrical shorthands and paper page boxes are fine.
    expect(
      physicalInCss('.a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; margin: 0 1rem 0 1rem; padding: 1rem 2rem } @page { @bottom-right { content: "1" } }'),
    ).toEqual([]);
  });

  it('uses only logical (inline-start / inline-end) properties in every style sheet and inline style', () => {
    const problems = [
      ...files(join(root, 'src'), /\.css$/).flatMap((f) => physicalInCss(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}: ${p}`)),
      ...files(join(root, 'src'), /\.tsx$/).flatMap((f) => physicalInTsx(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}: ${p}`)),
    ];
    expect(problems).toEqual([]);
  });
});

describe('feature style sheets', () => {
  it('reach only their own feature: every selector begins with the feature’s class', () => {
    const stray = files(join(root, 'src', 'features'), /\.css$/).flatMap((f) => {
      const feature = relative(join(root, 'src', 'features'), f).split(/[\\/]/)[0]!;
      const css = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/@page\s*\{(?:[^{}]|\{[^{}]*\})*\}/g, '');
      return [...css.matchAll(/(?:^|[{}])\s*([^{}@;]+?)\s*\{/g)]
        .flatMap((m) => m[1]!.split(','))
        .map((s) => s.trim())
        .filter((s) => !s.startsWith(`.feature-${feature} `))
        .map((s) => `${relative(root, f)}: ${s}`);
    });
    expect(stray).toEqual([]);
  });
});
