import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../src/storage/autosave';

afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves only the latest value after typing pauses', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const saver = createAutosaver(save, { delay: 300 });
    saver.schedule('H');
    saver.schedule('He');
    saver.schedule('Hello');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Hello', { urgent: false });
    saver.dispose();
  });

  it('saves at once when the page is hidden or closed', async () => {
    const save = vi.fn(async () => {});
    const saver = createAutosaver(save, { delay: 10_000 });
    saver.schedule('typed just before closing');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('typed just before closing', { urgent: true }));
    saver.schedule('then switched apps');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('then switched apps', { urgent: true }));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    saver.dispose();
  });

  // Safari's engine (WebKit) drops an IndexedDB write started on pagehide when the page is reloaded
  // or closed; one started on beforeunload is kept (tests/engines/webkit.engine.ts shows it).
  it('saves at once when the page is being left, listening for that only while something is unsaved', async () => {
    const save = vi.fn(async () => {});
    const listening = () => {
      const added = vi.mocked(window.addEventListener).mock.calls.filter(([type]) => String(type) === 'beforeunload').length;
      const removed = vi.mocked(window.removeEventListener).mock.calls.filter(([type]) => String(type) === 'beforeunload').length;
      return added - removed;
    };
    vi.spyOn(window, 'addEventListener');
    vi.spyOn(window, 'removeEventListener');
    const saver = createAutosaver(save, { delay: 10_000 });
    expect(listening()).toBe(0);
    saver.schedule('typed just before a reload');
    expect(listening()).toBe(1);
    window.dispatchEvent(new Event('beforeunload'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('typed just before a reload', { urgent: true }));
    // Saved: nothing keeps the page out of the browser's back/forward cache.
    expect(listening()).toBe(0);
    saver.schedule('more');
    expect(listening()).toBe(1);
    saver.dispose();
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('more', { urgent: false }));
    expect(listening()).toBe(0);
  });

  it('keeps a value that failed to save and saves it with the next flush', async () => {
    let fail = true;
    const saved: string[] = [];
    const saver = createAutosaver(
      async (v: string) => {
        if (fail) throw new Error('disk full');
        saved.push(v);
      },
      { delay: 10_000 },
    );
    saver.schedule('precious');
    await saver.flush();
    expect(saved).toEqual([]);
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['precious']);
    saver.dispose();
  });
});
