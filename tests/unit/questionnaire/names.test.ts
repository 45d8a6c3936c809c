import { describe, expect, it } from 'vitest';
import { childLabel, givenName, type ChildRecord } from '../../../src/domain/questionnaire/types';

const child = (displayName: string, answers: ChildRecord['answers']): ChildRecord => ({
  id: 'c', displayName, createdAt: '', updatedAt: '', answers, kept: [],
});

describe("a child's name", () => {
  it('is what the family typed, trimmed, and nothing when they typed nothing', () => {
    expect(givenName({ 'child-name': '  Sam ' })).toBe('Sam');
    expect(givenName({ 'child-name': '' })).toBe('');
    expect(givenName({})).toBe('');
  });

  it('in a list, keeps a mark the record carries (a copy from a file), else uses the typed name', () => {
    expect(childLabel(child('Sam (from file)', { 'child-name': 'Sam' }))).toBe('Sam (from file)');
    expect(childLabel(child('', { 'child-name': 'Sam' }))).toBe('Sam');
    expect(childLabel(undefined)).toBe('');
  });
});
