import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { until, Screen } from './engine';

/** What the journey types into the plan, and looks for after each reload and in the saved copy. */
const INTERESTS = 'Drawing, dinosaurs and football';

/**
 * Runs in the page before "Save a copy" is pressed. The app offers its file as a Blob on a link with
 * `download` and clicks it (src/ui/primitives/download.ts): here that click is caught, the Blob read, and the
 * file kept for the journey instead of going to a download folder this engine may not have.
 * Everything up to that click is the app's own code.
 */
function catchDownloads() {
  const w = window as unknown as { caughtFiles?: Promise<{ name: string; text: string }>[] };
  w.caughtFiles = [];
  // The page's security policy may not let it fetch a blob: address, so keep each Blob as it gets one.
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (blob) {
      const name = this.download;
      w.caughtFiles!.push(blob.text().then((text) => ({ name, text })));
      return;
    }
    click.call(this);
  };
}

/**
 * Runs in the page: notes every Content-Security-Policy violation from now on (an eval blocked by
 * `script-src 'self'`, say), so the journey can fail on any.
 */
function watchPolicy() {
  const w = window as unknown as { violations?: string[] };
  w.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.violations!.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** Fails if the page met a Content-Security-Policy violation since watchPolicy ran. */
async function expectNoViolations<E>(screen: Screen<E>, where: string) {
  const seen = await screen.run<string[]>('() => window.violations || []');
  expect(seen, `Content-Security-Policy violations ${where}`).toEqual([]);
}

/** Saves a copy of everything on /settings (the page's own button), and gives the file it offered. */
async function saveACopy<E>(screen: Screen<E>): Promise<{ name: string; text: string }> {
  await screen.run(catchDownloads.toString());
  await screen.click({ kind: 'button', name: 'Save a copy of everything to a file' });
  await screen.seeText('A copy has been saved to a file.');
  const files = await screen.run<{ name: string; text: string }[]>('() => Promise.all(window.caughtFiles)');
  expect(files).toHaveLength(1);
  expect(files[0]!.name).toMatch(/\.json$/);
  return files[0]!;
}

/** Deletes everything on /settings, as a person would, and waits for it to be done. */
async function deleteEverything<E>(screen: Screen<E>) {
  await screen.click({ kind: 'button', name: 'Delete everything on this device' });
  await screen.click({ kind: 'button', name: 'Yes, delete everything' });
  await screen.seeText('Everything has been deleted from this device.');
}

/** Opens a saved copy through the settings page's file box, and waits for it to be saved. */
async function openACopy<E>(screen: Screen<E>, file: { name: string; text: string }) {
  const dir = await mkdtemp(join(tmpdir(), 'bn-engine-'));
  try {
    const path = join(dir, file.name);
    await writeFile(path, file.text);
    await screen.engine.upload(await screen.see({ kind: 'field', label: 'Choose a file' }), path);
    await screen.seeText('The file has been opened and saved on this device.');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const EHC_TITLE = 'Ask the council for an EHC needs assessment';
const FIRST_LETTER_WORDS = ' I am writing before answering any questions.';

/**
 * A first letter, written at Letters before any question is answered (it belongs to no child yet),
 * goes into a copy of everything, and that copy opens again on the emptied device with the letter
 * and its words back. Starts and ends on an empty device.
 */
export async function firstLetterJourney<E>(screen: Screen<E>, log: (step: string) => void) {
  await screen.goto('/letters');
  await screen.see({ kind: 'heading', level: 1, name: 'Letters' });
  await screen.choose('England');
  await screen.click({ kind: 'button', name: 'Show my letters' });
  await screen.click({ kind: 'link', name: `Write this letter: ${EHC_TITLE}` });
  await screen.see({ kind: 'heading', level: 1, name: EHC_TITLE });
  const paragraph = { kind: 'field', label: 'Paragraph 1 of', match: 'prefix' } as const;
  await screen.engine.type(await screen.see(paragraph), FIRST_LETTER_WORDS);
  await screen.seeText('Saved on this device');
  const letterPath = await screen.path();
  const words = await screen.run<string>('(el) => el.value', await screen.see(paragraph));
  expect(words).toContain(FIRST_LETTER_WORDS.trim());

  await screen.goto('/settings');
  await screen.see({ kind: 'heading', level: 1 });
  await screen.run(watchPolicy.toString());
  const file = await saveACopy(screen);
  await deleteEverything(screen);
  await openACopy(screen, file);
  expect(await screen.find({ kind: 'text', text: 'damaged or missing' })).toBeNull();
  await expectNoViolations(screen, 'while a copy with a first letter was saved and opened');

  await screen.goto(letterPath);
  await screen.see({ kind: 'heading', level: 1, name: EHC_TITLE });
  await until('the first letter to come back with its words', async () => (await screen.run<string>('(el) => el.value', await screen.see(paragraph))) === words, 10_000);
  await screen.goto('/settings');
  await screen.see({ kind: 'heading', level: 1 });
  await deleteEverything(screen);
  log('a first letter (no child yet) saved in a copy, everything deleted, the copy opened again');
}

/**
 * One family's first visit, as a person would make it, in any engine:
 * home → questions → first help → a plan typed and kept after a reload → a letter's preview →
 * a copy saved to a file, everything deleted, the copy opened again → a reload with the server gone.
 *
 * `stopServer` must make the app's origin refuse every request (the offline step).
 */
export async function firstVisitJourney<E>(screen: Screen<E>, stopServer: () => Promise<void>, log: (step: string) => void) {
  // Home.
  await screen.goto('/');
  await screen.see({ kind: 'heading', level: 1 });
  await screen.click({ kind: 'link', name: 'Start' });

  // The short way in: four questions, then first help.
  const answers: [string, string][] = [
    ['Where do you live?', 'England'],
    ['Who is filling this in?', 'A parent or carer'],
    ['What is making school hard for', 'Worry or anxiety about school'],
    ['Is anything urgent right now?', 'Nothing urgent'],
  ];
  for (const [question, answer] of answers) {
    await screen.see({ kind: 'heading', level: 1, name: question, match: 'prefix' });
    await screen.choose(answer);
    await screen.click({ kind: 'button', name: 'Continue' });
  }
  await screen.see({ kind: 'link', name: 'Carry on with the questions' });
  await screen.seeText('These are things you can do next');
  expect(await screen.path()).toBe('/support');
  log('questions answered, first help shown');

  // A plan, typed into, kept after a reload straight away (before the autosave pause).
  await screen.goto('/plan');
  await screen.see({ kind: 'heading', level: 1, name: 'My plan' });
  await screen.click({ kind: 'button', name: 'Make a plan for', match: 'prefix' });
  await screen.see({ kind: 'heading', level: 1, name: 'Plan for', match: 'prefix' });
  const planPath = await screen.path();
  await screen.type('Interests', INTERESTS);
  expect(await screen.valueOf('Interests')).toBe(INTERESTS);
  await screen.engine.reload();
  await screen.see({ kind: 'heading', level: 1, name: 'Plan for', match: 'prefix' });
  await until('the plan to show what was typed after the reload', async () => (await screen.valueOf('Interests')) === INTERESTS, 10_000);
  log('plan typed and kept after a reload');

  // A letter, drafted from the answers, in its preview.
  await screen.goto('/letters');
  await screen.see({ kind: 'heading', level: 1, name: 'Letters' });
  await screen.click({ kind: 'link', name: 'Write this letter: ', match: 'prefix' });
  await screen.see({ kind: 'heading', level: 1 });
  await screen.seeText('Yours', '.letter-sheet');
  await screen.seeText('Dear', '.letter-sheet');
  log('letter preview shown');

  // Save a copy of everything, delete everything, and open the copy again.
  await screen.goto('/settings');
  await screen.see({ kind: 'heading', level: 1 });
  await screen.run(watchPolicy.toString());
  const file = await saveACopy(screen);
  const backup = JSON.parse(file.text) as { format: string };
  expect(backup.format).toBe('barriers-navigator-backup');
  expect(file.text).toContain(INTERESTS);

  await deleteEverything(screen);
  await screen.goto(planPath);
  await screen.seeText('There is no plan for this child yet.');
  expect(await screen.find({ kind: 'field', label: 'Interests' })).toBeNull();

  await screen.goto('/settings');
  await screen.run(watchPolicy.toString());
  await openACopy(screen, file);
  await expectNoViolations(screen, 'while a copy was opened');
  await screen.goto(planPath);
  await screen.see({ kind: 'heading', level: 1, name: 'Plan for', match: 'prefix' });
  await until('the plan to come back from the saved copy', async () => (await screen.valueOf('Interests')) === INTERESTS, 10_000);
  log('copy saved, everything deleted, copy opened again');

  // Offline: once the service worker has the app, the page reloads with the server gone.
  await until(
    'the service worker to be active',
    async () => (await screen.run<string>('() => navigator.serviceWorker.ready.then((r) => r.active && r.active.state)')) === 'activated',
  );
  await stopServer();
  await screen.engine.reload();
  await screen.see({ kind: 'heading', level: 1, name: 'Plan for', match: 'prefix' });
  await until('the plan to show what was typed, offline', async () => (await screen.valueOf('Interests')) === INTERESTS, 10_000);
  log('reloaded offline');
}
