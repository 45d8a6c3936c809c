import type { Page } from 'playwright-core';
import type { Nation } from '../../../src/domain/nations';
import { chooseOptions, goNext, questionForm } from './pages/questions';

/**
 * Page model for the questionnaire, for any feature's browser tests:
 *
 *   const { childId } = await answerQuestionnaire(page, { nation: 'wales', childName: 'Sam',
 *     answers: { barriers: ['send'], 'send-support': 'statutory-plan' } });
 *
 * It starts a new child (/questions/start), answers each question it is given (by question and
 * option ids from src/content/questions.ts), presses Continue on the rest (skipping them), and
 * stops on "check your answers" — or, with `stopAt`, on that question without answering it. The
 * first time through, the short way in opens the first page of help; it carries on from there.
 */
export interface QuestionnaireInput {
  nation: Nation;
  childName?: string;
  /** Council id (src/content/councils.ts), chosen through the search box. */
  council?: { id: string; search: string };
  /** Other answers: option id (or ids, for several-choice questions), or text. */
  answers?: Record<string, string | string[]>;
  /** Stop on this question (not answered) instead of going on to check answers. */
  stopAt?: string;
  /** Carry on from the current question instead of starting a new child. */
  continueFromHere?: boolean;
}

const POSITION = /\/questions\/([^/]+)\/([^/?#]+)/;

/** The child id and question id of the page shown now. */
export async function currentQuestion(page: Page): Promise<{ childId: string; questionId: string }> {
  await page.waitForURL(POSITION);
  const [, childId = '', questionId = ''] = POSITION.exec(new URL(page.url()).pathname) ?? [];
  return { childId, questionId };
}

export async function answerQuestionnaire(page: Page, input: QuestionnaireInput): Promise<{ childId: string }> {
  const answers: Record<string, string | string[]> = { nation: input.nation, ...input.answers };
  if (input.childName) answers['child-name'] = input.childName;
  if (!input.continueFromHere) await page.goto('/questions/start');
  for (let step = 0; step < 100; step++) {
    const { childId, questionId } = await currentQuestion(page);
    if (questionId === 'check') {
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      return { childId };
    }
    const form = questionForm(page, questionId);
    await form.waitFor();
    if (questionId === input.stopAt) return { childId };
    const value = answers[questionId];
    if (questionId === 'council' && input.council) {
      await form.locator('#council-query').fill(input.council.search);
      await form.locator(`#council-${input.council.id}`).check();
    } else if (typeof value === 'string' && (await form.locator(`#${questionId}`).count()) > 0) {
      await form.locator(`#${questionId}`).fill(value);
    } else if (value !== undefined) {
      await chooseOptions(page, questionId, Array.isArray(value) ? value : [value]);
    }
    await goNext(page, questionId);
    if (new URL(page.url()).pathname === '/support') {
      await page.getByRole('link', { name: 'Carry on with the questions' }).click();
    }
  }
  throw new Error('answerQuestionnaire: too many steps');
}
