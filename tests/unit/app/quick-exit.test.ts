import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_URL, listenForShiftExit, quickExit, shiftCounter } from '../../../src/app/quickExit';
import { createAutosaver } from '../../../src/storage';

/** A tab as far as leaving needs it: the real page, its own events, and a record of where it went. */
function aTab() {
  const events = new EventTarget();
  const replace = vi.fn<(url: string) => void>();
  const tab = {
    document,
    location: { replace },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  } as unknown as Window;
  return { tab, events, replace };
}

afterEach(() => {
  document.documentElement.classList.remove('exiting');
  document.title = '';
});

describe('counting Shift pressed three times', () => {
  const press = (count: ReturnType<typeof shiftCounter>, key: string, at: number) => [count({ type: 'keydown', key }, at), count({ type: 'keyup', key }, at + 50)];
  const shift = (count: ReturnType<typeof shiftCounter>, at: number) => press(count, 'Shift', at).includes(true);

  it('leaves on the third press of Shift on its own', () => {
    const count = shiftCounter();
    expect([shift(count, 0), shift(count, 400), shift(count, 800)]).toEqual([false, false, true]);
    // And counts afresh after leaving.
    expect([shift(count, 5000), shift(count, 5400), shift(count, 5800)]).toEqual([false, false, true]);
  });

  it('does not count a Shift held to type a capital letter', () => {
    const count = shiftCounter();
    for (const at of [0, 400, 800]) {
      count({ type: 'keydown', key: 'Shift' }, at);
      count({ type: 'keydown', key: 'A' }, at + 10);
      count({ type: 'keyup', key: 'A' }, at + 20);
      // Let go of Shift last, or before the letter: neither counts.
      expect(count({ type: 'keyup', key: 'Shift' }, at + 30)).toBe(false);
    }
    count({ type: 'keydown', key: 'Shift' }, 1000);
    count({ type: 'keydown', key: 'B' }, 1010);
    expect(count({ type: 'keyup', key: 'Shift' }, 1020)).toBe(false);
  });

  it('starts again when another key is pressed between', () => {
    const count = shiftCounter();
    shift(count, 0);
    shift(count, 300);
    press(count, 'a', 600);
    expect(shift(count, 900)).toBe(false);
    expect(shift(count, 1200)).toBe(false);
    expect(shift(count, 1500)).toBe(true);
  });

  it('starts again when the presses are more than 5 seconds apart from the first', () => {
    const count = shiftCounter();
    shift(count, 0);
    shift(count, 2000);
    expect(shift(count, 5100)).toBe(false);
    expect(shift(count, 6000)).toBe(false);
    expect(shift(count, 7000)).toBe(true);
  });

  it('does not count Shift held down (the key repeating) as more presses', () => {
    const count = shiftCounter();
    count({ type: 'keydown', key: 'Shift' }, 0);
    count({ type: 'keydown', key: 'Shift', repeat: true }, 500);
    count({ type: 'keydown', key: 'Shift', repeat: true }, 550);
    expect(count({ type: 'keyup', key: 'Shift' }, 600)).toBe(false);
    expect(shift(count, 900)).toBe(false);
    expect(shift(count, 1200)).toBe(true);
  });

  it('listens on the page: Shift three times leaves, Shift with letters does not', async () => {
    const { tab, replace } = aTab();
    const page = new EventTarget() as unknown as Document;
    const stop = listenForShiftExit(() => void quickExit('Loading…', tab), page);
    const key = (type: string, key: string, shiftKey = false) => page.dispatchEvent(new KeyboardEvent(type, { key, shiftKey }));
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift', true);
      key('keydown', 'H', true);
      key('keyup', 'H', true);
      key('keyup', 'Shift');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.documentElement.classList.contains('exiting')).toBe(false);
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift', true);
      key('keyup', 'Shift');
    }
    expect(document.documentElement.classList.contains('exiting')).toBe(true);
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith(EXIT_URL));
    stop();
  });
});

describe('leaving', () => {
  it('hides the page and gives the tab a neutral title at once, saves what was typed, then replaces the page', async () => {
    const { tab, replace } = aTab();
    const saved: string[] = [];
    let finishSave: (() => void) | undefined;
    const saver = createAutosaver<string>(
      (value) =>
        new Promise<void>((resolve) => {
          finishSave = () => {
            saved.push(value);
            resolve();
          };
        }),
      { delay: 60_000 },
    );
    saver.schedule('the last words typed');
    const leaving = quickExit('Loading…', tab);
    // At once, before anything is saved.
    expect(document.documentElement.classList.contains('exiting')).toBe(true);
    expect(document.title).toBe('Loading…');
    // The save has started; the page waits for it.
    await vi.waitFor(() => expect(finishSave).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replace).not.toHaveBeenCalled();
    finishSave!();
    await leaving;
    expect(saved).toEqual(['the last words typed']);
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
    saver.dispose();
  });

  it('leaves anyway after about a second when saving never finishes (a broken storage cannot keep the family here)', async () => {
    const { tab, replace } = aTab();
    let release = () => {};
    const saver = createAutosaver<string>(() => new Promise<void>((resolve) => (release = resolve)), { delay: 60_000 });
    saver.schedule('words');
    const started = Date.now();
    await quickExit('Loading…', tab);
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(3000);
    release();
    saver.dispose();
  });

  it('does not stop to ask "Leave site?" when a form has something not saved', async () => {
    const { tab, events } = aTab();
    // As a form with unsaved words does: asks before the page is left.
    events.addEventListener('beforeunload', (e) => e.preventDefault());
    await quickExit('Loading…', tab);
    const leaving = new Event('beforeunload', { cancelable: true });
    events.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(false);
  });
});
