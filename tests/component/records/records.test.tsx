import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import RecordsRoutes from '../../../src/features/records/RecordsRoutes';
import FollowUps from '../../../src/features/records/FollowUps';
import { addDays, todayIso } from '../../../src/domain/dates';
import { weekStart } from '../../../src/domain/records/attendance';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { aChild } from '../../support/builders';

const NOW = '2026-03-01T10:00:00.000Z';
const child: ChildRecord = aChild({ createdAt: NOW, updatedAt: NOW, answers: { nation: 'england', 'child-name': 'Sam' } });

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', child);
});

const app = (route: string, language = 'en') =>
  renderScreen(
    <Routes>
      <Route path="/records/*" element={<RecordsRoutes />} />
      <Route path="/" element={<FollowUps />} />
    </Routes>,
    { route, language },
  );

// A whole past week, so every day can be recorded whatever today is.
const lastMonday = addDays(weekStart(todayIso()), -7);

describe('the attendance diary', () => {
  it('records a day with one tap and says so', async () => {
    const user = userEvent.setup();
    await app(`/records?week=${lastMonday}`);
    const days = await screen.findAllByRole('group');
    const monday = days[0]!;
    await user.click(within(monday).getByLabelText('Not in'));
    expect(await screen.findByText(/^Saved: .+, Not in\.$/, {}, { timeout: 8000 })).toHaveAttribute('role', 'status');
    await waitFor(async () => expect((await getStorage().listByChild('attendance', 'c1')).map((a) => [a.date, a.status])).toEqual([[lastMonday, 'not-in']]));
    expect(await screen.findByText('This week: in school for 0% of the days recorded.', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(within(monday).getByLabelText('Not in')).toBeChecked();
  });

  it('fills the empty days of a missed week quickly, without changing days already recorded', async () => {
    const user = userEvent.setup();
    await app(`/records?week=${lastMonday}`);
    const days = await screen.findAllByRole('group');
    await user.click(within(days[2]!).getByLabelText('Not in'));
    await screen.findByText(/Saved:/);
    await user.selectOptions(screen.getByLabelText('Mark the empty days as'), 'In');
    await user.click(screen.getByRole('button', { name: 'Fill the empty days' }));
    expect(await screen.findByText('Days filled in: 4.', {}, { timeout: 8000 })).toBeInTheDocument();
    const saved = await getStorage().listByChild('attendance', 'c1');
    expect(saved.map((a) => a.status).sort()).toEqual(['in', 'in', 'in', 'in', 'not-in']);
    expect(await screen.findByText('This week: in school for 80% of the days recorded.', {}, { timeout: 8000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fill the empty days' }));
    expect(await screen.findByText('Every day of this week already has an entry.')).toBeInTheDocument();
  });

  it('does not let a family record a day that has not happened', async () => {
    await app(`/records/day/${addDays(todayIso(), 3)}`);
    expect(await screen.findByText('This date is in the future. You can only record days that have happened.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save this day' })).not.toBeInTheDocument();
  });

  it('saves why, the morning and the school code, with what the code means, and keeps markup as text', async () => {
    const user = userEvent.setup();
    await app(`/records/day/${lastMonday}`);
    await user.click(await screen.findByLabelText('Not in'));
    await user.selectOptions(screen.getByLabelText('Why (optional)'), 'Physical health');
    await user.click(screen.getByLabelText('Hard'));
    await user.selectOptions(screen.getByLabelText('The code the school recorded (if you know it)'), 'O – absent for a reason the school did not agree. Unauthorised absence.');
    await user.type(screen.getByLabelText('Anything else about the day (optional)'), '<b>bad</b> night');
    await user.click(screen.getByRole('button', { name: 'Save this day' }));
    expect(await screen.findByText('Why: Physical health', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText(/School code: O – absent/)).toBeInTheDocument();
    const [day] = await getStorage().listByChild('attendance', 'c1');
    expect(day).toMatchObject({ status: 'not-in', reason: 'physical-health', morning: 'hard', schoolCode: 'O', note: '<b>bad</b> night' });
  });

  it('is in Welsh for a Welsh family', async () => {
    await app(`/records?week=${lastMonday}`, 'cy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dyddiadur a chofnod cysylltiadau Sam' })).toBeInTheDocument();
    expect(await screen.findAllByLabelText('Ddim yn yr ysgol')).toHaveLength(5);
  });
});

describe('the contact log', () => {
  it('explains what is missing, then saves a call with a follow-up date that shows on the home page', async () => {
    const user = userEvent.setup();
    const view = await app('/records/log');
    await user.click(await screen.findByRole('button', { name: 'Save to the log' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Say who it was with: pick a saved contact or type a name.');
    expect(summary).toHaveTextContent('Say in a few words what was said or asked.');
    await user.type(screen.getByLabelText('Name and role'), 'Ms Patel, SENCo');
    await user.click(screen.getByLabelText('Phone call'));
    await user.type(screen.getByLabelText('What was said or asked'), 'Asked for a meeting about <mornings>');
    await user.type(screen.getByLabelText('Follow-up date (optional)'), addDays(todayIso(), 5));
    await user.click(screen.getByRole('button', { name: 'Save to the log' }));
    expect(await screen.findByText('Saved to the log.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /: Phone call with Ms Patel, SENCo$/ })).toBeInTheDocument();
    expect(screen.getByText('Asked for a meeting about <mornings>')).toBeInTheDocument();
    view.unmount();

    const URLs = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    await app('/');
    expect(await screen.findByRole('heading', { name: 'Follow-ups from your contact log' })).toBeInTheDocument();
    expect(screen.getByText(/: follow up with Ms Patel, SENCo$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Add the follow-up on .+ to a calendar$/ }));
    expect(URLs).toHaveBeenCalled();
    expect(await screen.findByText('A calendar file has been saved. Open it to add the date to your calendar.')).toBeInTheDocument();
  });

  it('refuses a contact dated in the future and keeps what was typed', async () => {
    const user = userEvent.setup();
    await app('/records/log');
    const dateBox = await screen.findByLabelText('Date');
    await user.clear(dateBox);
    await user.type(dateBox, addDays(todayIso(), 2));
    await user.type(screen.getByLabelText('Name and role'), 'Mr Jones');
    await user.type(screen.getByLabelText('What was said or asked'), 'Rang about Monday');
    await user.click(screen.getByRole('button', { name: 'Save to the log' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The date is in the future. Enter the day it happened.');
    expect(screen.getByLabelText('What was said or asked')).toHaveValue('Rang about Monday');
    expect(await getStorage().listByChild('contactLog', 'c1')).toEqual([]);
  });
});

describe('the pictures', () => {
  it('draws each picture as an image with a table behind it, and says when a term has no school days', async () => {
    const user = userEvent.setup();
    const now = NOW;
    await getStorage().putMany({
      attendance: [0, 1, 2, 3, 4].map((i) => ({ id: `a${i}`, childId: 'c1', date: addDays(lastMonday, i), status: i === 0 ? 'not-in' : 'in', reason: i === 0 ? 'anxiety' : undefined, createdAt: now, updatedAt: now }) as const),
    });
    await app('/records/pictures');
    expect(await screen.findByRole('img', { name: /Attendance each week/ }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Which days go worst/ })).toHaveAccessibleDescription(/The hardest day is usually Monday\./);
    expect(screen.getByRole('img', { name: /Reasons over time/ })).toBeInTheDocument();
    expect(screen.getAllByRole('table').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText(/in school for 80% of the 5 school days recorded/, { selector: 'p' })).toBeInTheDocument();

    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    const saturday = addDays(lastMonday, 5);
    await user.clear(from);
    await user.type(from, saturday);
    await user.clear(to);
    await user.type(to, addDays(saturday, 1));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There are no school days between these dates');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
