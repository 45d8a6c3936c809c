import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/app';
import { it } from './support/fixture';
import { seedRecords } from './support/seed';
import { dumpDatabase } from './support/robust';
import { endSession, openReceive, photographHandoverCodes, receiveCodes, startSession as startSessionAs } from './support/pages/session';
import type { Nation } from '../../src/domain/nations';
import { aChild, aContact, aDiaryDay, aFamily, aLetter, aLogEntry, aPlan, MADE } from '../support/builders';



/** Every record in every store, read from IndexedDB in the page. */
const readAll = async (page: Page) => (await dumpDatabase(page)) as Record<string, Record<string, unknown>[]>;

/** A family's records as they should arrive on the family's phone: its own stores, no notes, no settings. */
function familyRecords(all: Record<string, Record<string, unknown>[]>, familyId: string) {
  const pick = (s: string) => (all[s] ?? []).filter((r) => r.familyId === familyId).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    families: (all.families ?? []).filter((f) => f.id === familyId),
    children: pick('children'),
    plans: pick('plans'),
    letters: pick('letters'),
    contacts: pick('contacts'),
  };
}

/** Starts a volunteer's session and returns the id of the family it made. */
async function startSession(page: Page, pin = '') {
  await startSessionAs(page, { pin });
  const all = await readAll(page);
  const session = all.settings!.find((s) => s.id === 'session')!.value as { familyId: string };
  return session.familyId;
}

/** One family's child, with a plan, a letter and two contacts (one for the child, one for the family). */
async function seedFamily(page: Page, familyId: string, who: { child: string; name: string; nation: Nation; council: string; contact: string }) {
  await seedRecords(page, {
    families: [aFamily({ id: familyId, councilId: who.council, activeChildId: who.child })],
    children: [
      aChild({
        id: who.child,
        familyId,
        displayName: who.name,
        completedAt: MADE,
        answers: { nation: who.nation, 'child-name': who.name, council: who.council, barriers: ['anxiety'] },
      }),
    ],
    plans: [
      aPlan(
        { id: `${who.child}-plan`, familyId, childId: who.child },
        {
          strengths: [{ id: 's1', text: `${who.name} is kind — ŵ ŷ “quotes” 😊` }],
          interests: 'Drawing '.repeat(120),
          parentVoice: 'We want a calm start to the day. '.repeat(40),
        },
      ),
    ],
    letters: [
      aLetter({
        id: `${who.child}-letter`,
        familyId,
        childId: who.child,
        templateId: 'ask-for-meeting',
        nation: who.nation,
        senderName: 'A parent',
        senderAddress: '1 Street',
        recipient: 'Head teacher',
        subject: 'A meeting',
        greeting: 'Dear Head teacher,',
        paragraphs: ['Please can we meet.'],
      }),
    ],
    contacts: [
      aContact({ id: `${who.child}-senco`, familyId, childId: who.child, name: who.contact }),
      aContact({ id: `${who.child}-gp`, familyId, role: 'gp', name: `${who.contact} GP` }),
    ],
  });
}

const SIZES = [
  { label: 'tablet', width: 800, height: 1100 },
  { label: 'phone', width: 320, height: 720 },
];

