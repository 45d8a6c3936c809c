import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import type { PlanAction, PlanRecord } from '../../../src/domain/plan/types';
import PlanRoutes from '../../../src/features/plan/PlanRoutes';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { aChild, aPlan } from '../../support/builders';

/** Which rows drew themselves, by the id of their item, since the count was last cleared. */
const drawn = vi.hoisted(() => [] as string[]);

// Count every time a row's own function runs. A memoised row only runs when its props change; the
// count goes round the memo (it wraps the function inside it), so it sees exactly what React draws.
vi.mock('../../../src/features/plan/rows', async (importOriginal) => {
  const rows = await importOriginal<typeof import('../../../src/features/plan/rows')>();
  type Row = (props: { item: { id: string } }) => ReactNode;
  const counted = (inner: Row): Row =>
    function Counted(props) {
      drawn.push(props.item.id);
      return inner(props);
    };
  const wrap = (component: unknown) => {
    const c = component as Row | { type: Row };
    return typeof c === 'function' ? counted(c) : { ...c, type: counted(c.type) };
  };
  return { ...rows, FieldsetRow: wrap(rows.FieldsetRow), ListRow: wrap(rows.ListRow) };
});

const NOW = '2026-03-02T10:00:00.000Z';
const actions: PlanAction[] = Array.from({ length: 200 }, (_, i) => ({ id: `a${i + 1}`, what: `Step ${i + 1}`, who: 'School', byWhen: '', status: 'not-started' }));
const plan: PlanRecord = aPlan({ createdAt: NOW, updatedAt: NOW }, { actions, strengths: [{ id: 's1', text: 'Kind' }] });

beforeEach(async () => {
  await getStorage().clearAll();
  await getStorage().put('children', aChild({ createdAt: NOW, updatedAt: NOW }));
  await getStorage().put('plans', plan);
});
afterEach(async () => {
  await getStorage().clearAll();
});

describe('a plan with 200 actions', () => {
  it('draws again only the row being typed in', async () => {
    await renderScreen(
      <Routes>
        <Route path="/plan/*" element={<PlanRoutes />} />
      </Routes>,
      { route: '/plan/c1' },
    );
    // (Queries by label are slow over 200 fieldsets: find the boxes by id, and check their labels.)
    await screen.findByText('Action 200', undefined, { timeout: 20_000 });
    const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
    const box = byId('plan-action-a120-what');
    expect(box.labels?.[0]).toHaveTextContent('What');
    expect(drawn.filter((id) => id.startsWith('a'))).toHaveLength(200);

    drawn.length = 0;
    fireEvent.change(box, { target: { value: 'Step 120, and a meeting' } });
    expect(box).toHaveValue('Step 120, and a meeting');
    expect(drawn).toEqual(['a120']);

    drawn.length = 0;
    fireEvent.change(byId('plan-action-a7-who'), { target: { value: 'Mum' } });
    fireEvent.change(byId('plan-strengths-s1'), { target: { value: 'Kind and funny' } });
    expect(byId('plan-action-a7-who')).toHaveValue('Mum');
    expect(drawn).toEqual(['a7', 's1']);
    await waitFor(async () => expect((await getStorage().list('plans'))[0]?.cycles[0]?.content.actions[119]?.what).toBe('Step 120, and a meeting'));
  }, 60_000);
});
