import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import PlanRoutes from '../../../src/features/plan/PlanRoutes';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';

const app = (route: string) => renderScreen(<Routes><Route path="/plan/*" element={<PlanRoutes />} /></Routes>, { route });

beforeEach(async () => {
  await getStorage().clearAll();
});
afterEach(async () => {
  await getStorage().clearAll();
});

describe('a plan without the questions', () => {
  it('starts a blank plan with no answers, then fills only its empty parts once the questions are answered', async () => {
    const user = userEvent.setup();
    const view = await app('/plan');
    await user.click(await screen.findByRole('button', { name: 'Start a blank plan' }));
    // The editor loads when opened: on a busy machine that can take longer than a second.
    await screen.findByRole('heading', { level: 1, name: 'Plan for your child' }, { timeout: 5000 });
    const [plan] = await getStorage().list('plans');
    const [child] = await getStorage().list('children');
    expect(child?.answers).toEqual({});
    expect(plan?.childId).toBe(child?.id);
    expect(plan?.cycles[0]?.content.barriers).toEqual([]);

    // The family types their own words, then answers the questions later.
    const typed = { ...plan!, cycles: [{ ...plan!.cycles[0]!, content: { ...plan!.cycles[0]!.content, childHard: 'Crowds at lunch' } }] };
    await getStorage().put('plans', typed);
    await getStorage().put('children', {
      ...child!,
      displayName: 'Sam',
      answers: { nation: 'england', 'child-name': 'Sam', barriers: ['anxiety'], 'child-hard': 'The corridors are loud', 'what-helped': 'A quiet room' },
      completedAt: new Date(Date.parse(plan!.createdAt) + 60_000).toISOString(),
    });
    view.unmount();
    await app('/plan');
    await user.click(await screen.findByRole('button', { name: 'Fill the empty parts of Sam’s plan from the answers' }));
    expect(await screen.findByText('The empty parts of the plan are filled in from your answers. Nothing you typed was changed.')).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.helped).toBe('A quiet room'));
    const content = (await getStorage().list('plans'))[0]!.cycles[0]!.content;
    expect(content.childHard).toBe('Crowds at lunch');
    expect(content.barriers.map((b) => b.text)).toEqual(['Worry or anxiety about school']);
  });
});
