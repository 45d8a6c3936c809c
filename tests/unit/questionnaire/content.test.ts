import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Condition } from '../../../src/domain/conditions';
import { NATIONS } from '../../../src/domain/nations';
import { QUESTIONS, URGENT_CONDITION } from '../../../src/content/questions';

const text = JSON.parse(readFileSync(join(process.cwd(), 'locales/en/questionnaire.json'), 'utf8')) as {
  q: Record<string, { title?: string; summary?: string; options?: Record<string, string> }>;
};

/** The question ids and option values a condition looks at. */
function refs(c: Condition): { q: string; values: string[] }[] {
  if ('all' in c) return c.all.flatMap(refs);
  if ('any' in c) return c.any.flatMap(refs);
  if ('not' in c) return refs(c.not);
  if ('nation' in c) return [{ q: 'nation', values: c.nation }];
  if ('answered' in c) return [{ q: c.q, values: [] }];
  return [{ q: c.q, values: 'is' in c ? [c.is] : c.anyOf }];
}

describe('question content', () => {
  it('asks the nation first, and only the nation is required', () => {
    expect(QUESTIONS[0]?.id).toBe('nation');
    expect(QUESTIONS.filter((q) => q.required).map((q) => q.id)).toEqual(['nation']);
  });

  it('has unique question ids', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s has a title, a summary and a label for every option', (_id, q) => {
    const t = text.q[q.id];
    expect(t?.title, 'title').toBeTruthy();
    expect(t?.summary, 'summary').toBeTruthy();
    for (const o of q.options ?? []) expect(t?.options?.[o], `option ${o}`).toBeTruthy();
    for (const o of q.nationOptions ?? [])
      for (const n of NATIONS) expect(t?.options?.[`${o}_${n}`], `option ${o}_${n}`).toBeTruthy();
  });

  it('only asks follow-ups about earlier questions, using options that exist', () => {
    QUESTIONS.forEach((q, i) => {
      const conditions = [q.askWhen, ...Object.values(q.optionWhen ?? {})].filter(Boolean) as Condition[];
      for (const r of conditions.flatMap(refs)) {
        const target = QUESTIONS.findIndex((x) => x.id === r.q);
        expect(target, `${q.id} refers to ${r.q}`).toBeGreaterThanOrEqual(0);
        if (r.q !== 'nation') expect(target, `${q.id} refers to a later question ${r.q}`).toBeLessThan(i);
        const options = QUESTIONS[target]!.options ?? [];
        for (const v of r.values) expect(options, `${q.id}: ${r.q} has option ${v}`).toContain(v);
      }
    });
  });

  it('the urgent condition looks at options that exist', () => {
    for (const r of refs(URGENT_CONDITION)) {
      const q = QUESTIONS.find((x) => x.id === r.q);
      for (const v of r.values) expect(q?.options).toContain(v);
    }
  });

  it('question text only uses placeholders the screens fill in', () => {
    // {{name}} everywhere; the council search also fills in counts, council names and nations.
    for (const [id, t] of Object.entries(text.q)) {
      const placeholders = JSON.stringify(t).match(/{{\w+}}/g) ?? [];
      const allowed = id === 'council' ? ['{{name}}', '{{count}}', '{{council}}', '{{nation}}', '{{other}}'] : ['{{name}}'];
      for (const p of placeholders) expect(allowed, id).toContain(p);
    }
  });
});
