import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import RecordsRoutes from '../../../src/features/records/RecordsRoutes';
import type { CaseRecord } from '../../../src/domain/case/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

const NOW = '2026-03-01T10:00:00.000Z';
const child: ChildRecord = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'england', 'child-name': 'Sam' }, kept: [] };
const kase = { id: 'k1', childId: 'c1', request: 'ehc', events: [], reports: [], createdAt: NOW, updatedAt: NOW } as unknown as CaseRecord;

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', child);
  await getStorage().put('attendance', { id: 'a1', childId: 'c1', date: '2026-03-02', status: 'not-in', reason: 'anxiety', note: 'Could not get out of the car.', createdAt: NOW, updatedAt: NOW });
  await getStorage().put('attendance', { id: 'a2', childId: 'c1', date: '2026-03-03', status: 'in', createdAt: NOW, updatedAt: NOW });
  await getStorage().put('contactLog', { id: 'g1', childId: 'c1', date: '2026-03-04', who: 'Ms Patel, SENCo', how: 'call', said: 'Asked for a quiet room.', agreed: 'A review in two weeks.', createdAt: NOW, updatedAt: NOW });
  await getStorage().put('cases', kase);
});

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/records/*" element={<RecordsRoutes />} />
    </Routes>,
    { route },
  );

describe('the evidence bundle', () => {
  it('builds a numbered, dated bundle from the diary, the log and a report, with two asks and their evidence, saved in the case', async () => {
    const user = userEvent.setup();
    await app('/records/bundle/k1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Evidence bundle for Sam' })).toBeInTheDocument();
    await user.click(screen.getByLabelText(/^Week of .*: 2 days noted, 1 missed, late or part days$/));
    await user.click(screen.getByLabelText(/^Contact log: Phone call with Ms Patel, SENCo/));

    const form = screen.getByRole('group', { name: 'Add a report or a letter you received' });
    await user.type(within(form).getByLabelText('Title'), 'Educational psychologist’s report');
    await user.type(within(form).getByLabelText('Who wrote it (optional)'), 'Dr Lee');
    await user.type(within(form).getByLabelText('Your own notes or summary (optional)'), 'Says Sam needs a quiet space and a key adult.');
    await user.click(within(form).getByRole('button', { name: 'Add to the list' }));
    await user.click(await screen.findByLabelText('Educational psychologist’s report, by Dr Lee'));

    await user.click(screen.getByRole('button', { name: 'Add an ask' }));
    await user.type(screen.getByLabelText('Ask 1'), 'A key adult every morning');
    await user.click(within(screen.getByRole('group', { name: 'Evidence for ask 1' })).getByLabelText(/^Item 3:/));
    await user.click(screen.getByRole('button', { name: 'Add an ask' }));
    await user.type(screen.getByLabelText('Ask 2'), 'Part-time timetable reviewed every two weeks');
    await user.click(within(screen.getByRole('group', { name: 'Evidence for ask 2' })).getByLabelText(/^Item 1:/));
    await user.click(within(screen.getByRole('group', { name: 'Evidence for ask 2' })).getByLabelText(/^Item 2:/));

    const preview = screen.getByRole('region', { name: 'The bundle as it will print' });
    const rows = within(preview).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', expect.stringMatching(/^Attendance diary: week of /)],
      ['2', 'Contact log: Phone call with Ms Patel, SENCo'],
      ['3', 'Educational psychologist’s report, by Dr Lee'],
    ]);
    expect(rows.map((r) => r[3])).toEqual(['2', '3', '4']);
    expect(within(preview).getByText('A key adult every morning').parentElement).toHaveTextContent('Evidence: items 3');
    expect(within(preview).getByText('Part-time timetable reviewed every two weeks').parentElement).toHaveTextContent('Evidence: items 1, 2');
    expect(within(preview).getByText(/Could not get out of the car/)).toBeInTheDocument();
    expect(screen.getByText('Pages on A4: about 4')).toBeInTheDocument();
    expect(screen.getByText(/This is an estimate from the printed layout/)).toBeInTheDocument();

    await waitFor(async () => {
      const saved = await getStorage().get('cases', 'k1');
      expect(saved?.bundle?.items).toHaveLength(3);
      expect(saved?.bundle?.asks.map((a) => [a.text, a.evidence.length])).toEqual([
        ['A key adult every morning', 1],
        ['Part-time timetable reviewed every two weeks', 2],
      ]);
      expect(saved?.reports).toEqual([expect.objectContaining({ title: 'Educational psychologist’s report', author: 'Dr Lee', notes: 'Says Sam needs a quiet space and a key adult.' })]);
    });
  });

  it('says when a change could not be saved, and keeps what was typed', async () => {
    const user = userEvent.setup();
    await app('/records/bundle/k1');
    await screen.findByRole('heading', { level: 1, name: 'Evidence bundle for Sam' });
    const spy = vi.spyOn(getStorage(), 'update').mockRejectedValue(new Error('QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Add an ask' }));
    await user.type(screen.getByLabelText('Ask 1'), 'A quiet room');
    expect(await screen.findByRole('alert')).toHaveTextContent('This change could not be saved. What you chose and typed is still here.');
    expect(screen.getByLabelText('Ask 1')).toHaveValue('A quiet room');
    spy.mockRestore();
  });

  it('offers single days that were missed or have a note (not the days in school), and prints what the family noted', async () => {
    const user = userEvent.setup();
    await app('/records/bundle/k1');
    const days = await screen.findByRole('group', { name: 'Single days from the diary (missed, late or part days, and days with a note)' });
    const choices = within(days).getAllByRole('checkbox');
    expect(choices).toHaveLength(1);
    await user.click(choices[0]!);
    const preview = screen.getByRole('region', { name: 'The bundle as it will print' });
    expect(within(preview).getAllByRole('row')).toHaveLength(2);
    expect(within(preview).getByText(/Not in\. Why: .*\. Could not get out of the car\./)).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('cases', 'k1'))?.bundle?.items).toEqual(['diary:a1']));
  });

  it('says so when the case is not there', async () => {
    await app('/records/bundle/nope');
    expect(await screen.findByText('We could not find this case. It may have been deleted.')).toBeInTheDocument();
  });
});
