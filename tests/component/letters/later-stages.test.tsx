import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import { formatDate } from '../../../src/domain/dates';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { EN_DATES } from '../../support/dates';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

beforeEach(async () => {
  await freshStorage();
});

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/letters/*" element={<LettersRoutes />} />
    </Routes>,
    { route },
  );

const child = (nation: string): ChildRecord => ({
  id: 'c1', displayName: 'Sam', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z',
  answers: { nation, 'child-name': 'Sam', 'child-hard': 'The noise at lunch.' }, kept: [],
});
const letter = (over: Partial<LetterRecord>): LetterRecord => ({
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z',
  nation: 'england', senderName: 'Jo Smith', senderAddress: '', recipient: 'SEN team', subject: 'Request', greeting: 'Dear Sir or Madam,',
  paragraphs: ['First.'], signOff: 'Yours faithfully,', ...over,
});
const letterText = async () => (await getStorage().list('letters')).filter((l) => l.id !== 'l1').map((l) => [l.recipient, l.subject, ...l.paragraphs].join('\n')).join('\n');

describe('the next letter, filled in from what the app holds', () => {
  it('England, after a refusal: the mediation letter names the date on the decision letter and asks for the certificate', async () => {
    await getStorage().put('children', child('england'));
    await getStorage().put('letters', letter({ sentOn: '2026-01-05', decisionOn: '2026-02-13' }));
    await app('/letters/new/mediation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contact the mediation adviser and ask for a certificate' })).toBeInTheDocument();
    expect(screen.getByLabelText('Who it is to')).toHaveValue('The mediation adviser named in the council’s decision letter');
    const text = await letterText();
    expect(text).toContain(`The decision letter is dated ${formatDate('2026-02-13', EN_DATES, 'short')}.`);
    expect(text).toMatch(/Please send me the mediation certificate/);
    expect(text).not.toMatch(/SNAP Cymru|DARS|Enquire|SENDIST/);
  });

  it('a date has passed: the complaint says when the request was sent and which of the council’s dates have passed', async () => {
    await getStorage().put('children', child('england'));
    await getStorage().put('letters', letter({ sentOn: '2025-01-06' }));
    await app('/letters/new/complaint-late');
    expect(await screen.findByRole('heading', { level: 1, name: 'Complain that a date has passed' })).toBeInTheDocument();
    const text = await letterText();
    expect(text).toContain(`I sent my request on ${formatDate('2025-01-06', EN_DATES, 'short')}.`);
    expect(text).toContain(`deciding whether to assess Sam (due by ${formatDate('2025-02-17', EN_DATES, 'short')})`);
    expect(text).toMatch(/Local Government and Social Care Ombudsman/);
  });

  it('Northern Ireland: the ombudsman letter goes to NIPSO, never to an English ombudsman', async () => {
    await getStorage().put('children', child('northern-ireland'));
    await app('/letters/new/ombudsman');
    expect(await screen.findByRole('heading', { level: 1, name: 'Complain to the Northern Ireland Public Services Ombudsman (NIPSO)' })).toBeInTheDocument();
    const text = await letterText();
    expect(text).toMatch(/within 6 months of the final reply/);
    expect(text).not.toMatch(/Local Government|12 months/);
  });

  it('an annual review: the family’s views and the child’s own words', async () => {
    await getStorage().put('children', child('wales'));
    await app('/letters/new/review-views');
    expect(await screen.findByRole('heading', { level: 1, name: 'Views for the IDP review' })).toBeInTheDocument();
    const text = await letterText();
    expect(text).toMatch(/What has gone well this year/);
    expect(text).toContain('Sam’s own views, in their own words: “The noise at lunch.”');
  });
});

describe('the provision checker in the comments on a draft plan', () => {
  it('shows for each pasted line who, what, how often and how long, and adds the asking words to the letter', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', child('england'));
    await getStorage().put(
      'letters',
      letter({ templateId: 'draft-comments', paragraphs: ['Thank you for the draft plan.', 'Please tell me in writing what you will change.'] }),
    );
    await app('/letters/l1');
    const panel = await screen.findByRole('region', { name: 'Check the support in the draft plan' });
    await user.type(within(panel).getByLabelText('Lines of support from the draft plan'), 'Access to a quiet space as needed{Enter}20 minutes of 1:1 support with a TA three times a week for a year');
    await user.click(within(panel).getByRole('button', { name: 'Check these lines' }));

    const first = within(panel).getByRole('heading', { name: 'Line 1: “Access to a quiet space as needed”' }).parentElement!;
    const rows = within(first).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows[0]).toMatch(/Who will give it: not said\./);
    expect(rows[1]).toMatch(/What it is: it says “Access to”\./);
    expect(rows[2]).toMatch(/How often: it says “as needed”, which does not say exactly\./);
    expect(rows[3]).toMatch(/How long: not said\./);
    const second = within(panel).getByRole('heading', { name: /^Line 2:/ }).parentElement!;
    expect(within(second).getByText(/This line says who, what, how often and how long/)).toBeInTheDocument();
    expect(within(panel).queryByText(/pass|fail|score/i)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Add this to the letter (line 1)' }));
    expect(await within(panel).findByText(/Line 1: the question has been added to the letter/)).toBeInTheDocument();
    const asked =
      'About “Access to a quiet space as needed”: please say who will give this support, and what training they have, how often it will happen (for example, three times a week) and how long each session is, and for how long it will carry on (for example, 20 minutes each time, for a year).';
    await waitFor(async () => expect((await getStorage().get('letters', 'l1'))?.paragraphs).toEqual(['Thank you for the draft plan.', asked, 'Please tell me in writing what you will change.']));
    expect(screen.getByLabelText('Paragraph 2 of 3')).toHaveValue(asked);
  });

  it('is not shown on other letters', async () => {
    await getStorage().put('letters', letter({}));
    await app('/letters/l1');
    await screen.findByLabelText('Paragraph 1 of 1');
    expect(screen.queryByRole('region', { name: 'Check the support in the draft plan' })).not.toBeInTheDocument();
  });
});
