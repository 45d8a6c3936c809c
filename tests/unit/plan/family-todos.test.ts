import { describe, expect, it } from 'vitest';
import { FAMILY_TODO_ASKS, isFamilyTodo } from '../../../src/content/familyTodos';
import { SIGNPOSTS } from '../../../src/content/signposts';

describe('the family’s own to-dos, kept apart from asks of the school', () => {
  it('names only asks that exist', () => {
    const all = new Set(SIGNPOSTS.flatMap((s) => s.asks.map((a) => a.id)));
    for (const id of FAMILY_TODO_ASKS) expect(all.has(id), id).toBe(true);
  });

  it('treats writing to the council and calling advice as the family’s, and asks of the school (or typed ones) as asks', () => {
    expect(isFamilyTodo('ehc-needs-assessment:request-letter')).toBe(true);
    expect(isFamilyTodo('local-offer-sendiass:sendiass-call')).toBe(true);
    expect(isFamilyTodo('needs-noticed:meeting')).toBe(false);
    expect(isFamilyTodo('disability-england:adjustments')).toBe(false);
    expect(isFamilyTodo(undefined)).toBe(false);
  });
});
