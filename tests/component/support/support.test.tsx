import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import SupportRoutes from '../../../src/features/support/SupportRoutes';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { ENGLAND_ANXIETY_SEND, withNation } from '../../unit/support/families';
import { freshStorage } from '../../support/storage';

async function show(route: string) {
  return renderScreen(
    <Routes>
      <Route path="support/*" element={<SupportRoutes />} />
      <Route path="*" element={<p>elsewhere</p>} />
    </Routes>,
    { route },
  );
}

async function child(id: string, answers: Answers, kept: string[] = []) {
  await getStorage().put('children', {
    id,
    displayName: typeof answers['child-name'] === 'string' ? answers['child-name'] : '',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    answers,
    kept,
  });
}

const card = async (title: string | RegExp) => {
  const button = await screen.findByRole('button', { name: title });
  return { button, section: button.closest('section')! };
};

beforeEach(async () => {
  await freshStorage();
});

describe('your support (results)', () => {
  it('explains what to do when no questions have been answered yet', async () => {
    await show('/support');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your support' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Start the questions' })).toHaveAttribute('href', '/questions/start');
    expect(screen.getByRole('link', { name: /read every right and route/ })).toHaveAttribute('href', '/support/library');
  });

  it('speaks to a young person answering for themselves: their own reasons and cards, no note that “your child” means them', async () => {
    await child('c1', { ...ENGLAND_ANXIETY_SEND, role: 'young-person' });
    await show('/support');
    const { section } = await card('Ask for an EHC needs assessment');
    expect(within(section).getByText('you think you may have a need or disability that has not been assessed')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/your child|Sam’s|it means you/i);
  });

  it('gives a young person in Scotland the guide in their own words', async () => {
    await child('c1', { ...withNation(ENGLAND_ANXIETY_SEND, 'scotland'), role: 'young-person' });
    await show('/support/guide');
    expect(await screen.findByText(/Write to the council and ask it to assess your additional support needs\./)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/your child/i);
  });

  it('gives a young person the library in their own words', async () => {
    await child('c1', { ...ENGLAND_ANXIETY_SEND, role: 'young-person' });
    await show('/support/library?nation=england');
    expect(await screen.findByRole('link', { name: 'Support for your mental and physical health' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'When you are ill' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/your child/i);
  });

  it('gives a young person a library page in their own words', async () => {
    await child('c1', { ...ENGLAND_ANXIETY_SEND, role: 'young-person' });
    await show('/support/library/health-support');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support for your mental and physical health' })).toBeInTheDocument();
    expect(screen.getByText('Ask for a named adult you can go to when things get hard.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/your child/i);
  });

  it('gives a parent in Scotland the guide about their child', async () => {
    await child('c1', { ...withNation(ENGLAND_ANXIETY_SEND, 'scotland'), role: 'parent' });
    await show('/support/guide');
    expect(await screen.findByText('Write to the council and ask it to assess your child’s additional support needs.')).toBeInTheDocument();
  });

  it('shows an English family the EHC needs assessment with why, rights, sources and a review date, grouped by theme', async () => {
    const user = userEvent.setup();
    await child('c1', ENGLAND_ANXIETY_SEND);
    await show('/support');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support for Sam' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'A legal plan for needs' })).toBeInTheDocument();
    const { button, section } = await card('Ask for an EHC needs assessment');
    const why = within(section);
    expect(why.getByText('Because you told us:')).toBeInTheDocument();
    expect(why.getByText('you think Sam may have a need or disability that has not been assessed')).toBeInTheDocument();
    expect(why.getByText(/What makes school hard: .*Special educational needs or a disability \(SEND\)/)).toBeInTheDocument();
    // Every line is real words, never a text key.
    expect(document.body.textContent).not.toMatch(/reasons\.|signposts\.|support:|questionnaire:/);
    // Closed until opened.
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(why.getByText(/You do not need a diagnosis/)).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(why.getByText(/You do not need a diagnosis/)).toBeVisible();
    expect(why.getByText('Children and Families Act 2014, s36(8). UK Parliament')).toBeVisible();
    // Each source is a public page a person can open, with the day it was checked.
    const address = why.getAllByRole('link', { name: 'legislation.gov.uk/ukpga/2014/6/section/36' })[0]!;
    expect(address).toHaveAttribute('href', 'https://www.legislation.gov.uk/ukpga/2014/6/section/36');
    expect(why.getAllByText(/^\(checked 1 December 2026\)$/).length).toBeGreaterThan(0);
    expect(why.getByText(/^Last checked: \d{1,2} \w+ 20\d\d$/)).toBeVisible();
    expect(why.getByRole('link', { name: 'Step-by-step guide: EHC needs assessments' })).toHaveAttribute(
      'href',
      '/support/guide?nation=england',
    );
    // Nothing from another nation.
    expect(screen.queryByText(/Individual Development Plan|SNAP Cymru|Enquire/)).not.toBeInTheDocument();
  });

  it('keeps an ask in the child’s plan, and takes it out again', async () => {
    const user = userEvent.setup();
    await child('c1', ENGLAND_ANXIETY_SEND);
    await show('/support');
    const { button, section } = await card('Ask for an EHC needs assessment');
    await user.click(button);
    const ask = within(section).getByRole('checkbox', { name: 'Write to the council to ask for an EHC needs assessment.' });
    await user.click(ask);
    expect(await screen.findByRole('status')).toHaveTextContent('Added to your plan.');
    await waitFor(async () => expect((await getStorage().get('children', 'c1'))?.kept).toEqual(['ehc-needs-assessment:request-letter']));
    expect(screen.getByText('You have kept 1 thing to ask for in your plan.')).toBeInTheDocument();
    await user.click(ask);
    await waitFor(async () => expect((await getStorage().get('children', 'c1'))?.kept).toEqual([]));
    expect(screen.getByRole('status')).toHaveTextContent('Taken out of your plan.');
  });

  it('shows urgent help before anything else when a child is self-harming', async () => {
    await child('c1', { ...ENGLAND_ANXIETY_SEND, barriers: ['mental-health'], 'mental-health': ['self-harm'] });
    await show('/support');
    await screen.findByRole('heading', { level: 1, name: 'Support for Sam' });
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2s.indexOf('Safety first')).toBeGreaterThan(-1);
    expect(h2s.indexOf('Safety first')).toBeLessThan(h2s.indexOf('A legal plan for needs'));
    expect(screen.getByRole('button', { name: 'Get help today to keep Sam safe' })).toHaveAttribute('aria-expanded', 'true');
    // The questionnaire's urgent help block (999) comes before every signpost.
    const urgentBlock = screen.getByRole('alert').closest('section')!;
    const firstTheme = screen.getByRole('heading', { level: 2, name: 'Safety first' });
    expect(urgentBlock.compareDocumentPosition(firstTheme) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(urgentBlock).getAllByText(/999/).length).toBeGreaterThan(0);
  });

  it('shows a Welsh family additional learning needs and SNAP Cymru, and never an EHC plan', async () => {
    await child('c1', withNation(ENGLAND_ANXIETY_SEND, 'wales'));
    await show('/support');
    await screen.findByRole('heading', { level: 1, name: 'Support for Sam' });
    expect(screen.getByRole('button', { name: 'Additional learning needs (ALN) and an IDP' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Free, independent advice in Wales: SNAP Cymru' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/EHC|SENDIASS|Local Offer/);
  });

  it('lets the family switch between children', async () => {
    const user = userEvent.setup();
    await child('c1', ENGLAND_ANXIETY_SEND);
    await child('c2', { nation: 'scotland', 'child-name': 'Robin', barriers: ['bullying'] });
    await show('/support');
    await user.selectOptions(await screen.findByLabelText('Whose support to show'), 'c2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support for Robin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bullying: asking the school to act' })).toBeInTheDocument();
  });
});

describe('the guide', () => {
  it('shows the England clock of 6, 16 and 20 weeks, and switches to the Welsh route', async () => {
    const user = userEvent.setup();
    await show('/support/guide');
    expect(await screen.findByRole('heading', { level: 1, name: 'Guide: EHC needs assessments' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'You do not need a diagnosis' })).toBeInTheDocument();
    for (const w of ['Week 6', 'Week 16', 'Week 20']) expect(screen.getByText(w)).toBeInTheDocument();
    expect(screen.getByText(/at least 15 days to comment/)).toBeInTheDocument();
    expect(screen.getByText(/Appeal within 2 months of the decision letter, or 1 month from the certificate/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Which nation'), 'wales');
    expect(await screen.findByRole('heading', { level: 1, name: 'Guide: Additional learning needs (ALN) in Wales' })).toBeInTheDocument();
    expect(screen.getByText(/Education Tribunal for Wales/)).toBeInTheDocument();
    expect(screen.queryByText('Week 20')).not.toBeInTheDocument();
  });

  it('opens on the active child’s nation', async () => {
    await child('c1', withNation(ENGLAND_ANXIETY_SEND, 'northern-ireland'));
    await show('/support/guide');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Guide: Statements of special educational needs in Northern Ireland' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/SENDIST/)).toBeInTheDocument();
  });
});

describe('the library', () => {
  it('finds rights as you type, and filters by nation', async () => {
    const user = userEvent.setup();
    await show('/support/library');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rights and routes' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search'), 'penalty');
    expect(screen.getByRole('link', { name: 'Fines for absence: the facts' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Bullying/ })).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'tribunal');
    await user.selectOptions(screen.getByLabelText('Which nation'), 'scotland');
    expect(screen.getByRole('link', { name: 'If you disagree with a decision about additional support' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Changes the school must make for a disability' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ask for an EHC needs assessment' })).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches “zzzz”');
  });

  it('shows one right in full with its sources, and warns when it is another nation’s law', async () => {
    await child('c1', withNation(ENGLAND_ANXIETY_SEND, 'wales'));
    await show('/support/library/penalty-notices-england');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fines for absence: the facts' })).toBeInTheDocument();
    expect(screen.getByText(/£80 if paid within 21 days/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Where this comes from' })).toBeInTheDocument();
    expect(await screen.findByText(/This applies in England. The law is different where you live/)).toBeInTheDocument();
  });
});
