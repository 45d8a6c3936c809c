import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { answerQuestionnaire, currentQuestion } from './support/questionnaire';

const PLAN_NAMES = {
  england: 'An EHC plan',
  wales: 'An Individual Development Plan (IDP)',
  scotland: 'A Coordinated Support Plan (CSP)',
  'northern-ireland': 'A statement of special educational needs',
} as const;

describe('the questionnaire on a phone', () => {
  it('can be completed for every nation, with the plan named as that nation names it', async ({ openApp }) => {
    const { page } = await openApp();
    for (const nation of Object.keys(PLAN_NAMES) as (keyof typeof PLAN_NAMES)[]) {
      await answerQuestionnaire(page, {
        nation,
        childName: 'Robin',
        answers: { barriers: ['send'], 'send-support': 'statutory-plan' },
      });
      const main = page.getByRole('main');
      expect(await main.textContent()).toContain(PLAN_NAMES[nation]);
      for (const other of Object.values(PLAN_NAMES).filter((p) => p !== PLAN_NAMES[nation]))
        expect(await main.textContent()).not.toContain(other);
    }
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('resumes at the same question after the page is closed, even offline', async ({ openApp }) => {
    const { page, context } = await openApp();
    await page.goto('/');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await answerQuestionnaire(page, {
      nation: 'scotland',
      childName: 'Ailsa',
      answers: { 'age-stage': 'secondary' },
      stopAt: 'missed',
      continueFromHere: true,
    });
    await page.getByRole('heading', { level: 1, name: 'How much school has Ailsa missed lately?' }).waitFor();
    expect(await page.getByText('Part 3 of 7: School').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.close();

    const again = await context.newPage();
    await again.goto('/');
    await again.getByRole('link', { name: 'Carry on' }).click();
    await again.getByRole('heading', { level: 1, name: 'How much school has Ailsa missed lately?' }).waitFor();
    expect((await currentQuestion(again)).questionId).toBe('missed');
    // The earlier answer is still there when going back.
    await again.getByRole('link', { name: 'Back' }).click();
    await again.getByRole('heading', { level: 1, name: /What kind of school/ }).waitFor();
    await again.getByRole('link', { name: 'Back' }).click();
    expect(await again.getByLabel('Secondary school').isChecked()).toBe(true);
    // Still offline: answering and moving on works.
    await again.getByRole('button', { name: 'Continue' }).click();
    await again.getByRole('heading', { level: 1, name: /What kind of school/ }).waitFor();
  });

  it('keeps words typed just before the page is reloaded or the tab is closed', async ({ openApp }) => {
    const { page, context } = await openApp();
    const { childId } = await answerQuestionnaire(page, { nation: 'england', stopAt: 'role' });
    await page.goto(`/questions/${childId}/what-helped`);
    const box = page.getByRole('textbox', { name: 'What has helped, even a little?' });
    // Reloaded straight after typing, before the save that waits for typing to stop.
    await box.fill('A quiet room at lunch');
    await page.reload();
    expect(await box.inputValue()).toBe('A quiet room at lunch');
    await box.fill('A later start on Mondays');
    await page.close();
    const again = await context.newPage();
    await again.goto(`/questions/${childId}/what-helped`);
    expect(await again.getByRole('textbox', { name: 'What has helped, even a little?' }).inputValue()).toBe(
      'A later start on Mondays',
    );
  });

  it('changes an answer from check answers, asks only the new follow-ups, and shows urgent help first', async ({ openApp }) => {
    const { page } = await openApp();
    await answerQuestionnaire(page, { nation: 'england', childName: 'Jo', answers: { barriers: ['anxiety'] } });
    await page.getByRole('link', { name: 'Change What makes school hard' }).click();
    await page.getByLabel('Mental health').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'What about Jo’s mental health worries you?' }).waitFor();
    await page.getByLabel('Self-harm').check();
    // Urgent help appears at once, before the rest of the question.
    await page.getByRole('heading', { level: 2, name: 'Get help now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByRole('link', { name: /^Call \u2066?116 123\u2069?$/ }).getAttribute('href')).toBe('tel:116123');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    // Back on check answers (the anxiety follow-up was already asked), urgent help at the top.
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Get help now' }).waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Self-harm');
    expect(main.indexOf('Get help now')).toBeLessThan(main.indexOf('About you'));
  });

  it('keeps two children apart, and deletes one only after confirming', async ({ openApp }) => {
    const { page } = await openApp();
    const { childId: ada } = await answerQuestionnaire(page, { nation: 'wales', childName: 'Ada', answers: { barriers: ['bullying'] } });
    await answerQuestionnaire(page, { nation: 'northern-ireland', childName: 'Ben', answers: { barriers: ['family'] } });
    await page.goto('/questions');
    await page.getByRole('heading', { level: 2, name: 'Ada' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ben' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    await page.getByRole('link', { name: 'Check answers for Ada' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/questions/${ada}/check`);
    const adas = (await page.getByRole('main').textContent()) ?? '';
    expect(adas).toContain('Wales');
    expect(adas).toContain('Bullying');
    expect(adas).not.toContain('Northern Ireland');
    expect(adas).not.toContain('Ben');

    await page.goto('/questions');
    await page.getByRole('button', { name: 'Delete answers for Ben' }).click();
    await page.getByRole('button', { name: 'No, go back' }).click();
    await page.getByRole('button', { name: 'Delete answers for Ben' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('The answers for Ben were deleted.').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Ben' }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: 'Ada' }).isVisible()).toBe(true);
  });
});
