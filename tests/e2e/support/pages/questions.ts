import type { Page } from 'playwright-core';

/**
 * Page model for the questions, one screen at a time (the whole questionnaire, from ids, is
 * `answerQuestionnaire` in ../questionnaire.ts, which is built on these):
 *
 *   await page.goto('/questions/start');
 *   await answerShortWay(page, { nation: ['scotland'], role: ['young-person'] });
 */

/** The form of the question on screen with this id (from src/content/questions.ts). */
export const questionForm = (page: Page, questionId: string) => page.locator(`form[data-question="${questionId}"]`);

/** Ticks each of these options (option ids) of the question on screen. */
export async function chooseOptions(page: Page, questionId: string, options: readonly string[]) {
  for (const option of options) await questionForm(page, questionId).locator(`#${questionId}-${option}`).check();
}

/** Presses Continue and waits until that question has gone. */
export async function goNext(page: Page, questionId: string) {
  const form = questionForm(page, questionId);
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.waitFor({ state: 'detached' });
}

/**
 * The short way in, as a person answers it, from the question on screen: on each screen ticks the
 * options chosen for it (none: it is skipped), then Continue, until the first page of help shows.
 * Counts the screens (the help page included) and the taps it took.
 */
export async function answerShortWay(
  page: Page,
  choices: Record<string, readonly string[]> | ((questionId: string) => readonly string[] | undefined),
  { maxScreens = 40 }: { maxScreens?: number } = {},
): Promise<{ screens: number; taps: number }> {
  const choose = typeof choices === 'function' ? choices : (id: string) => choices[id];
  let screens = 0;
  let taps = 0;
  for (let step = 0; step < maxScreens; step++) {
    const anyForm = page.locator('form[data-question]');
    const help = page.getByRole('link', { name: 'Carry on with the questions' });
    await anyForm.or(help).first().waitFor();
    screens++;
    if (await help.isVisible()) return { screens, taps };
    const id = (await anyForm.getAttribute('data-question'))!;
    const options = choose(id) ?? [];
    await chooseOptions(page, id, options);
    await goNext(page, id);
    taps += options.length + 1;
  }
  throw new Error(`no first help after ${maxScreens} screens`);
}
