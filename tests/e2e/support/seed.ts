import type { Page } from 'playwright-core';

/**
 * Puts records straight into the app's database in the browser, for tests of one feature that
 * should not have to answer every question first. The page must already be on the app's origin.
 * Reload afterwards so the app reads them.
 */
export async function seedRecords(page: Page, records: Partial<Record<'children' | 'plans' | 'letters' | 'contacts' | 'settings', unknown[]>>) {
  await page.evaluate(async (data) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('barriers-navigator');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    let db = await open();
    // Wait for the app to have created its stores.
    for (let i = 0; i < 50 && !db.objectStoreNames.contains('children'); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
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
