import { describe, expect, it } from 'vitest';
import { hashPin, isPin, makePin } from '../../../src/domain/pin';
import { withoutNames } from '../../../src/domain/sessionTitle';

describe('a session PIN', () => {
  it('takes four to six digits only', () => {
    expect(['1234', '123456'].map(isPin)).toEqual([true, true]);
    expect(['123', '1234567', '12a4', ' 1234'].map(isPin)).toEqual([false, false, false, false]);
  });

  it('is kept as a salted hash that the same PIN matches and another does not', async () => {
    const { salt, hash } = await makePin('2468');
    expect(hash).not.toContain('2468');
    expect(await hashPin('2468', salt)).toBe(hash);
    expect(await hashPin('2469', salt)).not.toBe(hash);
  });
});

describe("a page's title during a session", () => {
  it("leaves out every child's name, longest first, whatever its case", () => {
    expect(withoutNames('Plan for Ann-Marie and ann', ['Ann', 'Ann-Marie', ' '], '…')).toBe('Plan for … and …');
  });
});
