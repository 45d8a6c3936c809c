import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import QuestionnaireRoutes from '../../../src/features/questionnaire/QuestionnaireRoutes';
import type { Answers, ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search}</p>;
}

const where = () => screen.getByTestId('where').textContent;

async function show(route: string) {
  return renderScreen(
    <>
      <Routes>
        <Route path="questions/*" element={<QuestionnaireRoutes />} />
        <Route path="*" element={null} />
      </Routes>
      <Where />
    </>,
    { route },
  );
}

async function child(id: string, answers: Answers, extra: Partial<ChildRecord> = {}) {
  const name = answers['child-name'];
  await getStorage().put('children', {
    id,
    displayName: typeof name === 'string' ? name : '',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    answers,
    kept: [],
    ...extra,
  });
}

const stored = async (id: string) => (await getStorage().get('children', id))!;

beforeEach(async () => {
  await freshStorage();
});

describe('a question page', () => {
  it('asks where the family lives first, and says so when it is missing', async () => {
    const user = userEvent.setup();
    await child('c1', {});
    await show('/questions/c1/nation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Where do you live?' })).toBeInTheDocument();
    expect(screen.getByText('Part 1 of 7: About you')).toBeInTheDocument();
    expect(screen.queryByLabelText('I’m not sure')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Where do you live?' });
    expect(group).toHaveAccessibleDescription(/Choose where you live/);
    expect(where()).toBe('/questions/c1/nation');

    await user.click(screen.getByLabelText('Wales'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is filling this in?' })).toBeInTheDocument();
    expect(where()).toBe('/questions/c1/role');
    expect((await stored('c1')).answers['nation']).toBe('wales');
  });

  it('lets the family skip any other question, or say they are not sure', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england' });
    await show('/questions/c1/role');
    await screen.findByRole('heading', { name: 'Who is filling this in?' });
    await user.click(screen.getByLabelText('I’m not sure'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What is making school hard for your child?' })).toBeInTheDocument();
    expect((await stored('c1')).answers['role']).toBe('not-sure');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Is anything urgent right now?' })).toBeInTheDocument();
  });

  it('goes from what is urgent straight to first help the first time through, and says the family can stop at any time', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', role: 'parent', barriers: ['anxiety'] });
    await show('/questions/c1/urgent');
    await screen.findByRole('heading', { level: 1, name: 'Is anything urgent right now?' });
    expect(screen.getByText(/You can stop at any time/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your help so far' })).toHaveAttribute('href', '/support');
    await user.click(screen.getByLabelText('A letter warning about a fine or court'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(where()).toBe('/support'));
    expect((await stored('c1')).answers['urgent']).toEqual(['fine-or-court']);
  });

  it('goes on to the next question from what is urgent once the questions have been finished before', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', barriers: ['anxiety'] }, { completedAt: '2026-06-01T11:00:00.000Z' });
    await show('/questions/c1/urgent');
    await screen.findByRole('heading', { level: 1, name: 'Is anything urgent right now?' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Which council/ })).toBeInTheDocument();
  });

  it('shows the same parts from the first question to the last, the current one marked, never a growing count', async () => {
    await child('c1', { nation: 'england', barriers: ['anxiety', 'send', 'bullying'] });
    await show('/questions/c1/send-needs');
    await screen.findByRole('heading', { level: 1 });
    const steps = screen.getByRole('list', { name: 'Your progress' });
    const items = within(steps).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'About you (done)',
      'What is hard (done)',
      'School (done)',
      'More detail',
      'What has been tried',
      'In your own words',
      'Check',
    ]);
    expect(within(steps).getByText('More detail')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Part 4 of 7: More detail')).toBeInTheDocument();
    expect(screen.queryByText(/of about/)).not.toBeInTheDocument();
  });

  it('goes back to the previous question, and from the first to the list of children', async () => {
    await child('c1', { nation: 'england' });
    await show('/questions/c1/role');
    await screen.findByRole('heading', { name: 'Who is filling this in?' });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions/c1/nation');
  });

  it('goes from the first question back to the list of children', async () => {
    await child('c1', {});
    await show('/questions/c1/nation');
    await screen.findByRole('heading', { name: 'Where do you live?' });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions');
  });

  it('uses the child’s name in questions, and speaks to a young person filling it in themselves', async () => {
    await child('c1', { nation: 'england', 'child-name': 'Sam' });
    await show('/questions/c1/missed');
    expect(await screen.findByRole('heading', { level: 1, name: 'How much school has Sam missed lately?' })).toBeInTheDocument();
  });

  it('speaks to the young person when they fill it in', async () => {
    await child('c2', { nation: 'england', role: 'young-person' });
    await show('/questions/c2/missed');
    expect(await screen.findByRole('heading', { level: 1, name: 'How much school have you missed lately?' })).toBeInTheDocument();
  });

  it('speaks to the young person in the choices and hints too, not about "them"', async () => {
    await child('c3', { nation: 'england', role: 'young-person', barriers: ['family'] });
    await show('/questions/c3/family');
    await screen.findByRole('heading', { level: 1, name: 'What is happening at home or in the family?' });
    expect(screen.getByLabelText('Someone is hurting you, or you do not feel safe')).toBeInTheDocument();
    expect(screen.getByLabelText('You help look after someone at home')).toBeInTheDocument();
    expect(screen.queryByText(/hurting them/)).not.toBeInTheDocument();
  });

  it('tells a young person which part they are in, with hints that speak to them', async () => {
    await child('c3', { nation: 'england', role: 'young-person' });
    await show('/questions/c3/school-type');
    await screen.findByRole('heading', { level: 1, name: 'What kind of school or setting do you go to?' });
    expect(screen.getByText('Part 3 of 7: School')).toBeInTheDocument();
    expect(screen.getByLabelText('Home educated')).toHaveAccessibleDescription('Your family teaches you at home');
    expect(screen.getByLabelText('Not on any school’s roll at the moment')).toHaveAccessibleDescription(
      'No school has you registered as a pupil',
    );
  });

  it('saves the position so the person can carry on there later', async () => {
    await child('c1', { nation: 'england' });
    await show('/questions/c1/age-stage');
    await screen.findByRole('heading', { name: /What stage of education/ });
    await waitFor(async () => expect((await stored('c1')).position).toBe('age-stage'));
    expect((await getStorage().get('families', getStorage().familyId()!))?.activeChildId).toBe('c1');
  });

  it('saves typed text as it is typed, without pressing Continue', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'scotland', 'child-name': 'Ailsa' });
    await show('/questions/c1/child-hard');
    await screen.findByRole('heading', { name: 'What does Ailsa say makes school hard?' });
    await user.type(screen.getByRole('textbox', { name: 'What does Ailsa say makes school hard?' }), 'The noise at lunch');
    await waitFor(async () => expect((await stored('c1')).answers['child-hard']).toBe('The noise at lunch'), {
      timeout: 2000,
    });
  });

  it('starts saving typed text the moment the page is closed, before the page goes', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', 'child-name': 'Sam' });
    await show('/questions/c1/what-helped');
    await user.type(await screen.findByRole('textbox', { name: 'What has helped, even a little?' }), 'A quiet room');
    const update = vi.spyOn(getStorage(), 'update');
    window.dispatchEvent(new Event('pagehide'));
    // A closing page runs only what is already queued: the write (one step that reads and writes
    // together) must start without waiting for a read of its own first.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(update).toHaveBeenCalledWith('children', 'c1', expect.any(Function));
    update.mockRestore();
    await waitFor(async () => expect((await stored('c1')).answers['what-helped']).toBe('A quiet room'));
    expect((await stored('c1')).displayName).toBe('Sam');
  });

  it('clears other choices when "none" or "not sure" is chosen', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england' });
    await show('/questions/c1/exclusions');
    await screen.findByRole('heading', { name: /sent out or sent home/ });
    await user.click(screen.getByLabelText('A suspension'));
    await user.click(screen.getByLabelText('Kept out of lessons in isolation or a separate room'));
    await user.click(screen.getByLabelText('None of these'));
    expect(screen.getByLabelText('A suspension')).not.toBeChecked();
    expect(screen.getByLabelText('None of these')).toBeChecked();
    await user.click(screen.getByLabelText('I’m not sure'));
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    await waitFor(async () => expect((await stored('c1')).answers['exclusions']).toEqual(['not-sure']));
  });

  it.each([
    ['england', 'An EHC plan', 'SEN support'],
    ['wales', 'An Individual Development Plan (IDP)', 'Some extra help at school'],
    ['scotland', 'A Coordinated Support Plan (CSP)', 'Some additional support at school'],
    ['northern-ireland', 'A statement of special educational needs', 'Special educational provision from the school'],
  ])('names support the way %s does', async (nation, plan, support) => {
    await child('c1', { nation, barriers: ['send'] });
    await show('/questions/c1/send-support');
    await screen.findByRole('heading', { name: /What support does your child have/ });
    expect(screen.getByLabelText(plan)).toBeInTheDocument();
    expect(screen.getByLabelText(support)).toBeInTheDocument();
    for (const other of ['An EHC plan', 'An Individual Development Plan (IDP)', 'A Coordinated Support Plan (CSP)'].filter(
      (p) => p !== plan,
    ))
      expect(screen.queryByLabelText(other)).not.toBeInTheDocument();
  });

  it('asks follow-ups only for the barriers chosen', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', barriers: ['bullying'], 'school-type': 'mainstream' });
    await show('/questions/c1/exclusions');
    await screen.findByRole('heading', { level: 1, name: /sent home/i });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What kind of bullying is it?' })).toBeInTheDocument();
  });

  it('shows urgent help at once when self-harm is chosen', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'wales', barriers: ['mental-health'] });
    await show('/questions/c1/mental-health');
    await screen.findByRole('heading', { level: 1, name: /mental health/ });
    expect(screen.queryByRole('heading', { name: 'Get help now' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Self-harm'));
    const panel = (await screen.findByRole('heading', { name: 'Get help now' })).closest('section')!;
    expect(within(panel).getByRole('alert')).toHaveTextContent('You do not have to deal with this alone');
    expect(within(panel).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(within(panel).getByRole('link', { name: /^Call \u2066?116 123\u2069?$/ })).toHaveAttribute('href', 'tel:116123');
    // Wales's own crisis lines: NHS 111 press 2, and Samaritans in Welsh. Nothing from Scotland or NI.
    expect(within(panel).getByRole('heading', { name: 'NHS 111, press 2 (Wales)' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
    expect(within(panel).getByRole('link', { name: /^Call \u2066?0808 164 0123\u2069?$/ })).toHaveAttribute('href', 'tel:08081640123');
    expect(within(panel).queryByText(/Breathing Space|Lifeline|NHS 24/)).not.toBeInTheDocument();
    expect(within(panel).queryByText('NHS 111, mental health option')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Self-harm'));
    expect(screen.queryByRole('heading', { name: 'Get help now' })).not.toBeInTheDocument();
  });

  it('shows the NSPCC helpline on later questions when someone is hurting the child', async () => {
    await child('c1', { nation: 'england', barriers: ['family'], family: ['someone-hurting-them'] });
    // A question that is not asked (no change of school chosen) moves on to the next one asked.
    await show('/questions/c1/transition');
    expect(await screen.findByRole('heading', { level: 1, name: 'What has been tried so far?' })).toBeInTheDocument();
    expect(where()).toBe('/questions/c1/tried');
    const panel = (await screen.findByRole('heading', { name: 'Get help now' })).closest('section')!;
    expect(within(panel).getByRole('link', { name: /^Call \u2066?0808 800 5000\u2069?$/ })).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: /^Call \u2066?116 123\u2069?$/ })).not.toBeInTheDocument();
  });

  it('folds the numbers away on questions further on, one click from view, and does not announce them again', async () => {
    await child('c1', { nation: 'england', barriers: ['family'], family: ['someone-hurting-them'], tried: ['gp'] });
    await show('/questions/c1/referrals');
    const panel = (await screen.findByRole('heading', { name: 'Get help now' })).closest('section')!;
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(within(panel).getByText('Show the phone numbers'));
    expect(within(panel).getByRole('link', { name: /^Call \u2066?0808 800 5000\u2069?$/ })).toBeVisible();
  });

  it('shows urgent help in full on the question right after the worrying answer', async () => {
    await child('c1', { nation: 'england', barriers: ['mental-health'], 'mental-health': ['self-harm'] });
    await show('/questions/c1/tried');
    const panel = (await screen.findByRole('heading', { name: 'Get help now' })).closest('section')!;
    // 'tried' follows 'mental-health' when no other barrier is chosen.
    expect(within(panel).getByRole('alert')).toBeInTheDocument();
    expect(within(panel).queryByText('Show the phone numbers')).not.toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /^Call \u2066?116 123\u2069?$/ })).toBeInTheDocument();
  });

  it('says when the answers cannot be found', async () => {
    await show('/questions/nobody/nation');
    expect(await screen.findByRole('heading', { level: 1, name: 'We cannot find those answers' })).toBeInTheDocument();
  });
});

