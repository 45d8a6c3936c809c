import type { Page } from 'playwright-core';

/** How many A4 pages the screen prints on (the browser's own "save as PDF"). */
export async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
