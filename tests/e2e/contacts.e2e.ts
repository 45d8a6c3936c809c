import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { addPersonFromContacts, makePlanFromAnswers } from './support/pages/plan';
import { seedRecords } from './support/seed';

describe('my contacts across the app', () => {
  it('a SENCo saved once appears in the plan and addresses a letter', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedRecords(page, {
      children: [
        {
          id: 'c1',
          displayName: 'Sam',
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
          completedAt: '2026-11-01T10:00:00.000Z',
          answers: { nation: 'england', 'child-name': 'Sam', barriers: ['send', 'anxiety'], 'send-needs': ['autism'], 'send-diagnosis': 'suspected' },
          kept: [],
        },
      ],
      settings: [{ id: 'activeChildId', value: 'c1' }],
    });

    // Save the SENCo once.
    await page.goto('/help/contacts/new?role=senco&childId=c1');
    await page.getByLabel('Name', { exact: true }).fill('Ms Patel');
    await page.getByLabel('Where they work (optional)').fill('Oakfield School');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Ms Patel').first().waitFor();

    // The plan starts with them among the people involved.
    await page.goto('/plan');
    await makePlanFromAnswers(page, 'Sam');
    const names = () => page.getByLabel('Name', { exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await expect.poll(names).toContain('Ms Patel');

    // Someone saved later can be picked from contacts.
    await page.goto('/help/contacts/new?role=gp');
    await page.getByLabel('Name', { exact: true }).fill('Dr Jones');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Saved Dr Jones.').waitFor();
    await page.goto('/plan/c1');
    await addPersonFromContacts(page, 'Dr Jones');
    await expect.poll(names).toEqual(expect.arrayContaining(['Ms Patel', 'Dr Jones']));

    // A letter to the school is addressed to them.
    await page.goto('/letters/new/reasonable-adjustments');
    await expect.poll(() => page.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join('\n'))).toMatch(/Ms Patel[\s\S]*Oakfield School|Oakfield School[\s\S]*Ms Patel/);
  });
});