describe('the council question', () => {
  it('finds councils in the family’s nation as they type, announces how many, and saves the choice', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'wales' });
    await show('/questions/c1/council');
    const box = await screen.findByRole('searchbox', { name: 'Council name' });
    await user.type(box, 'West Berks');
    // West Berkshire is in England: say so, and offer to change where they live.
    expect(await screen.findByRole('status')).toHaveTextContent(
      'No council in Wales matches that. West Berkshire is in England: if that is where you live, change your answer to where you live.',
    );
    expect(screen.getByRole('link', { name: 'Change where you live' })).toHaveAttribute('href', '/questions/c1/nation');
    await user.clear(box);
    await user.type(box, 'Nowhereshire');
    expect(screen.getByRole('status')).toHaveTextContent('No council matches that. Check the spelling, or try the name of a big town near you.');
    expect(screen.queryByRole('link', { name: 'Change where you live' })).not.toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'Cardiff');
    expect(screen.getByRole('status')).toHaveTextContent('1 council found');
    await user.click(screen.getByRole('radio', { name: 'Cardiff' }));
    await waitFor(async () => expect((await stored('c1')).answers['council']).toBe('cardiff'));
    expect((await getStorage().get('families', getStorage().familyId()!))?.councilId).toBe('cardiff');
  });

  it('can be skipped', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england' });
    await show('/questions/c1/council');
    await screen.findByRole('searchbox', { name: 'Council name' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What is your child’s first name?' })).toBeInTheDocument();
    expect((await stored('c1')).answers['council']).toBeUndefined();
  });
});

