import type { Page } from 'playwright-core';

/**
 * Page model for a volunteer's session and the hand-over to the family's phone:
 *
 *   await startSession(page);
 *   const codes = await photographHandoverCodes(page);
 *   await receiveCodes(phone, codes);
 *   await endSession(page);
 */

/** "I’m helping a family": starts a session (with a PIN if given) and waits for the session's page. */
export async function startSession(page: Page, { pin = '' }: { pin?: string } = {}) {
  await page.goto('/session');
  await page.getByRole('heading', { level: 1, name: 'I’m helping a family' }).waitFor();
  if (pin) await page.getByLabel('A short PIN for this session (optional)').fill(pin);
  await page.getByRole('button', { name: 'Start the session' }).click();
  // Exactly: the start page's "I’m helping a family" also contains these words.
  await page.getByRole('heading', { level: 1, name: 'Helping a family', exact: true }).waitFor();
}

/** Ends the session, saying yes to deleting everything from it, and waits until it has ended. */
export async function endSession(page: Page) {
  await page.goto('/session/end');
  await page.getByRole('button', { name: 'End the session and delete everything from it' }).click();
  await page.getByRole('button', { name: 'Yes, end and delete' }).click();
  await page.getByRole('heading', { level: 1, name: 'The session has ended' }).waitFor();
}

/** Photographs each QR code shown on the page in turn (a screenshot), as another phone would. */
export async function photographCodes(page: Page, testId: string): Promise<Buffer[]> {
  const heading = page.getByRole('heading', { level: 3, name: /^Code 1 of \d+$/ });
  await heading.waitFor();
  const count = Number(/of (\d+)/.exec(await heading.innerText())![1]);
  const shots: Buffer[] = [];
  for (let i = 1; i <= count; i++) {
    await page.getByRole('heading', { level: 3, name: `Code ${i} of ${count}` }).waitFor();
    shots.push(await page.getByTestId(testId).screenshot());
    if (i < count) await page.getByRole('button', { name: 'Next code' }).click();
  }
  return shots;
}

/** Shows the hand-over codes and photographs each one in turn, as the family's phone would. */
export async function photographHandoverCodes(page: Page): Promise<Buffer[]> {
  await page.goto('/session/handover');
  await page.getByRole('button', { name: 'Show the codes' }).click();
  return photographCodes(page, 'handover-code');
}

/** The family's phone: opens "Get answers from a volunteer’s device". */
export async function openReceive(page: Page) {
  await page.goto('/session/receive');
  await page.getByRole('heading', { level: 1, name: 'Get answers from a volunteer’s device' }).waitFor();
}

/** The family's phone: chooses these photos or screenshots of the codes (in the order given). */
export async function receiveCodes(page: Page, pictures: Buffer[]) {
  await openReceive(page);
  await page
    .getByLabel('Choose photos or screenshots of the codes')
    .setInputFiles(pictures.map((buffer, i) => ({ name: `code-${i}.png`, mimeType: 'image/png', buffer })));
}
