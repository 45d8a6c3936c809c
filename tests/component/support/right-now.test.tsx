import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import SupportRoutes from '../../../src/features/support/SupportRoutes';
import type { Answers, ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

async function show(language = 'en') {
  return renderScreen(
    <Routes>
      <Route path="support/*" element={<SupportRoutes />} />
    </Routes>,
    { route: '/support', language },
  );
}

async function child(answers: Answers, extra: Partial<ChildRecord> = {}) {
  await getStorage().put('children', {
    id: 'c1',
    displayName: '',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    answers,
    kept: [],
    ...extra,
  });
}

/** Whether `a` comes before `b` in the page. */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

const FIRST_FOUR = { role: 'parent', barriers: ['anxiety', 'send'] };

beforeEach(async () => {
  await freshStorage();
});

describe('right now, first on the results', () => {
  it('tells a young person in Scotland with a fine warning and no school what they can do, in their own words', async () => {
    await child({ nation: 'scotland', role: 'young-person', barriers: ['anxiety'], urgent: ['fine-or-court'], missed: 'all' }, { position: 'urgent' });
    await show();
    const block = await screen.findByRole('region', { name: 'Right now' });
    expect(block).toHaveTextContent('you and your family can tell the school in writing why you cannot go, and ask for a plan to support you');
    expect(block.textContent).not.toMatch(/your child/i);
  });

  it('gives a young person in Wales Wales’s own law on a child with no school, in their own words', async () => {
    await child({ nation: 'wales', role: 'young-person', barriers: ['anxiety'], urgent: ['no-school'] }, { position: 'urgent' });
    await show('cy');
    const block = await screen.findByRole('region', { name: 'Ar hyn o bryd' });
    expect(block).toHaveTextContent('adran 19A');
    expect(block.textContent).not.toMatch(/eich plentyn/i);
  });

  it('shows a family with a fine warning what it means, support first, free advice and the letter, before any idea or introduction', async () => {
    await child({ nation: 'england', ...FIRST_FOUR, urgent: ['fine-or-court'] }, { position: 'urgent' });
    await show();
    const block = await screen.findByRole('region', { name: 'Right now' });
    const fine = within(block).getByRole('region', { name: 'A letter about a fine or court' });
    expect(fine).toHaveTextContent('£80 if paid within 21 days, or £160 within 28 days');
    expect(fine).toHaveTextContent(/Support comes first/);
    expect(within(fine).getByRole('link', { name: 'Find free advice and who can help' })).toHaveAttribute('href', '/help');
    expect(within(fine).getByRole('link', { name: 'Ask for a copy of the attendance record' })).toHaveAttribute(
      'href',
      '/letters/new/attendance-record',
    );
    expect(within(fine).getByRole('link', { name: 'See all letters' })).toHaveAttribute('href', '/letters');
    const firstIdea = screen.getAllByRole('heading', { level: 2 }).find((h) => h.id.startsWith('theme-'))!;
    expect(before(block, firstIdea)).toBe(true);
    const intro = screen.getByText(/These are things you can do next/);
    expect(before(firstIdea, intro)).toBe(true);
    expect(before(firstIdea, screen.getByRole('button', { name: 'Print everything' }))).toBe(true);
  });

  it('uses each nation’s own facts: Wales’s fines; in Scotland and Northern Ireland no penalty notices, but what court can mean', async () => {
    await child({ nation: 'wales', ...FIRST_FOUR, urgent: ['fine-or-court'] });
    const first = await show();
    expect(await screen.findByText(/£60 if paid within 28 days, or £120 within 42 days/)).toBeInTheDocument();
    first.unmount();

    await getStorage().clearAll();
    await child({ nation: 'scotland', ...FIRST_FOUR, urgent: ['fine-or-court'] });
    const scotland = await show();
    let fine = within(await screen.findByRole('region', { name: 'Right now' })).getByRole('region', { name: 'A letter about a fine or court' });
    expect(fine).toHaveTextContent(/no penalty notices \(fixed fines\) for missing school/);
    expect(fine).toHaveTextContent(/A court can fine a parent only if they are prosecuted/);
    expect(fine.textContent).not.toMatch(/£|no fines/);
    scotland.unmount();

    await getStorage().clearAll();
    await child({ nation: 'northern-ireland', ...FIRST_FOUR, urgent: ['fine-or-court'] });
    await show();
    fine = within(await screen.findByRole('region', { name: 'Right now' })).getByRole('region', { name: 'A letter about a fine or court' });
    expect(fine).toHaveTextContent(/no penalty notices \(fixed fines\)/);
    expect(fine).toHaveTextContent(/the Education Authority can take a parent to court/);
    expect(fine).toHaveTextContent(/up to £1,000 for each child, or make an Education Supervision Order/);
    expect(fine).toHaveTextContent(/get free legal advice at once/);
    expect(fine.textContent).not.toMatch(/no fines|£80|£160|£60|£120/);
  });

  it('tells a family in Northern Ireland with no school for weeks that the Education Authority must arrange education', async () => {
    await child({ nation: 'northern-ireland', ...FIRST_FOUR, urgent: ['no-school'] });
    await show();
    const item = await screen.findByRole('region', { name: 'No school for weeks' });
    expect(item).toHaveTextContent(/The Education Authority must arrange suitable education/);
    expect(item).toHaveTextContent(/Order 1998, Article 86/);
  });

  it('shows a child with no school for weeks the duty to arrange education and the letter', async () => {
    await child({ nation: 'england', ...FIRST_FOUR, urgent: ['no-school'] });
    await show();
    const item = await screen.findByRole('region', { name: 'No school for weeks' });
    expect(item).toHaveTextContent(/section 19\). There is no minimum wait/);
    expect(within(item).getByRole('link', { name: /Ask the council for education/ })).toHaveAttribute('href', '/letters/new/health-education');
  });

  it('puts the crisis numbers in the block when someone is not safe', async () => {
    await child({ nation: 'england', ...FIRST_FOUR, urgent: ['safety'] });
    await show();
    const block = await screen.findByRole('region', { name: 'Right now' });
    expect(within(block).getByRole('heading', { name: 'Get help now' })).toBeInTheDocument();
    expect(within(block).getByRole('link', { name: /999/ })).toHaveAttribute('href', 'tel:999');
  });

  it('in Scotland shows NHS 24 on 111, open at any time, before Breathing Space, whose opening hours it shows', async () => {
    await child({ nation: 'scotland', ...FIRST_FOUR, urgent: ['safety'] });
    await show();
    const block = await screen.findByRole('region', { name: 'Right now' });
    const nhs24 = within(block).getByRole('heading', { name: 'NHS 24, call 111 (Scotland)' }).closest('li')!;
    const breathing = within(block).getByRole('heading', { name: 'Breathing Space' }).closest('li')!;
    expect(before(nhs24, breathing)).toBe(true);
    expect(nhs24).toHaveTextContent(/Open at any time, day or night/);
    expect(breathing).toHaveTextContent(/Open Monday to Thursday, 6pm to 2am, and from Friday 6pm to Monday 6am/);
    expect(block).not.toHaveTextContent(/straight away/);
  });

  it('shows no block when nothing is urgent', async () => {
    await child({ nation: 'england', ...FIRST_FOUR, urgent: ['none'] });
    await show();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Right now' })).not.toBeInTheDocument();
  });

  it('says in Welsh what cannot wait', async () => {
    await child({ nation: 'wales', ...FIRST_FOUR, urgent: ['fine-or-court'] });
    await show('cy');
    const block = await screen.findByRole('region', { name: 'Ar hyn o bryd' });
    expect(block).toHaveTextContent(/£60 os caiff ei thalu o fewn 28 diwrnod/);
  });
});

