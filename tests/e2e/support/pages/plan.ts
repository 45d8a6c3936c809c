import type { Page } from 'playwright-core';
import { dumpDatabase } from '../robust';

/**
 * Page model for "My plan":
 *
 *   await page.goto('/plan');
 *   await makePlanFromAnswers(page, 'Sam');
 *   await addPersonFromContacts(page, 'Dr Jones');
 */

/** On "My plan" (already open): makes the child's plan from their answers and waits for it to open. */
export async function makePlanFromAnswers(page: Page, childName: string) {
  await page.getByRole('button', { name: `Make a plan for ${childName} from your answers` }).click();
  await page.getByRole('heading', { level: 1, name: `Plan for ${childName}` }).waitFor();
}

/** In a plan: adds a row to "people involved" for someone saved in the contacts, picked by name. */
export async function addPersonFromContacts(page: Page, name: string) {
  const picker = page.getByLabel('Add someone from your contacts');
  const option = await picker.locator('option', { hasText: name }).getAttribute('value');
  await picker.selectOption(option!);
  await page.getByRole('button', { name: 'Add this person' }).click();
}

/** The plans as the app stored them (read straight from IndexedDB, as another tab would). */
export async function storedPlans(page: Page): Promise<unknown[]> {
  return (await dumpDatabase(page)).plans ?? [];
}
