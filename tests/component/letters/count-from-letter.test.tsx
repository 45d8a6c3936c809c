import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import { formatDate } from '../../../src/domain/dates';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { EN_DATES } from '../../support/dates';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { aChild, aLetter } from '../../support/builders';

/**
 * The 15 days to comment on a draft EHC plan (England) or a proposed statement (Northern Ireland) are
 * counted one way everywhere: from the date on the covering letter or email, never from the day the
 * papers arrived (a posted draft arrives after the council's count has started).
 */
const COUNT = 'Count from the date on the covering letter or email: that date counts as day 1.';
const COUNT_CY = 'Cyfrifwch o’r dyddiad ar y llythyr eglurhaol neu’r e-bost: mae’r dyddiad hwnnw’n cyfrif fel diwrnod 1.';

type Json = Record<string, unknown>;
const read = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Json;
const at = (root: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], root);
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

beforeEach(async () => {
  await freshStorage();
});

const child = (nation: string): ChildRecord => aChild({ answers: { nation } });

const letter = (over: Partial<LetterRecord>): LetterRecord => aLetter(over);

const open = () =>
  renderScreen(
    <Routes>
      <Route path="/letters/*" element={<LettersRoutes />} />
    </Routes>,
    { route: '/letters/l1' },
  );

describe('the 15 days to comment, counted from the covering letter', () => {
  it('England: asks for the date on the covering letter or email, and counts 15 days beginning with it', async () => {
    await getStorage().put('children', child('england'));
    await getStorage().put('letters', letter({ sentOn: '2026-01-05', draftOn: '2026-04-20' }));
    await open();
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    expect(within(clock).getByLabelText('The date on the covering letter or email that came with the draft plan (if you have it)')).toBeInTheDocument();
    const last = within(clock).getByText(/Last day to send your comments on the draft plan/);
    expect(last).toHaveTextContent(COUNT);
    // 20 April is day 1, so 4 May is day 15.
    expect(last.closest('li')).toHaveTextContent(`By ${formatDate('2026-05-04', EN_DATES)}`);
    expect(clock.textContent).not.toMatch(/arrived/);
  });

  it('Northern Ireland: the same words for a proposed statement', async () => {
    await getStorage().put('children', child('northern-ireland'));
    await getStorage().put('letters', letter({ templateId: 'ni-statutory-assessment', nation: 'northern-ireland', sentOn: '2026-01-05', draftOn: '2026-04-20' }));
    await open();
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    expect(within(clock).getByLabelText('The date on the covering letter or email that came with the proposed statement (if you have it)')).toBeInTheDocument();
    const last = within(clock).getByText(/Last day to comment on the proposed statement/);
    expect(last).toHaveTextContent(COUNT);
    expect(last.closest('li')).toHaveTextContent(`By ${formatDate('2026-05-04', EN_DATES)}`);
    expect(clock.textContent).not.toMatch(/arrived/);
  });

  it('the guides and the dates say it in the same sentence, in English and in Welsh, and nothing counts from the day it arrived', () => {
    const places: [string, string][] = [
      ['letters', 'clock.draft-comments'],
      ['letters', 'clock.ni-comments'],
      ['support', 'guides.england.clock.draft'],
      ['support', 'guides.northern-ireland.clock.comments'],
      ['support', 'signposts.statement-ni.rights'],
    ];
    for (const [ns, key] of places) {
      expect(at(read('en', ns), key), key).toEqual(expect.stringContaining(COUNT));
      expect(at(read('cy', ns), key), key).toEqual(expect.stringContaining(COUNT_CY));
    }
    for (const ns of ['letters', 'support', 'plan']) {
      for (const text of strings(read('en', ns))) {
        expect(text).not.toMatch(/(draft|statement|it) (arrived|is sent) counts|(?<!not (from )?the )day (the draft|it) arrived|safe way to count/i);
      }
    }
  });
});
