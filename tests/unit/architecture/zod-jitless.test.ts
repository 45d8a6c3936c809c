import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../../src/domain/zod';

const src = join(__dirname, '..', '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('zod never asks for eval (the Content-Security-Policy would report it)', () => {
  it('is set up without its compiled checker', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is imported only through src/domain/zod.ts, so the setting runs before any schema, on the page and in workers', () => {
    const direct = files(src)
      .filter((f) => /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(direct).toEqual(['domain/zod.ts']);
  });
});
