import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import RecordsRoutes from '../../../src/features/records/RecordsRoutes';
import { addDays, todayIso } from '../../../src/domain/dates';
import { weekStart } from '../../../src/domain/records/attendance';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { breakStorage } from '../../support/readsFail';

const NOW = '2026-03-01T10:00:00.000Z';
const child: ChildRecord = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'england', 'child-name': 'Sam' }, kept: [] };
const lastMonday = addDays(weekStart(todayIso()), -7);
const COULD_NOT_READ = 'We could not read what is saved on this device';

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', child);
  await getStorage().put('attendance', { id: 'a1', childId: 'c1', date: lastMonday, status: 'not-in', note: 'Bad night, would not get dressed', createdAt: NOW, updatedAt: NOW });
  await getStorage().put('contactLog', { id: 'g1', childId: 'c1', date: lastMonday, who: 'Ms Patel', how: 'call', said: 'Asked for a meeting', agreed: '', createdAt: NOW, updatedAt: NOW });
});

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/records/*" element={<RecordsRoutes />} />
    </Routes>,
    { route },
  );

describe('the diary and the log when what is saved cannot be read', () => {
  it('the diary says so (never an empty week), offers nothing that saves, and shows the days once read again', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['attendance', 'contactLog']);
    await app(`/records?week=${lastMonday}`);
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByText('Nothing recorded this week yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fill the empty days' })).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const days = await screen.findAllByRole('group');
    expect(within(days[0]!).getByLabelText('Not in')).toBeChecked();
    expect(screen.queryByRole('heading', { name: COULD_NOT_READ })).not.toBeInTheDocument();
    expect(broken.writesTried).toEqual([]);
  });

  it('the log says so (never "nothing in the log yet") and shows no form until it can be read', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['contactLog']);
    await app('/records/log');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByText('Nothing in the log yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save to the log' })).not.toBeInTheDocument();
    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Asked for a meeting')).toBeInTheDocument();
    expect(broken.writesTried).toEqual([]);
  });

  it('a day that cannot be read shows no empty form; read again, a note that cannot be saved stays in its box', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['attendance']);
    await app(`/records/day/${lastMonday}`);
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save this day' })).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const note = await screen.findByLabelText('Anything else about the day (optional)');
    expect(note).toHaveValue('Bad night, would not get dressed');
    broken.writes = true;
    await user.type(note, ', then came home at ten');
    await user.click(screen.getByRole('button', { name: 'Save this day' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That could not be saved. Nothing already saved has been lost. Please try again.');
    expect(screen.getByLabelText('Anything else about the day (optional)')).toHaveValue('Bad night, would not get dressed, then came home at ten');
  });

  it('without the saved contacts the log offers no form (an entry saved then could lose who it was with); a log entry that cannot be saved stays typed', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['contacts']);
    await app('/records/log');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save to the log' })).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.type(await screen.findByLabelText('Name and role'), 'Mr Jones, head of year');
    await user.type(screen.getByLabelText('What was said or asked'), 'Agreed a later start on Mondays');
    broken.writes = true;
    await user.click(screen.getByRole('button', { name: 'Save to the log' }));
    expect(await screen.findByText('That could not be saved. Nothing already saved has been lost. Please try again.')).toBeInTheDocument();
    expect(screen.getByLabelText('What was said or asked')).toHaveValue('Agreed a later start on Mondays');
    expect(screen.getByLabelText('Name and role')).toHaveValue('Mr Jones, head of year');
    expect(broken.writesTried).toEqual(['update contactLog']);
  });
});
