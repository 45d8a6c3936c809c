import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { emptyData, type Snapshot } from '../../../src/domain/schema';
import { getStorage } from '../../../src/storage';
import { ImportBackup } from '../../../src/ui/records/ImportBackup';
import { renderScreen } from '../../support/render';
import { child, family, NOW, plan } from '../../unit/families/fixtures';

/** A copy saved before families existed (data version 2): Sam and Sam's plan, no family ids. */
function olderFile(words: string): File {
  const { familyId: _c, ...sam } = child('sam', 'x');
  const { familyId: _p, ...samPlan } = plan('p-sam', 'sam', 'x', words);
  const snapshot = { schemaVersion: 2, data: { ...emptyData(), families: [], children: [sam], plans: [samPlan] } } as unknown as Snapshot;
  return new File([JSON.stringify(toBackupFile(snapshot, new Date(NOW)))], 'old.json', { type: 'application/json' });
}

beforeEach(async () => {
  await getStorage().clearAll();
  // Two families on this device: Sam is in the Jones family, Ali in the Evans family.
  await getStorage().putMany({
    families: [family('jones', { name: 'Jones family' }), family('evans', { name: 'Evans family' })],
    children: [child('sam', 'jones'), child('ali', 'evans')],
    plans: [plan('p-sam', 'sam', 'jones', 'On this device'), plan('p-ali', 'ali', 'evans', 'Ali’s plan')],
  });
});
afterEach(async () => {
  await getStorage().clearAll();
});

describe('replacing from a copy saved before families, on a device with two families', () => {
  it('asks which family the file replaces, and replaces only that one', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportBackup />);
    await user.upload(screen.getByLabelText('Choose a file'), olderFile('From the old copy'));
    const group = await screen.findByRole('group', { name: 'Which family on this device is this file?' });
    expect(group).toBeInTheDocument();
    // Replace before choosing: asked to choose, nothing written.
    await user.click(screen.getByRole('button', { name: 'Replace what is here with the file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose the family this file replaces.');
    expect((await getStorage().snapshot()).data.families).toHaveLength(2);

    await user.click(screen.getByRole('radio', { name: 'Jones family' }));
    await user.click(screen.getByRole('button', { name: 'Replace what is here with the file' }));
    expect(await screen.findByText('The file has been opened and saved on this device.')).toBeInTheDocument();
    const data = (await getStorage().snapshot()).data;
    // No new unnamed family; Sam and the plan stay in the Jones family, with the file's words.
    expect(data.families.map((f) => f.name).sort()).toEqual(['Evans family', 'Jones family']);
    expect(data.children.map((c) => [c.id, c.familyId]).sort()).toEqual([['ali', 'evans'], ['sam', 'jones']]);
    const samPlan = data.plans.find((p) => p.childId === 'sam')!;
    expect([samPlan.familyId, samPlan.cycles[0]!.content.parentVoice]).toEqual(['jones', 'From the old copy']);
    expect(data.plans.find((p) => p.childId === 'ali')!.cycles[0]!.content.parentVoice).toBe('Ali’s plan');
  });

  it('asks in Welsh too', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportBackup />, { language: 'cy' });
    await user.upload(screen.getByLabelText('Dewis ffeil'), olderFile('O’r hen gopi'));
    expect(await screen.findByRole('group', { name: 'Pa deulu ar y ddyfais hon yw’r ffeil hon?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Evans family' })).toBeInTheDocument();
  });
});
