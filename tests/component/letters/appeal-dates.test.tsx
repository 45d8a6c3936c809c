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
import { aChild, aLetter } from '../../support/builders';

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

const child = (nation: string): ChildRecord => aChild({ answers: { nation } });

const letter = (over: Partial<LetterRecord>): LetterRecord => aLetter({ recipient: 'Team', ...over });

describe('the appeal date on the dates of a sent letter', () => {
  it('Northern Ireland: the date on the Education Authority’s decision letter gives the last day to appeal to SENDIST, 2 months later', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', child('northern-ireland'));
    await getStorage().put('letters', letter({ templateId: 'ni-statutory-assessment', nation: 'northern-ireland', sentOn: '2026-01-05' }));
    await app('/letters/l1');
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    const field = within(clock).getByLabelText('The date on the Education Authority’s decision letter, if you had one');
    await user.type(field, '2026-03-31');
    await user.click(within(clock).getAllByRole('button', { name: 'Save' }).at(-1)!);
    expect(await within(clock).findByText(`By ${formatDate('2026-05-31', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByText(/Last day to appeal to the Special Educational Needs and Disability Tribunal \(SENDIST\)/)).toBeInTheDocument();
    expect(within(clock).getByText(/2 months, counted from the date on the decision letter/)).toBeInTheDocument();
    expect(within(clock).queryByText(/council|EHC|mediation/)).not.toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('letters', 'l1'))?.decisionOn).toBe('2026-03-31'));
  });

  it('Wales: the date on the council’s decision letter gives an “about” date to appeal, with “check with SNAP Cymru at once”', async () => {
    const user = userEvent.setup();
    await getStorage().put('children', child('wales'));
    await getStorage().put('letters', letter({ templateId: 'aln-decision', nation: 'wales', sentOn: '2026-01-05' }));
    await app('/letters/l1');
    const clock = await screen.findByRole('region', { name: 'What should happen next' });
    await user.type(within(clock).getByLabelText('The date on the council’s decision letter, if you had one'), '2026-03-02');
    await user.click(within(clock).getAllByRole('button', { name: 'Save' }).at(-1)!);
    expect(await within(clock).findByText(`About ${formatDate('2026-04-27', EN_DATES)}`)).toBeInTheDocument();
    expect(within(clock).getByText(/appeal to the Education Tribunal for Wales/)).toBeInTheDocument();
    expect(within(clock).getByText(/check with SNAP Cymru at once/)).toBeInTheDocument();
    expect(within(clock).queryByText(/SENDIST|EHC|mediation/)).not.toBeInTheDocument();
  });
});
