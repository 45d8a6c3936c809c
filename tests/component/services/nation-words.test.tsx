import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import ServicesRoutes from '../../../src/features/services/ServicesRoutes';
import LettersRoutes from '../../../src/features/letters/LettersRoutes';
import PlanRoutes from '../../../src/features/plan/PlanRoutes';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

beforeEach(async () => {
  await freshStorage();
});

const NOW = '2026-11-01T10:00:00.000Z';
const child = (answers: ChildRecord['answers']): ChildRecord => ({ id: 'c1', displayName: '', createdAt: NOW, updatedAt: NOW, answers, kept: [] });
const screens = (
  <Routes>
    <Route path="help/*" element={<ServicesRoutes />} />
    <Route path="letters/*" element={<LettersRoutes />} />
    <Route path="plan/*" element={<PlanRoutes />} />
  </Routes>
);

describe('each nation’s own words', () => {
  for (const nation of ['scotland', 'northern-ireland'] as const) {
    it(`offers a family in ${nation} a reply to a letter about attendance, with no fine warning`, async () => {
      await getStorage().put('children', child({ nation, barriers: ['anxiety'] }));
      await renderScreen(screens, { route: '/letters' });
      expect(await screen.findByRole('heading', { name: 'Reply to a letter about attendance' }, { timeout: 5000 })).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/fine warning/i);
    });
  }

  it('names a Welsh family’s contacts by Welsh roles: the ALNCo, not the SENCo', async () => {
    await getStorage().put('children', child({ nation: 'wales', council: 'cardiff' }));
    await getStorage().put('contacts', { id: 'k1', role: 'senco', name: 'Ms Evans', createdAt: NOW, updatedAt: NOW });
    await renderScreen(screens, { route: '/help/contacts' });
    expect(await screen.findByText('ALNCo (leads on additional learning needs at school)', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/SENCo|special educational needs/);
  });

  it('reads a Welsh council by its Welsh name when the app is in Welsh', async () => {
    await getStorage().put('children', child({ nation: 'wales', council: 'cardiff' }));
    await renderScreen(screens, { route: '/help/councils/cardiff', language: 'cy' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Caerdydd' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('titles a volunteer’s plan for a child with no name given "this child", not "your child"', async () => {
    await getStorage().put('children', child({ nation: 'england', role: 'volunteer' }));
    await renderScreen(screens, { route: '/plan' });
    const make = await screen.findByRole('button', { name: /^(Make|Start) a plan for/ }, { timeout: 5000 });
    expect(make).toHaveTextContent(/this child/);
    expect(make).not.toHaveTextContent(/your child/);
  });
});
