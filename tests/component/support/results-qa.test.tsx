import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import SupportRoutes from '../../../src/features/support/SupportRoutes';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { ENGLAND_ANXIETY_SEND } from '../../unit/support/families';
import { freshStorage } from '../../support/storage';

async function show(route: string) {
  return renderScreen(
    <Routes>
      <Route path="support/*" element={<SupportRoutes />} />
    </Routes>,
    { route },
  );
}

async function child(id: string, answers: Answers, createdAt = '2026-06-01T10:00:00.000Z') {
  await getStorage().put('children', {
    id,
    displayName: typeof answers['child-name'] === 'string' ? answers['child-name'] : '',
    createdAt,
    updatedAt: createdAt,
    answers,
    kept: [],
  });
}

const card = (title: string) => screen.getByRole('button', { name: title }).closest('section')!;

beforeEach(async () => {
  await freshStorage();
});

describe('printing your support', () => {
  it('prints everything by default, or only the ideas the family opened or kept, and says so on the paper', async () => {
    const user = userEvent.setup();
    const printed: { chosen: boolean; cards: string[]; note: string | null }[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      const page = document.querySelector('.support-results')!;
      printed.push({
        chosen: page.classList.contains('support-results--chosen'),
        cards: [...page.querySelectorAll('.signpost[data-chosen]')].map((c) => c.getAttribute('data-signpost')!).sort(),
        note: page.querySelector('.support-print-note')?.textContent ?? null,
      });
    });
    await child('c1', ENGLAND_ANXIETY_SEND);
    await show('/support');
    await screen.findByRole('heading', { level: 1, name: 'Support for Sam' });
    // Nothing opened or kept yet: only "print everything", with a hint on how to print less.
    expect(screen.getByText(/To print less, open or keep the ideas you want/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Print only/ })).not.toBeInTheDocument();

    // Open one idea, keep an ask in another (without opening it: close it again after ticking).
    await user.click(screen.getByRole('button', { name: 'Ask for an EHC needs assessment' }));
    const sen = screen.getByRole('button', { name: 'SEN support at school' });
    await user.click(sen);
    await user.click(within(card('SEN support at school')).getAllByRole('checkbox')[0]!);
    await screen.findByText('You have kept 1 thing to ask for in your plan.');
    await user.click(sen);
    expect(sen).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Print only what you opened or kept (2)' }));
    const total = document.querySelectorAll('.signpost').length;
    expect(printed[0]).toEqual({
      chosen: true,
      cards: ['ehc-needs-assessment', 'sen-support-england'],
      note: `This printout shows 2 ideas you opened or kept, out of ${total}.`,
    });
    // After printing, the page goes back to printing everything (as the browser's own Print does).
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.querySelector('.support-results--chosen')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Print everything' }));
    expect(printed[1]).toMatchObject({ chosen: false, note: null });
  });
});

describe('words on the results page', () => {
  it('names children without a name “Child 1”, “Child 2” in the child picker, never a row of “your child”', async () => {
    await child('a', { nation: 'england', barriers: ['anxiety'] }, '2026-06-01T10:00:00.000Z');
    await child('b', { nation: 'wales', barriers: ['bullying'] }, '2026-06-02T10:00:00.000Z');
    await child('c', ENGLAND_ANXIETY_SEND, '2026-06-03T10:00:00.000Z');
    await show('/support');
    const options = within(await screen.findByLabelText('Whose support to show')).getAllByRole('option').map((o) => o.textContent);
    expect(options.sort()).toEqual(['Child 1', 'Child 2', 'Sam']);
  });

  it('tells a family with no council chosen to search for their council’s name, not for the words “your council”', async () => {
    const user = userEvent.setup();
    await child('c1', ENGLAND_ANXIETY_SEND);
    await show('/support');
    await user.click(await screen.findByRole('button', { name: 'Your council’s guide to local help (Local Offer) and free advice on special needs (SENDIASS)' }));
    const local = within(card('Your council’s guide to local help (Local Offer) and free advice on special needs (SENDIASS)'));
    expect(local.getByText(/Search online for your council’s name and “local offer”/)).toBeVisible();
    expect(document.body.textContent).not.toMatch(/“your council|\(your council\)/);
  });

  it('names the chosen council in the search words when there is one', async () => {
    const user = userEvent.setup();
    await child('c1', { ...ENGLAND_ANXIETY_SEND, council: 'west-berkshire' });
    await show('/support');
    await user.click(await screen.findByRole('button', { name: 'Your council’s guide to local help (Local Offer) and free advice on special needs (SENDIASS)' }));
    expect(within(card('Your council’s guide to local help (Local Offer) and free advice on special needs (SENDIASS)')).getByText(/“West Berkshire local offer”/)).toBeVisible();
  });

  it('shows a family in Wales with no council “Your council can also tell you”, not “Your council (your council)”', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'wales', barriers: ['send'] });
    await show('/support');
    await user.click(await screen.findByRole('button', { name: 'Free, independent advice in Wales: SNAP Cymru' }));
    expect(within(card('Free, independent advice in Wales: SNAP Cymru')).getByText(/Your council can also tell you about its services\./)).toBeVisible();
  });
});
