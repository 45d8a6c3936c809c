import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { it } from './support/fixture';
import { endSession, photographCodes, startSession } from './support/pages/session';

const COUNCIL = '/help/councils/kirklees';

async function addService(page: Page, service: { name: string; helps: string; phone?: string; website?: string }, packName?: string) {
  await page.goto(COUNCIL);
  await page.getByRole('link', { name: 'Add a local service you have checked' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a local service you have checked' }).waitFor();
  if (packName) await page.getByLabel('Name of the new local pack').fill(packName);
  await page.getByLabel('Name of the service').fill(service.name);
  await page.getByLabel('What it helps with').fill(service.helps);
  if (service.phone) await page.getByLabel('Phone (optional)').fill(service.phone);
  if (service.website) await page.getByLabel('Web address (optional)').fill(service.website);
  await page.getByLabel('Who checked it').fill('Sam, Kirklees parent forum');
  await page.getByLabel('How someone can check it again').fill('Ring the number on its own website.');
  await page.getByRole('button', { name: 'Save the service' }).click();
  await page.getByRole('heading', { level: 3, name: service.name }).waitFor();
}

/** The names of the local services on the council's page, each with its "added on this device" line. */
async function localServices(page: Page) {
  await page.goto(COUNCIL);
  await page.getByRole('heading', { level: 2, name: 'Local services added on this device' }).waitFor();
  const cards = page.getByTestId('local-service');
  await cards.first().waitFor();
  return cards.evaluateAll((els) =>
    els.map((el) => ({ name: el.querySelector('h3')!.textContent, added: el.querySelector('.local-service__added')!.textContent })),
  );
}

async function packCodes(page: Page): Promise<Buffer[]> {
  await page.goto('/help/packs');
  await page.getByRole('button', { name: 'Show “Kirklees parent forum” as QR codes' }).click();
  return photographCodes(page, 'pack-code');
}

describe('local packs', () => {
  it('are added on one device, shared by QR codes and by file, updated, and outlast a session', async ({ openApp }) => {
    const { page, foreignRequests, consoleErrors } = await openApp({ width: 320, height: 720 });
    // A volunteer's session is running while the services are added.
    await startSession(page);

    await addService(page, { name: 'Kirklees Family Hub', helps: 'Help for families with getting to school', phone: '01484 000000' }, 'Kirklees parent forum');
    await addService(page, { name: 'Huddersfield Parents Group', helps: 'A weekly meeting for parents', website: 'https://example.org/parents' });
    await addService(page, { name: 'Dewsbury Drop-in', helps: 'A drop-in for worried parents' });
    const sent = await localServices(page);
    expect(sent.map((s) => s.name)).toEqual(['Kirklees Family Hub', 'Huddersfield Parents Group', 'Dewsbury Drop-in']);
    expect(sent[0]!.added).toMatch(/^Added on this device by Sam, Kirklees parent forum\. Checked .+\. From “Kirklees parent forum”\.$/);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // By QR codes: each code is photographed (a screenshot) and the other device reads the pictures.
    const shots = await packCodes(page);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    const other = await openApp({ width: 320, height: 720 });
    await other.page.goto('/help/packs');
    await other.page.getByLabel('Choose pictures of the pack’s QR codes').setInputFiles(
      [shots[shots.length - 1]!, ...shots].map((buffer, i) => ({ name: `code-${i}.png`, mimeType: 'image/png', buffer })),
    );
    await other.page.getByRole('heading', { name: /^This pack holds: Kirklees parent forum, 3 services, checked / }).waitFor();
    await expectNoAxeViolations(other.page);
    await other.page.getByRole('button', { name: 'Add the pack' }).click();
    await other.page.getByText('Added “Kirklees parent forum”.').waitFor();
    expect(await localServices(other.page)).toEqual(sent);

    // The volunteer changes a service: the pack is newer, and its file replaces the older copy after asking.
    await page.goto(COUNCIL);
    await page.getByRole('link', { name: 'Change Dewsbury Drop-in' }).click();
    await page.getByLabel('Name of the service').fill('Dewsbury Parents Drop-in');
    await page.getByRole('button', { name: 'Save the service' }).click();
    await page.getByRole('heading', { level: 3, name: 'Dewsbury Parents Drop-in' }).waitFor();
    await page.goto('/help/packs');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save “Kirklees parent forum” as a file' }).click();
    const file = await (await downloading).path();

    await other.page.goto('/help/packs');
    await other.page.getByLabel('Choose a pack’s file').setInputFiles(file);
    await other.page.getByText('This device has an older copy of this pack. Replace the older copy with this one?').waitFor();
    await other.page.getByRole('button', { name: 'Replace the older copy' }).click();
    await other.page.getByText('Replaced “Kirklees parent forum” with the newer copy.').waitFor();
    expect((await localServices(other.page)).map((s) => s.name)).toEqual(['Kirklees Family Hub', 'Huddersfield Parents Group', 'Dewsbury Parents Drop-in']);

    // And by file to a third device that had none.
    const third = await openApp({ width: 320, height: 720 });
    await third.page.goto('/help/packs');
    await third.page.getByLabel('Choose a pack’s file').setInputFiles(file);
    await third.page.getByRole('button', { name: 'Add the pack' }).click();
    await third.page.getByText('Added “Kirklees parent forum”.').waitFor();
    expect((await localServices(third.page)).map((s) => s.name)).toHaveLength(3);

    // Offline, the pack is still shown.
    await waitForOfflineReady(other.page);
    await other.context.setOffline(true);
    expect((await localServices(other.page)).map((s) => s.name)).toContain('Dewsbury Parents Drop-in');
    await other.context.setOffline(false);

    // Ending the session deletes the family, never the pack.
    await endSession(page);
    expect((await localServices(page)).map((s) => s.name)).toEqual(['Kirklees Family Hub', 'Huddersfield Parents Group', 'Dewsbury Parents Drop-in']);

    // Removed after asking.
    await page.goto('/help/packs');
    await page.getByRole('button', { name: 'Remove “Kirklees parent forum”' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText('Removed “Kirklees parent forum”.').waitFor();
    await page.getByText('There are no local packs on this device yet.').waitFor();

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('reads well in Welsh at 320 px', async ({ openApp }) => {
    const { page } = await openApp({ width: 320, height: 720 });
    await page.goto('/cy/help/packs');
    await page.getByRole('heading', { level: 1, name: 'Pecynnau lleol ar y ddyfais hon' }).waitFor();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await page.goto('/cy/help/local-services/new?council=cardiff');
    await page.getByRole('heading', { level: 1, name: 'Ychwanegu gwasanaeth lleol rydych chi wedi’i wirio' }).waitFor();
    await page.getByRole('button', { name: 'Cadw’r gwasanaeth' }).click();
    await page.getByRole('heading', { name: 'Mae problem' }).waitFor();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
});