describe('first help while the questions are not finished', () => {
  it('says the help will fit better with more answers, that the family can stop, and where to carry on', async () => {
    await child({ nation: 'england', ...FIRST_FOUR, urgent: ['none'] }, { position: 'urgent' });
    await show();
    expect(await screen.findByText(/This is your first help/)).toHaveTextContent(/You can stop at any time/);
    expect(screen.getByRole('link', { name: 'Carry on with the questions' })).toHaveAttribute('href', '/questions/c1/council');
  });

  it('is not shown once the questions are finished', async () => {
    await child({ nation: 'england', ...FIRST_FOUR }, { completedAt: '2026-06-01T11:00:00.000Z', position: 'check' });
    await show();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/This is your first help/)).not.toBeInTheDocument();
  });
});

describe('cards that say what to do', () => {
  it('shows a closed card’s first step, with why it is shown below it; open, the full list replaces it', async () => {
    await child({ nation: 'england', ...FIRST_FOUR, urgent: ['fine-or-court'] });
    await show();
    const button = await screen.findByRole('button', { name: /Fines for absence/ });
    const card = button.closest('section')!;
    const step = within(card).getByText(/^First step: Ask what support was offered before any fine was considered\.$/);
    expect(before(step, within(card).getByText(/Because you told us/))).toBe(true);
  });
});
