import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import type { PlanRecord } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { FamilyRecord } from '../../../src/domain/families/types';
import { ImportBackup } from '../../../src/ui/records/ImportBackup';
import { getStorage, SCHEMA_VERSION } from '../../../src/storage';
import { emptyData } from '../../../src/domain/schema';
import { renderScreen } from '../../support/render';
import { aChild, aPlan } from '../../support/builders';

const NOW = '2026-03-02T10:00:00.000Z';
const child: ChildRecord = aChild({ createdAt: NOW, updatedAt: NOW });
const plan = (parentVoice: string): PlanRecord => aPlan({ createdAt: NOW, updatedAt: NOW }, { parentVoice });
const file = (text: string) => new File([text], 'plan.json', { type: 'application/json' });
// The file comes from this family (as a copy saved on this device earlier would).
let family: FamilyRecord;
const backup = (p: PlanRecord) =>
  JSON.stringify(
    toBackupFile({
      schemaVersion: SCHEMA_VERSION,
      data: { ...emptyData(), families: [family], children: [{ ...child, familyId: family.id }], plans: [{ ...p, familyId: family.id }] },
    }),
  );

beforeEach(async () => {
  await getStorage().clearAll();
  await getStorage().putMany({ children: [child], plans: [plan('Here on this device')] });
  family = (await getStorage().get('families', getStorage().familyId()!))!;
});
afterEach(async () => {
  await getStorage().clearAll();
});

async function choose(text: string) {
  const user = userEvent.setup();
  await renderScreen(<ImportBackup />);
  await user.upload(screen.getByLabelText('Choose a file'), file(text));
  return user;
}

describe('opening a saved file', () => {
  it('refuses a damaged file in plain words and changes nothing', async () => {
    await choose('{"format":"barriers-navigator-backup","schemaVersion":1,"data":{"plans":[{"id":');
    expect(await screen.findByText(/This file could not be read/)).toBeInTheDocument();
    expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.parentVoice).toBe('Here on this device');
  });

  it('refuses a file from a newer app and changes nothing', async () => {
    await choose(JSON.stringify({ ...JSON.parse(backup(plan('From the file'))), schemaVersion: 999 }));
    expect(await screen.findByText(/saved by a newer version of the app/)).toBeInTheDocument();
    expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.parentVoice).toBe('Here on this device');
  });

  it('refuses a file from another app', async () => {
    await choose('{"hello":"world"}');
    expect(await screen.findByText('This is not a file saved from Barriers Navigator. Nothing has been changed.')).toBeInTheDocument();
  });

  it('asks before replacing a plan, and Cancel changes nothing', async () => {
    const user = await choose(backup(plan('From the file')));
    expect(await screen.findByRole('heading', { name: 'Some of this is already on this device' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Nothing has been changed.')).toBeInTheDocument();
    expect(await getStorage().list('plans')).toHaveLength(1);
    expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.parentVoice).toBe('Here on this device');
  });

  it('moves the focus to the question, warns when this device has later changes, and gives the focus back after', async () => {
    const user = await choose(backup({ ...plan('From the file'), updatedAt: '2026-01-01T10:00:00.000Z' }));
    const question = await screen.findByRole('heading', { name: 'Some of this is already on this device' });
    await waitFor(() => expect(question).toHaveFocus());
    expect(screen.getByText(/was changed after this file was saved\. Replacing it would lose those changes\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByLabelText('Choose a file')).toHaveFocus());
  });

  it('does not warn of losing changes when the file is the newer copy', async () => {
    await choose(backup({ ...plan('From the file'), updatedAt: '2026-04-01T10:00:00.000Z' }));
    await screen.findByRole('heading', { name: 'Some of this is already on this device' });
    expect(screen.queryByText(/Replacing it would lose those changes/)).not.toBeInTheDocument();
  });

  it('replaces the plan when the person chooses to', async () => {
    const user = await choose(backup(plan('From the file')));
    await user.click(await screen.findByRole('button', { name: 'Replace what is here with the file' }));
    expect(await screen.findByText('The file has been opened and saved on this device.')).toBeInTheDocument();
    expect((await getStorage().list('plans')).map((p) => p.cycles[0]?.content.parentVoice)).toEqual(['From the file']);
  });

  it('keeps both, as a second child, when the person chooses to', async () => {
    const user = await choose(backup(plan('From the file')));
    await user.click(await screen.findByRole('button', { name: 'Keep both' }));
    await screen.findByText('The file has been opened and saved on this device.');
    const voices = (await getStorage().list('plans')).map((p) => p.cycles[0]?.content.parentVoice).sort();
    expect(voices).toEqual(['From the file', 'Here on this device']);
    expect(await getStorage().list('children')).toHaveLength(2);
  });
});

describe('a file that could break the check', () => {
  it('ends in a plain message, not “Checking the file…” for good, when a key holds thousands of nested lists', async () => {
    const text = backup(plan('From the file')).replace('"kept":[]', `"kept":[],"extra":${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    await choose(text);
    expect(await screen.findByText(/too many layers inside each other/)).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file')).toBeEnabled();
    expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.parentVoice).toBe('Here on this device');
  });

  it('ends in a plain message and a usable screen when something unexpected fails', async () => {
    const storage = getStorage();
    const real = storage.snapshot.bind(storage);
    storage.snapshot = () => Promise.reject(new RangeError('Maximum call stack size exceeded'));
    try {
      await choose(backup(plan('From the file')));
      expect(await screen.findByText(/Something went wrong while opening this file. Nothing has been changed./)).toBeInTheDocument();
      expect(screen.getByLabelText('Choose a file')).toBeEnabled();
    } finally {
      storage.snapshot = real;
    }
  });

  it('refuses an impossible date in words', async () => {
    await choose(backup({ ...plan('From the file'), updatedAt: '2026-02-30' }));
    expect(await screen.findByText(/not a real day/)).toBeInTheDocument();
    expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.parentVoice).toBe('Here on this device');
  });
});
