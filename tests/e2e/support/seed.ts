import type { Page } from 'playwright-core';
import { recordSchemas } from '../../../src/domain/recordSchemas';
import type { StoreMap } from '../../../src/domain/schema';

type Seeded = 'families' | 'children' | 'plans' | 'letters' | 'contacts' | 'settings' | 'attendance' | 'contactLog' | 'cases';

/**
 * Puts records straight into the app's database in the browser, for tests of one feature that
 * should not have to answer every question first. The page must already be on the app's origin.
 * Reload afterwards so the app reads them.
 *
 * Records that name no family go into the family already on the device (or a new one), and the
 * settings that belong to a family (activeChildId, councilId, lettersNation) are put on it.
 *
 * Every record is checked first against its store's schema (src/domain/recordSchemas.ts), the one
 * the app's own import uses: a test cannot seed a record the app could never have saved. Make them
 * with the builders in tests/support/builders.ts.
 */
export async function seedRecords(
  page: Page,
  records: { [K in Seeded]?: StoreMap[K][] },
) {
  for (const [store, list] of Object.entries(records) as [Seeded, unknown[]][]) {
    for (const record of list) {
      const checked = recordSchemas[store].safeParse(record);
      if (!checked.success) throw new Error(`A seeded ${store} record is not one the app could save: ${checked.error.message}`);
    }
  }
  await seedDamagedRecords(page, records);
}

/**
 * Puts records in as they are, unchecked: only for a test of what the app does with damaged data
 * (a file edited by hand, a write cut short), which no screen could have saved.
 */
export async function seedDamagedRecords(page: Page, records: { [K in Seeded]?: unknown[] }) {
  // Wait until the app has opened its database and created its stores (a prerendered page shows its
  // heading before the app's storage code has even arrived). Polled inside the page: each look is an
  // asynchronous open, which waitForFunction would not wait for.
  const ready = await page.evaluate(async (names) => {
    const look = () =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('barriers-navigator');
        req.onsuccess = () => {
          const has = names.every((n) => req.result.objectStoreNames.contains(n));
          req.result.close();
          resolve(has);
        };
        req.onerror = () => resolve(false);
      });
    for (let tries = 0; tries < 100; tries++) {
      if (await look()) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }, ['families', ...Object.keys(records)]);
  if (!ready) throw new Error('The app did not open its database within 5 seconds');
  await page.evaluate(async (input) => {
    const data = structuredClone(input) as Record<string, Record<string, unknown>[]>;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('barriers-navigator');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const familyStores = ['children', 'plans', 'letters', 'contacts', 'attendance', 'contactLog', 'cases'];
    const familySettings = ['activeChildId', 'councilId', 'lettersNation'];
    const lacking = familyStores.some((s) => data[s]?.some((r) => !r.familyId));
    const moved = (data.settings ?? []).filter((r) => familySettings.includes(r.id as string));
    if (lacking || moved.length) {
      const existing = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction('families').objectStore('families').getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
      const now = new Date().toISOString();
      const family = { ...(existing[0] ?? { id: 'seeded-family', name: '', createdAt: now }), updatedAt: now } as Record<string, unknown>;
      for (const r of moved) family[r.id as string] = r.value;
      data.settings = (data.settings ?? []).filter((r) => !familySettings.includes(r.id as string));
      for (const s of familyStores) data[s] = (data[s] ?? []).map((r) => (r.familyId ? r : { ...r, familyId: family.id }));
      data.families = [...(data.families ?? []), family];
    }
    const names = Object.keys(data).filter((n) => data[n]!.length);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) for (const r of (data as Record<string, unknown[]>)[name]!) tx.objectStore(name).put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Opens the home page, waits for its heading, then seeds these records (seedRecords). */
export async function seedFromHome(page: Page, records: Parameters<typeof seedRecords>[1]) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedRecords(page, records);
}
