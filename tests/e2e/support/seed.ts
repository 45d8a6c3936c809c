import type { Page } from 'playwright-core';

/**
 * Puts records straight into the app's database in the browser, for tests of one feature that
 * should not have to answer every question first. The page must already be on the app's origin.
 * Reload afterwards so the app reads them.
 */
export async function seedRecords(page: Page, records: Partial<Record<'children' | 'plans' | 'letters' | 'contacts' | 'settings', unknown[]>>) {
  // Wait until the app has opened its database and created every store to be filled (a prerendered
  // page shows its heading before the app's storage code has even arrived). Polled inside the page:
  // each look is an asynchronous open, which waitForFunction would not wait for.
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
  }, Object.keys(records));
  if (!ready) throw new Error('The app did not open its database within 5 seconds');
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('barriers-navigator');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const names = Object.keys(data);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) for (const r of (data as Record<string, unknown[]>)[name]!) tx.objectStore(name).put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
