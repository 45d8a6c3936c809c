import { describe, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { seedRecords } from './support/seed';

const NOW = '2026-03-02T10:00:00.000Z';
const LONG =
  'The corridors are too loud and everyone pushes. By the time the bell goes I have had enough, and I cannot think in the first lesson. ' +
  'On the days I get in, I spend break in the toilets. Having one teacher I can go to would help, and a quiet place at lunch, and being let out of lessons two minutes early.';

const SAM = {
  id: 'child-sam',
  displayName: 'Sam',
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: { nation: 'england', 'child-name': 'Sam', barriers: ['anxiety'], referrals: ['camhs'], 'referrals-status': 'waiting', 'child-hard': LONG },
  kept: [],
};

/** How much of the box's text is hidden (0 when every line shows). */
const hidden = (box: Locator) => box.evaluate((el) => (el as HTMLTextAreaElement).scrollHeight - (el as HTMLTextAreaElement).clientHeight);

/** The text at the start of each line of the steps list: what a person reads first on each line. */
function lineStarts(page: Page) {
  return page.locator('.steps__list').evaluate((list) => {
    const starts: string[] = [];
    let top = Number.NaN;
    for (const li of Array.from(list.children) as HTMLElement[]) {
      if (li.offsetTop !== top) {
        top = li.offsetTop;
        const before = getComputedStyle(li, '::before').content;
        starts.push(`${before === 'none' || before === 'normal' ? '' : before.replace(/"/g, '')}${li.textContent ?? ''}`.trim());
      }
    }
    return starts;
  });
}

describe('text that can be read in full', () => {
  it('grows plan and letter boxes with their text at 320 px, and reads a referral as one plain line', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    await seedRecords(page, {
      children: [SAM],
      letters: [
        {
          id: 'letter-1',
          childId: 'child-sam',
          templateId: 'support-meeting',
          createdAt: NOW,
          updatedAt: NOW,
          nation: 'england',
          senderName: '',
          senderAddress: '1 High Street\nReading\nRG1 1AA\n0118 000 0000',
          recipient: 'Ms Patel\nHead of Year 8\nGreen Lane School\nGreen Lane\nReading\nRG1 2BB',
          subject: 'A meeting',
          greeting: 'Dear Ms Patel,',
          paragraphs: [LONG],
          signOff: 'Yours sincerely,',
        },
      ],
    });
    await page.reload();
    await page.getByRole('button', { name: 'Make a plan for Sam from your answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan for Sam' }).waitFor();
    const hard = page.getByLabel('What is hard about school');
    expect(await hard.inputValue()).toBe(LONG);
    expect(await hidden(hard)).toBeLessThanOrEqual(1);
    // Typing more grows the box too.
    await hard.fill(`${LONG}\nAnd more.\nAnd more again.`);
    expect(await hidden(hard)).toBeLessThanOrEqual(1);
    expect(await page.getByLabel('Tried 1').inputValue()).toBe('Mental health services for children (CAMHS): referred, still waiting');
    await expectNoHorizontalScroll(page);

    await page.goto('/letters/letter-1');
    const paragraph = page.getByLabel(/^Paragraph 1 of 1$/);
    await paragraph.waitFor();
    expect(await hidden(paragraph)).toBeLessThanOrEqual(1);
    expect(await hidden(page.getByLabel('Who it is to'))).toBeLessThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('never starts a line of the question steps with a separator at 320 px', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/questions/start');
    await page.locator('.steps__list').waitFor();
    const starts = await lineStarts(page);
    expect(starts.length).toBeGreaterThan(1); // the steps wrap at this width
    for (const start of starts) expect(start).not.toMatch(/^·/);
  });
});