describe.each(SIZES)('a volunteer’s sessions on a $label', ({ width, height }) => {
  it('runs a session for a Cardiff family, hands it to their phone by codes and by file, ends it, then one for Belfast: nothing mixed, nothing left', async ({ openApp }) => {
    const volunteer = await openApp({ width, height });
    const page = volunteer.page;
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Cardiff.
    const cardiff = await startSession(page);
    await seedFamily(page, cardiff, { child: 'cerys', name: 'Cerys', nation: 'wales', council: 'cardiff', contact: 'Ms Cardiff' });
    await page.goto('/questions');
    await page.getByText('Cerys').first().waitFor();
    await page.goto('/help');
    await page.getByText('You chose Cardiff.').waitFor();
    // The home page and the titles carry no child's name during a session.
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Cerys');
    await page.goto('/plan/cerys');
    await page.getByRole('heading', { level: 1, name: /Cerys/ }).waitFor();
    await expect.poll(() => page.title()).toMatch(/the child/);
    expect(await page.title()).not.toContain('Cerys');

    // Private notes: kept, but never handed over.
    await page.goto('/session/notes');
    await page.getByLabel('Notes').fill('Mum is worried about mornings (private)');
    await page.getByText('Saved on this device.').waitFor();

    // Hand-over by QR codes: each code is photographed (a screenshot) and the family's phone reads the pictures.
    const shots = await photographHandoverCodes(page);
    expect(shots.length).toBeGreaterThan(1);
    const sent = familyRecords(await readAll(page), cardiff);
    expect(sent.children).toHaveLength(1);

    const phone = await openApp({ width: 320, height: 720 });
    // In any order, one of them twice.
    await receiveCodes(phone.page, [shots[shots.length - 1]!, ...shots, shots[0]!]);
    await phone.page.getByRole('heading', { name: 'Everything has arrived' }).waitFor();
    const arrived = await readAll(phone.page);
    expect(familyRecords(arrived, cardiff)).toEqual(sent);
    expect(arrived.notes).toEqual([]);
    expect(JSON.stringify(arrived)).not.toContain('private');
    await phone.page.goto('/questions');
    await phone.page.getByText('Cerys').first().waitFor();

    // Hand-over by file (no share sheet here: it downloads).
    await page.goto('/session/handover');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Share or save the family’s file' }).click();
    const download = await downloading;
    const filePath = await download.path();
    const name = download.suggestedFilename();
    expect(name).toMatch(/^barriers-navigator-family-.*\.json$/);
    const phone2 = await openApp({ width: 320, height: 720 });
    await openReceive(phone2.page);
    await phone2.page.getByLabel('Choose a file').setInputFiles(filePath);
    await expect.poll(async () => familyRecords(await readAll(phone2.page), cardiff)).toEqual(sent);
    expect((await readAll(phone2.page)).notes).toEqual([]);

    // End the session: nothing of it is left in any store.
    await endSession(page);
    await page.getByText(name).waitFor();
    const after = await readAll(page);
    for (const [store, records] of Object.entries(after)) {
      if (store === 'meta') continue;
      // Only device settings may stay (such as "the offline notice was seen"); nothing of the session.
      if (store === 'settings') expect(records.map((r) => r.id).filter((id) => id !== 'offlineNoticeSeen')).toEqual([]);
      else expect({ store, records }).toEqual({ store, records: [] });
    }

    // Belfast: never sees anything of Cardiff.
    const belfast = await startSession(page);
    await seedFamily(page, belfast, { child: 'niamh', name: 'Niamh', nation: 'northern-ireland', council: 'education-authority-ni', contact: 'Mr Belfast' });
    await page.goto('/questions');
    await page.getByText('Niamh').first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Cerys');
    await page.goto('/help');
    await page.getByText('You chose Education Authority (Northern Ireland).').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/You chose Cardiff|SNAP Cymru|Services for families in Wales|Ms Cardiff/);
    await page.goto('/help/contacts');
    await page.getByText('Mr Belfast').first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Ms Cardiff');
    await endSession(page);
    const empty = await readAll(page);
    for (const s of ['families', 'children', 'plans', 'letters', 'contacts', 'notes']) expect(empty[s]).toEqual([]);
    expect(volunteer.foreignRequests).toEqual([]);
  });
});

describe('bad codes and other tabs', () => {
  it('refuses a code from another app with a plain message, and a session ended in one tab ends in the other', async ({ openApp }) => {
    const { page, context } = await openApp();
    await openReceive(page);
    // A picture with no code in it.
    await page.getByLabel('Choose photos or screenshots of the codes').setInputFiles({
      name: 'not-a-code.png',
      mimeType: 'image/png',
      buffer: await page.locator('h1').screenshot(),
    });
    await page.getByText('No code could be read in that picture.').waitFor();

    await startSession(page);
    const other = await context.newPage();
    await other.goto('/session');
    await other.getByRole('heading', { level: 1, name: 'Helping a family' }).waitFor();
    await endSession(page);
    await other.getByText('The session was ended in another window.').waitFor();
    expect(await other.locator('main').innerText()).not.toContain('Helping a family');
  });
});

