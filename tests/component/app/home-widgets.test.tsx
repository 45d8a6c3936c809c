import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { Home } from '../../../src/app/Home';
import { addWeeks, todayIso } from '../../../src/domain/dates';
import type { LetterRecord } from '../../../src/domain/letters/types';
import { getStorage } from '../../../src/storage';
import { makePin } from '../../../src/domain/pin';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

beforeEach(async () => {
  await freshStorage();
});

const stamp = '2026-11-01T10:00:00.000Z';
const letter: LetterRecord = {
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: stamp, updatedAt: stamp, sentOn: todayIso(),
  nation: 'england', senderName: 'Jo', senderAddress: '', recipient: 'SEND team', subject: 'Request for Sam', greeting: 'Dear Sir or Madam,',
  paragraphs: ['First paragraph.'], signOff: 'Yours sincerely,',
};

/** A child and a contact with a follow-up date, and a sent letter unless not asked for: what the features' home widgets show. */
async function seed({ sent = true } = {}) {
  const storage = getStorage();
  await storage.put('children', { id: 'c1', displayName: 'Sam', createdAt: stamp, updatedAt: stamp, answers: { nation: 'england' }, kept: [] });
  if (sent) await storage.put('letters', letter);
  await storage.put('contactLog', {
    id: 'log1', childId: 'c1', date: todayIso(), who: 'Ms Patel, SENCo', how: 'call', said: 'Asked about a part-time timetable.', agreed: '',
    followUpOn: addWeeks(todayIso(), 2), createdAt: stamp, updatedAt: stamp,
  });
}

/**
 * The home page shows what features offer it (their index.ts `home`): the dates coming up from the
 * letters once one was sent, then the follow-ups from the contact log once there is a child; never
 * during a volunteer's session.
 */
describe('what features show on the home page', () => {
  it('shows the follow-ups once there is a child, the dates coming up once a letter was sent, and neither during a volunteer’s session', async () => {
    // A child, no letter sent yet: the follow-ups only.
    await seed({ sent: false });
    const first = await renderScreen(<Home />);
    expect(await screen.findByRole('heading', { name: 'Follow-ups from your contact log' })).toBeInTheDocument();
    first.unmount();

    await seed();
    const { unmount } = await renderScreen(<Home />);
    const dates = await screen.findByRole('heading', { name: 'Dates coming up' });
    const followUps = await screen.findByRole('heading', { name: 'Follow-ups from your contact log' });
    expect(dates.compareDocumentPosition(followUps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/follow up with Ms Patel, SENCo/)).toBeInTheDocument();
    unmount();

    // The same records in a session's family: the widgets' code is loaded by now, so they would show at once.
    await getStorage().startSession({ pin: await makePin('4321'), lockMinutes: 0 });
    await seed();
    await renderScreen(<Home />);
    // The child is read (the page offers to carry on) and so are the letters (a read asked for after
    // the page's own has answered), yet nothing of the family's dates is shown.
    expect(await screen.findByRole('heading', { name: 'Carry on where you left off' })).toBeInTheDocument();
    await act(() => getStorage().list('letters'));
    expect(screen.queryByRole('heading', { name: 'Dates coming up' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Follow-ups from your contact log' })).not.toBeInTheDocument();
  });
});