describe('check your answers', () => {
  it('for a young person, names the sections and their own words as theirs', async () => {
    await child('c1', { nation: 'wales', role: 'young-person', 'school-type': 'home-educating', 'child-hard': 'Noise' });
    await show('/questions/c1/check');
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.getByRole('heading', { level: 2, name: 'About you' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((d) => d.textContent)).toContain('In your words: what is hard');
    expect(screen.getByRole('link', { name: 'Change In your words: what you would change' })).toBeInTheDocument();
    expect(screen.queryByText(/In their words|your child/)).not.toBeInTheDocument();
  });

  it('lists each answer with a Change link that comes back to check answers', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', 'child-name': 'Sam', barriers: ['anxiety'], 'anxiety-signs': ['sleep'] });
    await show('/questions/c1/check');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Trouble sleeping')).toBeInTheDocument();
    expect(screen.getAllByText('Not answered').length).toBeGreaterThan(5);
    await waitFor(async () => expect((await stored('c1')).completedAt).toBeTruthy());

    await user.click(screen.getByRole('link', { name: 'Change Child’s name' }));
    const name = await screen.findByRole('textbox', { name: 'What is your child’s first name?' });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions/c1/check');
    await user.clear(name);
    await user.type(name, 'Sammy');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Sammy')).toBeInTheDocument();
    expect((await stored('c1')).displayName).toBe('Sammy');
  });

  it('asks the new follow-ups when a change opens them, then comes back', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', barriers: ['anxiety'] });
    await show('/questions/c1/check');
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('link', { name: 'Change What makes school hard' }));
    await user.click(await screen.findByLabelText('Bullying'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What kind of bullying is it?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Has the bullying been reported to the school?' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What did the school do?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });
});

describe('children', () => {
  it('lists each child apart, and starts again or deletes only after confirming', async () => {
    const user = userEvent.setup();
    await child('a', { nation: 'england', 'child-name': 'Ada', barriers: ['anxiety'] }, { kept: ['x:y'] });
    await child('b', { nation: 'wales', 'child-name': 'Ben' }, { createdAt: '2026-06-02T10:00:00.000Z' });
    await show('/questions');
    expect(await screen.findByRole('heading', { level: 2, name: 'Ada' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ben' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again for Ada' }));
    // Focus moves to the question that replaced the button, and back to the button on "no".
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Start again for Ada?' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'No, go back' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start again for Ada' })).toHaveFocus());
    expect((await stored('a')).answers['barriers']).toEqual(['anxiety']);
    await user.click(screen.getByRole('button', { name: 'Start again for Ada' }));
    await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
    expect(await screen.findByText('The answers for Ada were cleared.')).toBeInTheDocument();
    const ada = await stored('a');
    expect(ada.answers).toEqual({});
    expect(ada.kept).toEqual(['x:y']);
    expect((await stored('b')).answers['nation']).toBe('wales');

    await user.click(screen.getByRole('button', { name: 'Delete answers for Ben' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Delete the answers for Ben?' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('The answers for Ben were deleted.')).toBeInTheDocument();
    expect(await getStorage().get('children', 'b')).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Ben' })).not.toBeInTheDocument());
  });

  it('starts a new child and makes it the active one', async () => {
    await show('/questions/start');
    expect(await screen.findByRole('heading', { level: 1, name: 'Where do you live?' })).toBeInTheDocument();
    const [created] = await getStorage().list('children');
    expect(where()).toBe(`/questions/${created!.id}/nation`);
    expect((await getStorage().get('families', getStorage().familyId()!))?.activeChildId).toBe(created!.id);
  });

  it('carries on at the active child’s saved question', async () => {
    await child('a', { nation: 'england' }, { position: 'missed' });
    await child('b', { nation: 'scotland', 'child-name': 'Bea' }, { position: 'school-type' });
    await getStorage().updateFamily({ activeChildId: 'b' });
    await show('/questions/resume');
    expect(await screen.findByRole('heading', { level: 1, name: 'What kind of school or setting does Bea go to?' })).toBeInTheDocument();
    expect(where()).toBe('/questions/b/school-type');
  });
});

describe('a full device (fault 5)', () => {
  it('keeps a typed answer on screen and stays on the question when saving it fails', async () => {
    const user = userEvent.setup();
    await child('c1', { nation: 'england', role: 'parent' });
    await show('/questions/c1/what-helped');
    const box = await screen.findByRole('textbox');
    const storage = getStorage();
    const update = storage.update.bind(storage);
    const quota = vi.spyOn(storage, 'update').mockImplementation(async (store, id, change) => {
      if (store === 'children') throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      return update(store, id, change as never) as never;
    });
    await user.type(box, 'A quiet room at lunch');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not save your answer on this device. What you typed is still here.');
    expect(where()).toBe('/questions/c1/what-helped');
    expect(screen.getByRole('textbox')).toHaveValue('A quiet room at lunch');
    // Space freed: the same button saves it and moves on.
    quota.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(where()).not.toBe('/questions/c1/what-helped'));
    expect((await stored('c1')).answers['what-helped']).toBe('A quiet room at lunch');
  });
});
