import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import CaseRoutes from '../../../src/features/case/CaseRoutes';
import RecordsRoutes from '../../../src/features/records/RecordsRoutes';
import type { CaseRecord } from '../../../src/domain/case/types';
import { addDays, addMonths, formatDate, todayIso } from '../../../src/domain/dates';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { EN_DATES } from '../../support/dates';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

const NOW = '2026-03-01T10:00:00.000Z';
const today = todayIso();
const child: ChildRecord = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'england', 'child-name': 'Sam' }, kept: [] };
const request: CaseRecord = {
  id: 'case1',
  familyId: '',
  childId: 'c1',
  request: 'ehc',
  events: [{ id: 'e1', kind: 'requested', on: addDays(today, -20), createdAt: NOW }],
  reports: [],
  createdAt: NOW,
  updatedAt: NOW,
};

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', child);
  await getStorage().put('cases', request);
});

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="/case/*" element={<CaseRoutes />} />
      <Route path="/records/*" element={<RecordsRoutes />} />
    </Routes>,
    { route },
  );

describe('the case page', () => {
  it('records a refusal with one tap and shows the date to appeal by, 2 months on', async () => {
    const user = userEvent.setup();
    await app('/case/case1');
    await user.click(await screen.findByRole('button', { name: 'The council said no to an assessment: today' }));
    expect(await screen.findByText('Last day to contact a mediation adviser.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: `By ${formatDate(addMonths(today, 2), EN_DATES, 'long')}` }).length).toBeGreaterThan(0);
    const saved = await getStorage().get('cases', 'case1');
    expect(saved?.events.map((e) => [e.kind, e.on])).toEqual([
      ['requested', addDays(today, -20)],
      ['assess-no', today],
    ]);
  });

  it('says a failed write was not saved, and keeps what was chosen for another try', async () => {
    const user = userEvent.setup();
    await app('/case/case1');
    const day = addDays(today, -1);
    await user.selectOptions(await screen.findByLabelText('What happened'), 'The council said yes, it will assess');
    await user.type(screen.getByLabelText('The date on the letter or email'), day);
    vi.spyOn(getStorage(), 'update').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/This was not saved/)).toBeInTheDocument();
    expect(screen.getByLabelText('What happened')).toHaveValue('assess-yes');
    expect(screen.getByLabelText('The date on the letter or email')).toHaveValue(day);
    vi.restoreAllMocks();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(`Saved: The council said yes, it will assess, ${formatDate(day, EN_DATES, 'long')}.`)).toBeInTheDocument();
  });

  it('shows a failed read as a failure, never as "not found"', async () => {
    vi.spyOn(getStorage(), 'get').mockRejectedValue(new Error('read failed'));
    await app('/case/case1');
    expect(await screen.findByText('We could not read what is saved on this device')).toBeInTheDocument();
    expect(screen.queryByText(/We could not find this request/)).not.toBeInTheDocument();
  });

  it('lists the child’s requests with where each stands', async () => {
    await app('/case');
    expect(await screen.findByRole('heading', { level: 1, name: 'Requests for Sam' })).toBeInTheDocument();
    expect(await screen.findByText('Now: The council decides whether to assess (6 weeks)')).toBeInTheDocument();
  });
});

describe('the contact log', () => {
  it('adds news from a contact to the request, on the contact’s date', async () => {
    const user = userEvent.setup();
    await app('/records/log');
    const pick = await screen.findByLabelText('Did this contact bring news about a request? (optional)', {}, { timeout: 8000 });
    await user.selectOptions(pick, 'The council said yes, it will assess (Request for an EHC needs assessment (education, health and care))');
    await user.click(screen.getByRole('button', { name: 'Add to the request' }));
    expect(await screen.findByText('Added to the request, with the date of this contact.')).toBeInTheDocument();
    await waitFor(async () => expect((await getStorage().get('cases', 'case1'))?.events.at(-1)).toMatchObject({ kind: 'assess-yes', on: today }));
  });
});
