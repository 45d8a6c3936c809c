import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import ServicesRoutes from '../../../src/features/services/ServicesRoutes';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

beforeEach(async () => {
  await freshStorage();
});

const letter: LetterRecord = {
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
  nation: 'england', senderName: 'Jo', senderAddress: '', recipient: 'SEND team', subject: 'Request', greeting: 'Dear Sir or Madam,',
  paragraphs: ['First.', 'Second.'], signOff: 'Yours sincerely,',
};

/** Two copies of one screen side by side, as in two tabs sharing one device's storage. */
async function twoTabs(route: string) {
  const tab = async () => {
    const { container } = await renderScreen(
      <Routes>
        <Route path="/letters/*" element={<LettersRoutes />} />
        <Route path="/help/*" element={<ServicesRoutes />} />
      </Routes>,
      { route },
    );
    return container as HTMLElement;
  };
  const a = await tab();
  const b = await tab();
  return [a, b] as const;
}

describe('the same letter typed in two tabs, turn by turn', () => {
  it('keeps every word from both tabs, in different boxes and in the same box', async () => {
    await getStorage().put('letters', letter);
    const user = userEvent.setup();
    const [a, b] = await twoTabs('/letters/l1');
    const stored = async () => (await getStorage().get('letters', 'l1'))!;
    for (let i = 0; i < 3; i++) {
      await user.type(await within(a).findByLabelText('Paragraph 1 of 2'), ` alpha${i}`);
      await waitFor(async () => expect((await stored()).paragraphs[0]).toContain(`alpha${i}`));
      await user.type(within(b).getByLabelText('Paragraph 2 of 2'), ` beta${i}`);
      await waitFor(async () => expect((await stored()).paragraphs[1]).toContain(`beta${i}`));
      await user.type(within(b).getByLabelText('What it is about (subject line)'), ` same${i}b`);
      await waitFor(async () => expect((await stored()).subject).toContain(`same${i}b`));
      // Tab A shows tab B's words before anyone types there again.
      await waitFor(() => expect((within(a).getByLabelText('What it is about (subject line)') as HTMLInputElement).value).toContain(`same${i}b`));
      await user.type(within(a).getByLabelText('What it is about (subject line)'), ` same${i}a`);
      await waitFor(async () => expect((await stored()).subject).toContain(`same${i}a`));
    }
    await waitFor(async () => {
      const saved = await stored();
      const all = [...saved.paragraphs, saved.subject].join(' ');
      for (let i = 0; i < 3; i++) for (const w of [`alpha${i}`, `beta${i}`, `same${i}a`, `same${i}b`]) expect(all).toContain(w);
    });
  }, 30_000);
});

describe('two tabs saving the same letter at the same moment', () => {
  it('keeps both tabs’ words, even in the same box', async () => {
    await getStorage().put('letters', letter);
    const { saveMerged } = await import('../../../src/storage/merged');
    const a = { ...letter, subject: 'Request from Jo', paragraphs: ['First. Alpha.', 'Second.'] };
    const b = { ...letter, subject: 'Urgent request', paragraphs: ['First.', 'Second. Beta.'] };
    await Promise.all([saveMerged('letters', letter, a), saveMerged('letters', letter, b)]);
    const saved = (await getStorage().get('letters', 'l1'))!;
    expect(saved.paragraphs).toEqual(['First. Alpha.', 'Second. Beta.']);
    expect(saved.subject).toBe('Urgent request from Jo');
  });
});

describe('the same contact changed in two tabs', () => {
  it('keeps the change saved in the other tab when this one saves', async () => {
    const contact: ContactRecord = {
      id: 'k1', role: 'senco', name: 'Ms Patel', notes: 'Met in May', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
    };
    await getStorage().put('contacts', contact);
    const user = userEvent.setup();
    const [a, b] = await twoTabs('/help/contacts/k1');
    await user.type(await within(a).findByLabelText('Notes (optional)'), ' and June');
    await user.type(await within(b).findByLabelText(/^Name/), ' (SENCo)');
    await user.type(within(b).getByLabelText('Notes (optional)'), ' by phone');
    await user.click(within(a).getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect((await getStorage().get('contacts', 'k1'))?.notes).toContain('June'));
    await user.click(within(b).getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => {
      const saved = (await getStorage().get('contacts', 'k1'))!;
      expect(saved.name).toBe('Ms Patel (SENCo)');
      expect(saved.notes).toContain('and June');
      expect(saved.notes).toContain('by phone');
    });
    expect(screen.getAllByText(/Ms Patel/).length).toBeGreaterThan(0);
  }, 30_000);
});
