import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import PlanRoutes from '../../../src/features/plan/PlanRoutes';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { aChild } from '../../support/builders';

const NOW = '2026-03-02T10:00:00.000Z';
const sam: ChildRecord = aChild({
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: {
    nation: 'england',
    barriers: ['anxiety', 'environment'],
    'anxiety-signs': ['physical-symptoms'],
    environment: ['noise'],
    'child-hard': 'The corridors are loud',
    'parent-voice': 'Sam wants to learn',
  },
  kept: ['needs-noticed:meeting'],
});

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/plan/*" element={<PlanRoutes />} />
    </Routes>,
    { route },
  );

async function savedPlan() {
  const plans = await getStorage().list('plans');
  return plans[0];
}

beforeEach(async () => {
  await getStorage().clearAll();
  await getStorage().put('children', sam);
});
afterEach(async () => {
  await getStorage().clearAll();
});

async function makePlan(user: ReturnType<typeof userEvent.setup>) {
  await app('/plan');
  await user.click(await screen.findByRole('button', { name: 'Make a plan for Sam from your answers' }));
  // The editor loads when opened: on a busy machine that can take longer than a second.
  await screen.findByRole('heading', { level: 1, name: 'Plan for Sam' }, { timeout: 5000 });
}

describe('my plan', () => {
  it('starts a plan from the answers and the kept asks', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    expect(screen.getByLabelText('Barrier 1')).toHaveValue('Worry or anxiety about school: Feeling ill');
    expect(screen.getByLabelText('Barrier 2')).toHaveValue('Things about the school itself: Noise');
    expect(screen.getByLabelText('Ask 1')).toHaveValue('Ask for a meeting to talk about what gets in the way of school.');
    expect(screen.getByLabelText('What is hard about school')).toHaveValue('The corridors are loud');
    expect(screen.getByLabelText('What I want the school to know')).toHaveValue('Sam wants to learn');
    expect((await savedPlan())?.childId).toBe('c1');
  });

  it('leaves out an ask kept under another nation’s answers (an England route in a plan for Wales)', async () => {
    await getStorage().put('children', { ...sam, answers: { ...sam.answers, nation: 'wales' }, kept: ['needs-noticed:meeting', 'disability-england:adjustments'] });
    const user = userEvent.setup();
    await makePlan(user);
    expect(screen.getByLabelText('Ask 1')).toHaveValue('Ask for a meeting to talk about what gets in the way of school.');
    expect(screen.queryByLabelText('Ask 2')).not.toBeInTheDocument();
  });

  it('saves what is typed', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.type(screen.getByLabelText('Interests'), 'Drawing and dinosaurs');
    await waitFor(async () => expect((await savedPlan())?.cycles[0]?.content.interests).toBe('Drawing and dinosaurs'));
  });

  it('shows a change saved in another tab, and typing here does not throw it away', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await waitFor(async () => expect(await savedPlan()).toBeDefined());
    const elsewhere = (await savedPlan())!;
    const open = elsewhere.cycles[0]!;
    await getStorage().put('plans', {
      ...elsewhere,
      updatedAt: '2026-03-02T11:00:00.000Z',
      cycles: [{ ...open, content: { ...open.content, interests: 'Typed in the other tab' } }],
    });
    await waitFor(() => expect(screen.getByLabelText('Interests')).toHaveValue('Typed in the other tab'));
    await user.type(screen.getByLabelText('What they enjoy'), 'Football');
    await waitFor(async () =>
      expect((await savedPlan())?.cycles[0]?.content).toMatchObject({ interests: 'Typed in the other tab', enjoys: 'Football' }),
    );
  });

  it('does not bring back a plan deleted in another tab', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.type(screen.getByLabelText('Interests'), 'Drawing');
    await waitFor(async () => expect((await savedPlan())?.cycles[0]?.content.interests).toBe('Drawing'));
    await getStorage().delete('plans', (await savedPlan())!.id);
    expect(await screen.findByText('There is no plan for this child yet.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 600));
    expect(await getStorage().list('plans')).toEqual([]);
  });

  it('removes an action and puts it back with Undo', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    expect(screen.getByRole('group', { name: 'Action 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(screen.queryByRole('group', { name: 'Action 1' })).not.toBeInTheDocument();
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Action removed.'))!;
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    const what = within(screen.getByRole('group', { name: 'Action 1' })).getByLabelText('What');
    expect(what).toHaveValue('Share this plan with the school and ask for a meeting');
    expect(what).toHaveFocus();
    await waitFor(async () => expect((await savedPlan())?.cycles[0]?.content.actions).toHaveLength(1));
  });

  it('adds a strength and focuses it; removes it and undoes', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.click(screen.getByRole('button', { name: 'Add a strength' }));
    expect(screen.getByLabelText('Strength 1')).toHaveFocus();
    await user.keyboard('Kind to animals');
    await user.click(screen.getByRole('button', { name: 'Remove strength 1' }));
    expect(screen.queryByLabelText('Strength 1')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Strength 1')).toHaveValue('Kind to animals');
    // The Undo button has gone: the focus goes to what came back, not to the top of the page.
    expect(screen.getByLabelText('Strength 1')).toHaveFocus();
  });

  it('folds a section away and opens it again', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    const toggle = screen.getByRole('button', { name: /What makes school hard/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByLabelText('Barrier 1')).not.toBeVisible();
    await user.click(toggle);
    expect(screen.getByLabelText('Barrier 1')).toBeVisible();
  });

  it('a review needs at least one answer, then keeps cycle 1 to read and starts cycle 2', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.click(screen.getByRole('button', { name: 'Start a review' }));
    await user.click(screen.getByRole('button', { name: 'Finish the review and start the next cycle' }));
    expect(screen.getByText('Write at least one thing in the review before you finish it.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Small steps forward'), 'Went in for one lesson');
    await user.click(screen.getByRole('button', { name: 'Finish the review and start the next cycle' }));
    expect(await screen.findByText('Review cycle 2', { selector: '.tag' })).toBeInTheDocument();
    const earlier = screen.getByRole('region', { name: 'Review cycle 1' });
    expect(within(earlier).getByText('Went in for one lesson')).toBeInTheDocument();
    expect(within(earlier).queryAllByRole('textbox')).toEqual([]);
    await waitFor(async () => expect((await savedPlan())?.cycles.map((c) => c.number)).toEqual([1, 2]));
  });

  it('deletes the plan only after the person confirms', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.click(screen.getByRole('button', { name: 'Delete this plan' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(await savedPlan()).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Delete this plan' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the plan' }));
    expect(await screen.findByText('The plan has been deleted.')).toBeInTheDocument();
    expect(await getStorage().list('plans')).toEqual([]);
    expect(await screen.findByRole('button', { name: 'Make a plan for Sam from your answers' })).toBeInTheDocument();
  });

  it('copies a summary when there is no share sheet', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.click(screen.getByRole('button', { name: 'Share a summary' }));
    expect(await screen.findByText(/The summary has been copied/)).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Plan for Sam');
    expect(copied).toContain('Worry or anxiety about school: Feeling ill');
    // Dates in words, as in the printed plan, not "2026-04-13".
    expect(copied).toMatch(/Next review: \d{1,2} [A-Z][a-z]+ \d{4}\n/);
  });

  it('shows the meeting pack with the asks, actions, questions and rights with sources', async () => {
    const user = userEvent.setup();
    await makePlan(user);
    await user.click(screen.getByRole('link', { name: 'Print for a meeting' }));
    await screen.findByRole('heading', { level: 1, name: 'Meeting pack: Sam' });
    expect(screen.getByText('Ask for a meeting to talk about what gets in the way of school.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'By when' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions to ask at the meeting' })).toBeInTheDocument();
    const rights = screen.getByRole('heading', { name: 'Rights to remember' }).closest('section')!;
    expect(within(rights).getAllByText(/^Source: /).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('shows a Welsh family no England-only rights in the meeting pack', async () => {
    await getStorage().put('children', { ...sam, answers: { ...sam.answers, nation: 'wales', barriers: ['send'] } });
    const user = userEvent.setup();
    await makePlan(user);
    await user.click(screen.getByRole('link', { name: 'Print for a meeting' }));
    const rights = (await screen.findByRole('heading', { name: 'Rights to remember' })).closest('section')!;
    expect(rights.textContent).toContain('Individual Development Plan');
    expect(rights.textContent).not.toMatch(/EHC|SENDIASS|SEN support/);
  });
});
