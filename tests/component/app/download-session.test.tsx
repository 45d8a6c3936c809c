import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, notRecordedInSession } from '../../../src/ui/primitives/download';
import { getStorage } from '../../../src/storage';
import { freshStorage } from '../../support/storage';
import { unreliableStorage } from '../../support/unreliable';

let store: ReturnType<typeof unreliableStorage>;
beforeEach(async () => {
  await freshStorage();
  await getStorage().startSession();
  store = unreliableStorage();
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  store.restore();
  vi.restoreAllMocks();
});

describe('a file saved during a volunteer’s session', () => {
  it('is written down on the session, for the end of the session to name', async () => {
    expect(await downloadFile('family-copy.json', '{}')).toBe(true);
    expect(getStorage().session()?.downloads).toEqual(['family-copy.json']);
  });

  it('when that cannot be written down, says so (not silently) and keeps the name for the end of the session', async () => {
    store.fail.writes = true;
    expect(await downloadFile('plan-for-sam.json', '{}')).toBe(false);
    expect(notRecordedInSession().files).toContain('plan-for-sam.json');
  });
});
