import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { prefillPlan } from '../../../src/domain/plan/prefill';
import PlanRoutes from '../../../src/features/plan/PlanRoutes';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { unreliableStorage } from '../../support/unreliable';

const NOW = '2026-03-02T10:00:00.000Z';
const sam: ChildRecord = {
  id: 'c1',
  displayName: 'Sam',
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: { nation: 'england', barriers: ['anxiety'] },
  kept: [],
};

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/plan/*" element={<PlanRoutes />} />
    </Routes>,
    { route },
  );

let store: ReturnType<typeof unreliableStorage>;
beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', sam);
  store = unreliableStorage();
});
afterEach(() => store.restore());

describe('the plan when what is saved cannot be read', () => {
  it('says the records could not be read (not "no children yet"), writes nothing, and shows them after "Try again"', async () => {
    store.fail.reads = true;
    const user = userEvent.setup();
    await app('/plan');
    expect(await screen.findByRole('heading', { name: 'We could not read what is saved on this device' })).toBeInTheDocument();
    expect(screen.queryByText(/Answer some questions about your child first/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start a blank plan|Make a plan/ })).not.toBeInTheDocument();
    expect(store.written).toEqual([]);

    store.fail.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Make a plan for Sam from your answers' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'We could not read what is saved on this device' })).not.toBeInTheDocument();
    expect(store.written).toEqual([]);
  });

  it('shows no plan to edit (not "there is no plan") while the plan cannot be read, and the plan after "Try again"', async () => {
    const plan = prefillPlan(sam, [], { t: (key) => String(key), ask: () => undefined });
    await getStorage().put('plans', { ...plan, cycles: [{ ...plan.cycles[0]!, content: { ...plan.cycles[0]!.content, interests: 'Dinosaurs' } }] });
    store.written.length = 0;
    store.fail.reads = true;
    const user = userEvent.setup();
    await app('/plan/c1');
    expect(await screen.findByRole('heading', { name: 'We could not read what is saved on this device' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('There is no plan for this child yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete this plan' })).not.toBeInTheDocument();

    store.fail.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Interests')).toHaveValue('Dinosaurs');
    expect(store.written).toEqual([]);
  });
});

describe('the plan when a save fails', () => {
  it('says it is not saved yet, and what was typed stays in the box', async () => {
    const user = userEvent.setup();
    await app('/plan');
    await user.click(await screen.findByRole('button', { name: 'Make a plan for Sam from your answers' }));
    const box = await screen.findByLabelText('Interests', {}, { timeout: 5000 });
    store.fail.writes = true;
    await user.type(box, 'Drawing');
    expect(await screen.findByText(/^Not saved yet\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Interests')).toHaveValue('Drawing');
  });
});
