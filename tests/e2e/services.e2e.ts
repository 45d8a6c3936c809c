import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import type { Page } from 'playwright-core';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';

async function findCouncil(page: Page, typed: string, name: string) {
  await page.getByRole('link', { name: 'Back to who can help' }).or(page.getByRole('heading', { level: 1, name: 'Who can help' })).first().waitFor();
  if (!(await page.getByRole('heading', { level: 1, name: 'Who can help' }).isVisible())) {
    await page.getByRole('link', { name: 'Back to who can help' }).click();
  }
  const box = page.getByLabel('Your council or area');
  await box.fill(typed);
  await page.getByRole('status').filter({ hasText: /found|matches/ }).waitFor();
  await page.getByRole('list', { name: 'Councils that match' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('who can help, on a phone, offline', () => {
  it('finds councils by short names, shows their guidance and local packs, and axe finds nothing', async ({ openApp }) => {
    const { page, context, foreignRequests } = await openApp({ width: 320 });
    await page.goto('/help');
    await page.getByRole('heading', { level: 1, name: 'Who can help' }).waitFor();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Who can help' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // "West Berks" -> West Berkshire, with the Local Offer, SENDIASS and its local pack.
    await findCouncil(page, 'West Berks', 'West Berkshire');
    await page.getByRole('heading', { level: 2, name: 'The Local Offer' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'SENDIASS' }).isVisible()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Local help in West Berkshire' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Early Response Hub' }).isVisible()).toBe(true);
    expect(await page.getByText('West Berkshire local offer', { exact: true }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // The choice is remembered on /help.
    await page.getByRole('link', { name: 'Back to who can help' }).click();
    await page.getByText('You chose West Berkshire.').waitFor();

    // "H&F" -> Hammersmith and Fulham, with its pack.
    await findCouncil(page, 'H&F', 'Hammersmith and Fulham');
    await page.getByRole('heading', { level: 2, name: 'Local help in Hammersmith and Fulham' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'ACE team (attendance)' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 3, name: 'Virtual School' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A Welsh council: SNAP Cymru, and nothing framed for England.
    await findCouncil(page, 'Caerdydd', 'Cardiff');
    await page.getByRole('heading', { level: 2, name: 'Free advice services in Wales' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'SNAP Cymru' }).isVisible()).toBe(true);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).not.toMatch(/IPSEA|Local Offer|SENDIASS|EHC/);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    expect(foreignRequests).toEqual([]);
  });

  it('saves a contact found on a council page and keeps it after a reload, offline', async ({ openApp }) => {
    const { page, context } = await openApp({ width: 320 });
    await page.goto('/help/councils/hammersmith-and-fulham');
    await page.getByRole('heading', { level: 1, name: 'Hammersmith and Fulham' }).waitFor();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Save Early Help to my contacts' }).click();
    await expect.poll(() => page.getByLabel('Name').inputValue()).toBe('Early Help');
    await page.getByLabel('Notes (optional)').fill('Ask for a named worker');
    await page.getByRole('button', { name: 'Save to my contacts' }).click();
    await page.getByText('Saved “Early Help” to your contacts.').waitFor();
    await page.getByRole('link', { name: 'See my contacts' }).click();
    await page.getByRole('heading', { level: 1, name: 'My contacts' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Early Help' }).waitFor();
    expect(await page.getByText('Ask for a named worker').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Add one by hand, with a mistake first; axe checks the form with its errors.
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a contact' }).waitFor();
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Enter a name/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Who are they?').selectOption('senco');
    await page.getByLabel('Name', { exact: true }).fill('Ms Patel');
    // A real school address is long, with no spaces: it wraps on a 320px phone instead of pushing the page sideways.
    await page.getByLabel('Email (optional)').fill('angharad.llewellyn-pritchard@ysgolgyfungymraegllanfihangelararth.cymru');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ms Patel' }).waitFor();
    await expectNoHorizontalScroll(page);

    // Delete with undo.
    await page.getByRole('button', { name: 'Delete Ms Patel' }).click();
    await page.getByText('Deleted Ms Patel.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ms Patel' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ms Patel' }).waitFor();
  });
});