describe('a parent on their own', () => {
  it('sees no family picker or session, and deleting a child deletes its plan, letters, contacts, diary and contact log too', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedRecords(page, {
      children: [aChild({ id: 'sam', answers: { nation: 'england', 'child-name': 'Sam' } })],
      plans: [aPlan({ id: 'sam-plan', childId: 'sam' })],
      letters: [aLetter({ id: 'sam-letter', childId: 'sam', templateId: 'ask-for-meeting' })],
      contacts: [aContact({ id: 'sam-senco', childId: 'sam' })],
      attendance: [aDiaryDay({ id: 'sam-day', childId: 'sam', date: '2026-10-30', status: 'not-in' })],
      contactLog: [aLogEntry({ id: 'sam-call', childId: 'sam', date: '2026-10-30', how: 'call', said: 'Asked for a meeting' })],
    });
    await page.goto('/');
    await page.getByText('Your answers about Sam are saved on this device.').waitFor();
    // The diary day was put into the family on the device.
    const before = await readAll(page);
    expect(before.attendance?.map((a) => a.familyId)).toEqual([before.families?.[0]?.id]);
    expect(await page.getByText('Family on screen').count()).toBe(0);
    expect(await page.getByText('You are helping a family').count()).toBe(0);
    await page.goto('/questions');
    await page.getByRole('button', { name: 'Delete answers for Sam' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(async () => JSON.stringify(await readAll(page))).not.toContain('sam');
  });
});

describe('the new screens are accessible', () => {
  for (const locale of ['en-GB', 'cy']) {
    it(`in ${locale} at 320 px: start, session, notes, hand-over codes, end, receive, settings with two families`, async ({ openApp }) => {
      const { page } = await openApp({ width: 320, locale });
      const say = (en: string, cy: string) => (locale === 'cy' ? cy : en);
      const check = async () => {
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      };
      await page.goto('/session');
      await page.locator('h1').waitFor();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale === 'cy' ? 'cy' : 'en');
      await page.locator('form input[type="password"]').waitFor();
      await check();
      await page.locator('form button[type="submit"]').click();
      await page.locator('.session-bar').waitFor();
      await check();
      await page.goto('/session/notes');
      await page.locator('textarea').waitFor();
      await check();
      await page.goto('/session/handover');
      await page.getByRole('button', { name: say('Show the codes', 'Dangos y codau') }).click();
      await page.getByTestId('handover-code').waitFor();
      await check();
      await page.goto('/session/end');
      await page.locator('main .button--danger').waitFor();
      await check();
      await page.locator('main .button--danger').click();
      await page.locator('main .button--danger').click();
      await page.locator('main h2[tabindex="-1"]').waitFor();
      await check();
      await page.goto('/session/receive');
      await page.locator('input[type="file"][accept="image/*"]').waitFor();
      await check();
      await page.goto('/settings');
      const add = page.getByRole('button', { name: say('Add another family', 'Ychwanegu teulu arall') });
      await add.click();
      await page.getByRole('status').filter({ hasText: /\S/ }).first().waitFor();
      await add.click();
      await page.locator('.family-picker select').waitFor();
      // The family on screen can be given a name, which the picker then shows.
      await page.getByLabel(say('Name of the family on screen', 'Enw’r teulu ar y sgrin')).fill('Teulu Jones');
      await page.getByRole('button', { name: say('Save the name', 'Cadw’r enw') }).click();
      await page.locator('.family-picker option', { hasText: 'Teulu Jones' }).waitFor({ state: 'attached' });
      await check();
    });
  }
});
