import { beforeEach, describe, expect, it } from 'vitest';
import { EN_DATES } from '../../support/dates';
import { act, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import UpcomingDates from '../../../src/features/letters/UpcomingDates';
import { addDays, addWeeks, formatDate, todayIso } from '../../../src/domain/dates';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

beforeEach(async () => {
  await freshStorage();
});

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/letters/*" element={<LettersRoutes />} />
      <Route path="/" element={<UpcomingDates />} />
    </Routes>,
    { route },
  );

const child = (answers: ChildRecord['answers'], name = 'Sam'): ChildRecord => ({
  id: 'c1', displayName: name, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', answers, kept: [],
});

const letter = (over: Partial<LetterRecord> = {}): LetterRecord => ({
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
  nation: 'england', senderName: 'Jo', senderAddress: '', recipient: 'SEND team', subject: 'Request for Sam', greeting: 'Dear Sir or Madam,',
  paragraphs: ['First paragraph.', 'Second paragraph.'], signOff: 'Yours sincerely,', ...over,
});

describe('the list of letters', () => {
  it('asks where the family lives when it does not know, then shows only that nation’s letters', async () => {
    const user = userEvent.setup();
    await app('/letters');
    const group = await screen.findByRole('group', { name: 'Which part of the UK do you live in?' });
    await user.click(within(group).getByLabelText('Scotland'));
    await user.click(screen.getByRole('button', { name: 'Show my letters' }));
    expect(await screen.findByText('These letters follow the law in Scotland.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ask for an assessment of additional support needs' })).toBeInTheDocument();
    expect(screen.queryByText(/EHC/)).not.toBeInTheDocument();
    expect(screen.queryByText(/\bALN\b/)).not.toBeInTheDocument();
  });

  it('suggests the letters that fit the answers first, and shows saved letters with the day they were sent', async () => {
    await getStorage().put('children', child({ nation: 'england', barriers: ['bullying'] }));
    await getStorage().put('letters', letter({ sentOn: '2026-10-05' }));
    await app('/letters');
    expect(await screen.findByRole('heading', { name: 'Letters for Sam' })).toBeInTheDocument();
    const suggested = screen.getByRole('heading', { name: 'Suggested from your answers' });
    expect(suggested.nextElementSibling).toHaveTextContent('Report bullying and ask what the school will do');
    expect(screen.getByRole('link', { name: 'Ask the council for an EHC needs assessment' })).toHaveAttribute('href', '/letters/l1');
    expect(screen.getByText('Sent on 5 October 2026')).toBeInTheDocument();
  });

  it('describes each letter to a young person in their own voice', async () => {
    await getStorage().put('children', child({ nation: 'wales', role: 'young-person', 'age-stage': 'secondary' }, ''));
    await app('/letters');
    expect(await screen.findByText(/whether you have additional learning needs \(ALN\) and need an individual development plan/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ask the council for education while you are too unwell for school' })).toBeInTheDocument();
    expect(screen.queryByText(/your child/)).not.toBeInTheDocument();
  });
});

describe('starting a letter', () => {
  it('drafts the Northern Ireland letter to the Education Authority from the answers and opens it', async () => {
    await getStorage().put('children', child({ nation: 'northern-ireland', 'child-name': 'Niamh', barriers: ['send'], 'send-needs': ['dyslexia'] }, 'Niamh'));
    await app('/letters/new/ni-statutory-assessment');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ask the Education Authority for a statutory assessment' })).toBeInTheDocument();
    expect(screen.getByLabelText('Who it is to')).toHaveValue('Special educational needs services\nEducation Authority');
    expect(screen.getByLabelText(/^Paragraph 1 of/)).toHaveValue(
      'I am writing to ask the Education Authority to carry out a statutory assessment of the special educational needs of my child Niamh.',
    );
    const [saved] = await getStorage().list('letters');
    expect(saved?.nation).toBe('northern-ireland');
    expect(saved?.paragraphs.join(' ')).toContain('dyslexia');
  });

  it('puts the nation’s law in the letter when the family has only said where they live', async () => {
    const user = userEvent.setup();
    await app('/letters');
    const group = await screen.findByRole('group', { name: 'Which part of the UK do you live in?' });
    await user.click(within(group).getByLabelText('England'));
    await user.click(screen.getByRole('button', { name: 'Show my letters' }));
    await user.click(await screen.findByRole('link', { name: 'Write this letter: Ask the school for reasonable adjustments' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ask the school for reasonable adjustments' })).toBeInTheDocument();
    const [saved] = await getStorage().list('letters');
    expect(saved?.paragraphs.join(' ')).toContain('Under the Equality Act 2010');
  });

  it('drafts the EHC request in the young person’s own words when they answered for themselves', async () => {
    await getStorage().put('children', child({ nation: 'england', role: 'young-person', 'age-stage': 'post-16', barriers: ['anxiety'], missed: 'most-days' }, 'Alex'));
    await app('/letters/new/ehc-request');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ask the council for an EHC needs assessment' })).toBeInTheDocument();
    expect(screen.getByLabelText('What it is about (subject line)')).toHaveValue('My request for an education, health and care (EHC) needs assessment');
    expect(screen.getByLabelText(/^Paragraph 1 of/)).toHaveValue(
      'I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for me.',
    );
    const [saved] = await getStorage().list('letters');
    const all = saved?.paragraphs.join('\n') ?? '';
    expect(all).toContain('I am making this request myself, as a young person, under section 36(1) of the Children and Families Act 2014.');
    expect(all).toContain('At the moment I am missing most days.');
    expect(all).not.toMatch(/my child|Alex|parent/i);
  });

  it('will not make the English EHC letter for a family in Wales', async () => {
    await getStorage().put('children', child({ nation: 'wales' }));
    await app('/letters/new/ehc-request');
    expect(await screen.findByText('We could not find that letter. It may have been deleted.')).toBeInTheDocument();
    expect(await getStorage().list('letters')).toEqual([]);
  });
});

describe('the letter editor', () => {
  it('saves what the person types, and shows it in the letter', async () => {
    const user = userEvent.setup();
    await getStorage().put('letters', letter());
    await app('/letters/l1');
    const second = await screen.findByLabelText('Paragraph 2 of 2');
    await user.clear(second);
    await user.type(second, 'Sam needs a quiet space.');
    expect(screen.getByText('Sam needs a quiet space.', { selector: '.letter-sheet__line' })).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('letters', 'l1'))?.paragraphs[1]).toBe('Sam needs a quiet space.'));
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
  });

  it('explains a date in the future, and shows the 6, 16 and 20 week dates once a real date is saved', async () => {
    const user = userEvent.setup();
    await getStorage().put('letters', letter());
    await app('/letters/l1');
    const input = await screen.findByLabelText('I sent this letter on');
    await user.type(input, addDays(todayIso(), 3));
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    const error = screen.getByText('The date cannot be in the future.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);

    const sent = addDays(todayIso(), -7);
    await user.clear(input);
    await user.type(input, sent);
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    for (const weeks of [6, 16, 20]) {
      expect(within(clock).getByText(`By ${formatDate(addWeeks(sent, weeks), EN_DATES)}`)).toBeInTheDocument();
    }
    expect(within(clock).getByText(/the law lets these dates move/)).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('letters', 'l1'))?.sentOn).toBe(sent));
  });

  it('works out the last day for mediation from the date on a decision letter', async () => {
    const user = userEvent.setup();
    await getStorage().put('letters', letter({ sentOn: '2026-08-31' }));
    await app('/letters/l1');
    await user.type(await screen.findByLabelText('The date on a decision letter, if you had one'), '2026-10-31');
    await user.click(screen.getAllByRole('button', { name: 'Save' }).at(-1)!);
    expect(await screen.findByText(`By ${formatDate('2026-12-31', EN_DATES)}`)).toBeInTheDocument();
    expect(screen.getByText(/Last day to contact a mediation adviser/)).toBeInTheDocument();
  });

  it('shows its last message in the new language after the language changes', async () => {
    const user = userEvent.setup();
    await getStorage().put('letters', letter());
    const { i18n } = await app('/letters/l1');
    await user.click(await screen.findByRole('button', { name: 'Remove paragraph 2' }));
    expect(await screen.findByText('Paragraph removed.')).toBeInTheDocument();
    const cy = JSON.parse(readFileSync(join(process.cwd(), 'locales/cy/letters.json'), 'utf8'));
    i18n.addResourceBundle('cy', 'letters', cy);
    await act(() => i18n.changeLanguage('cy'));
    expect(await screen.findByText(cy.editor.fields.removed)).toBeInTheDocument();
    expect(screen.queryByText('Paragraph removed.')).not.toBeInTheDocument();
  });

  it('gives a Welsh ALN letter an "about" date for the school’s 35 school days, says why, and lets the family correct it', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', child({ nation: 'wales' }));
    await getStorage().put('letters', letter({ templateId: 'aln-decision', nation: 'wales', sentOn: '2026-09-07' }));
    await app('/letters/l1');
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    expect(within(clock).getByText(`About ${formatDate('2026-10-26', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByText(/we do not know your school’s term dates/)).toBeInTheDocument();
    expect(within(clock).getByText('ALN Code for Wales: 35 school days for a school')).toBeInTheDocument();
    expect(within(clock).getByText(`By ${formatDate('2026-11-30', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByText('ALN Code for Wales: 12 weeks for a council')).toBeInTheDocument();
    expect(within(clock).queryByText(/EHC|SEND Regulations/)).not.toBeInTheDocument();
    await user.type(within(clock).getByLabelText('Change this date to the right one'), '2026-11-02');
    await user.click(within(clock).getAllByRole('button', { name: 'Save' })[0]!);
    expect(await within(clock).findByText(`By ${formatDate('2026-11-02', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByText('You set this date.')).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('letters', 'l1'))?.corrected).toEqual({ 'aln-school': '2026-11-02' }));
  });

  it('gives a Northern Ireland request the Education Authority’s 6 weeks (beginning with the day it arrives) and 26 weeks', async () => {
    await getStorage().put('children', child({ nation: 'northern-ireland' }));
    await getStorage().put('letters', letter({ templateId: 'ni-statutory-assessment', nation: 'northern-ireland', sentOn: '2026-01-05' }));
    await app('/letters/l1');
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    expect(within(clock).getByText(/the day the Education Authority gets your letter/)).toBeInTheDocument();
    expect(within(clock).getByText(`By ${formatDate('2026-02-15', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByText(`By ${formatDate('2026-07-06', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByLabelText('The date on the covering letter or email that came with the proposed statement (if you have it)')).toBeInTheDocument();
    expect(within(clock).queryByText(/council|EHC/)).not.toBeInTheDocument();
  });

  it('gives letters with no legal deadline a reminder, not a legal date', async () => {
    await getStorage().put('letters', letter({ templateId: 'bullying', sentOn: '2026-11-02' }));
    await app('/letters/l1');
    expect(await screen.findByText('There is no legal deadline for a reply to this letter. If you have not heard back, it is fine to ask again.')).toBeInTheDocument();
    expect(screen.getByText('Reminder')).toBeInTheDocument();
    expect(screen.queryByText(/Regulations/)).not.toBeInTheDocument();
  });
});

describe('dates on the home page', () => {
  it('shows nothing when no letter has been sent', async () => {
    await getStorage().put('letters', letter());
    const { container } = await app('/');
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the next dates from sent letters, each with a way to add it to the calendar', async () => {
    const sent = todayIso();
    await getStorage().put('letters', letter({ sentOn: sent }));
    await app('/');
    expect(await screen.findByRole('heading', { name: 'Dates coming up' })).toBeInTheDocument();
    expect(screen.getByText(`By ${formatDate(addWeeks(sent, 6), EN_DATES)}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Add to calendar: ${formatDate(addWeeks(sent, 20), EN_DATES, 'short')}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all your dates' })).toHaveAttribute('href', '/letters/dates');
    // Each date says which letter it comes from.
    expect(screen.getAllByText(/^From: .*EHC needs assessment/).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Open the letter' })[0]).toHaveAttribute('href', '/letters/l1');
  });
});

describe("a letter with the family's copy", () => {
  it('is written in the language the family chose, with a copy in the language they read beside it, kept in step with each edit', async () => {
    const user = userEvent.setup();
    const cy = JSON.parse(readFileSync(join(process.cwd(), 'locales/cy/letters.json'), 'utf8'));
    await getStorage().put('children', child({ nation: 'wales', barriers: ['bullying'] }));
    await getStorage().put('settings', { id: 'activeChildId', value: 'c1' });
    await getStorage().updateFamily({ letterLanguage: 'en' });
    await renderScreen(
      <Routes>
        <Route path="/letters/*" element={<LettersRoutes />} />
      </Routes>,
      { route: '/letters/new/bullying', language: 'cy' },
    );
    const sheet = await waitFor(() => {
      const found = document.querySelector('.letter-sheet');
      if (!found) throw new Error('no letter yet');
      return found as HTMLElement;
    });
    // The letter itself is in English, as an English family would get it.
    expect(sheet).toHaveAttribute('lang', 'en');
    expect(sheet).toHaveTextContent('Dear Sir or Madam,');
    const copy = screen.getByRole('region', { name: cy.copy.heading });
    const copySheet = copy.querySelector('[lang="cy"]') as HTMLElement;
    expect(copySheet).not.toBeNull();
    expect(copySheet).not.toHaveTextContent('Dear Sir or Madam,');
    expect(within(copy).queryByText(cy.copy.own)).not.toBeInTheDocument();

    // The family changes the first paragraph: the copy shows their words there, marked, as in the letter.
    const first = screen.getAllByRole('textbox').find((box) => box.id.endsWith('-p0'))!;
    await user.clear(first);
    await user.type(first, 'My own first paragraph.');
    expect(await within(copy).findByText('My own first paragraph.')).toBeInTheDocument();
    expect(within(copy).getByText(cy.copy.own)).toBeInTheDocument();
  });
});
