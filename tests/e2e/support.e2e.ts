import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import type { Page } from 'playwright-core';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { answerQuestionnaire } from './support/questionnaire';
import { seedRecords } from './support/seed';

const NOW = '2026-06-02T10:00:00.000Z';

/** The signpost card whose title button has this name. */
const signpost = (page: Page, title: string) => page.locator('section.signpost').filter({ has: page.getByRole('button', { name: title, exact: true }) });
/** A card's title, the button that opens it (each card also has a Listen button). */
const openCard = (page: Page, title: string) => signpost(page, title).getByRole('button', { name: title, exact: true }).click();

describe('your support', () => {
  it('an English family with anxiety and suspected SEND sees the EHC route with reasons and sources, keeps an ask, and it is still kept after a reload, offline and in print', async ({ openApp }) => {
    const { page, context, foreignRequests } = await openApp();
    await answerQuestionnaire(page, {
      nation: 'england',
      childName: 'Sam',
      council: { id: 'west-berkshire', search: 'West Berks' },
      answers: {
        'school-type': 'mainstream',
        missed: 'most-days',
        barriers: ['anxiety', 'send'],
        'anxiety-signs': ['fine-in-school-not-at-home'],
        'send-diagnosis': 'suspected',
        'send-support': 'none',
      },
    });
    await page.goto('/support');
    await page.getByRole('heading', { level: 1, name: 'Support for Sam' }).waitFor();

    const ehc = signpost(page, 'Ask for an EHC needs assessment');
    expect(await ehc.getByText('Because you told us:').isVisible()).toBe(true);
    expect(await ehc.getByText('you think Sam may have a need or disability that has not been assessed').isVisible()).toBe(true);
    // Every line is real words, never a missing text key.
    expect(await page.locator('main').textContent()).not.toMatch(/reasons\.|signposts\.|themes\.|support:|questionnaire:/);
    await openCard(page, 'Ask for an EHC needs assessment');
    expect(await ehc.getByText('Children and Families Act 2014, s36(8). UK Parliament').isVisible()).toBe(true);
    await ehc.getByText(/^Last checked: /).waitFor();
    const ask = ehc.getByRole('checkbox', { name: 'Write to the council to ask for an EHC needs assessment.' });
    await ask.check();
    await page.getByRole('status').filter({ hasText: 'Added to your plan.' }).waitFor();
    await page.getByText('You have kept 1 thing to ask for in your plan.').waitFor();

    // The council chosen in the questions is named where to find the Local Offer.
    const local = signpost(page, 'Your council’s guide to local help (Local Offer) and free advice on special needs (SENDIASS)');
    await openCard(page, 'Your council’s guide to local help (Local Offer) and free advice on special needs (SENDIASS)');
    expect(await local.getByText('Search online for “West Berkshire local offer” and “West Berkshire SENDIASS”', { exact: false }).isVisible()).toBe(true);

    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Support for Sam' }).waitFor();
    await openCard(page, 'Ask for an EHC needs assessment');
    expect(await page.getByRole('checkbox', { name: 'Write to the council to ask for an EHC needs assessment.' }).isChecked()).toBe(true);

    // Print: every signpost's body shows, buttons and navigation do not.
    await page.emulateMedia({ media: 'print' });
    // (The title buttons are hidden in print, so find the card by its id; its title prints as text.)
    const illness = page.locator('section.signpost[data-signpost="illness-absence-england"]');
    expect(await illness.getByText('Absence for illness, including mental health', { exact: true }).isVisible()).toBe(true);
    expect(await illness.getByText('Illness should be authorised.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print everything' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).filter({ visible: true }).count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });

    // Print only what was opened or kept: the opened EHC card prints, the rest stays off the paper.
    await page.evaluate(() => {
      window.print = () => undefined; // the print dialog itself is the browser's; we check what it would print
    });
    await page.getByRole('button', { name: 'Print only what you opened or kept (1)' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('This printout shows 1 idea you opened or kept', { exact: false }).isVisible()).toBe(true);
    expect(await page.locator('section.signpost[data-signpost="ehc-needs-assessment"]').getByText('Children and Families Act 2014, s36(8). UK Parliament').isVisible()).toBe(true);
    expect(await illness.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'When your child is ill' }).isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await illness.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Offline.
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Support for Sam' }).waitFor();
    await openCard(page, 'Ask for an EHC needs assessment');
    expect(await page.getByRole('checkbox', { name: 'Write to the council to ask for an EHC needs assessment.' }).isChecked()).toBe(true);
    expect(foreignRequests).toEqual([]);
  });

  it('a Welsh family sees additional learning needs and an IDP, and never an EHC plan', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await seedRecords(page, {
      children: [
        {
          id: 'child-cerys',
          displayName: 'Cerys',
          createdAt: NOW,
          updatedAt: NOW,
          completedAt: NOW,
          answers: {
            nation: 'wales',
            'child-name': 'Cerys',
            council: 'cardiff',
            missed: 'most-days',
            barriers: ['anxiety', 'send'],
            'send-diagnosis': 'waiting',
          },
          kept: [],
        },
      ],
      settings: [{ id: 'activeChildId', value: 'child-cerys' }],
    });
    await page.goto('/support');
    await page.getByRole('heading', { level: 1, name: 'Support for Cerys' }).waitFor();
    const aln = signpost(page, 'Additional learning needs (ALN) and an IDP');
    await openCard(page, 'Additional learning needs (ALN) and an IDP');
    expect(await aln.getByText('within 35 school days', { exact: false }).isVisible()).toBe(true);
    expect(await aln.getByRole('link', { name: 'legislation.gov.uk/anaw/2018/2/contents' }).first().getAttribute('href')).toBe(
      'https://www.legislation.gov.uk/anaw/2018/2/contents',
    );
    expect(await page.getByRole('button', { name: 'Free, independent advice in Wales: SNAP Cymru', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/EHC|SENDIASS|Local Offer/);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the guide and the library', () => {
  it('the guide shows England’s 6, 16 and 20 week clock; the library finds a right as you type; axe finds nothing', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/support/guide?nation=england');
    await page.getByRole('heading', { level: 1, name: 'Guide: EHC needs assessments' }).waitFor();
    for (const w of ['Week 6', 'Week 16', 'Week 20']) expect(await page.getByText(w, { exact: true }).isVisible()).toBe(true);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/support/library');
    await page.getByRole('heading', { level: 1, name: 'Rights and routes' }).waitFor();
    // Typed as soon as the box shows, whether or not the app has taken it over yet (early-input.e2e.ts
    // holds the library's code back to prove words typed before then are kept).
    await page.getByLabel('Search').fill('bullying');
    // England and Northern Ireland each have their own "what the school must do"; pick England's.
    await page.getByLabel('Which nation').selectOption('england');
    // Wait until the list shows England's only, as a person would see it change.
    await page.locator('a[href="/support/library/bullying-ni"]').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Bullying: what the school must do' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bullying: what the school must do' }).waitFor();
    expect(await page.getByText('Education and Inspections Act 2006, s89. UK Parliament').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Rights and routes' }).waitFor();
    expect(await page.getByLabel('Search').inputValue()).toBe('bullying');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Every nation has its own time limits: Wales's "about" school days, Northern Ireland's EA weeks.
    await page.goto('/support/guide?nation=wales');
    await page.getByRole('heading', { level: 1, name: 'Guide: additional learning needs (ALN)' }).waitFor();
    for (const w of ['About 35 school days', 'Week 12']) expect(await page.getByText(w, { exact: true }).isVisible()).toBe(true);
    await page.goto('/support/guide?nation=northern-ireland');
    await page.getByRole('heading', { level: 1, name: 'Guide: statements of special educational needs' }).waitFor();
    for (const w of ['Week 6', '15 days', 'Week 26']) expect(await page.getByText(w, { exact: true }).first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
});
