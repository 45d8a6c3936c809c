import { afterEach, describe, expect, it } from 'vitest';
import { i18next, setupI18n } from '../../../src/app/i18n';

/**
 * Starting the app on a prerendered page: the page already says its language and direction, and
 * setting either again (even to the same value) makes the browser restyle every element while the
 * page is starting. The app leaves them alone unless the language really changes.
 */
describe('the page language while the app starts', () => {
  const html = document.documentElement;
  let observer: MutationObserver | undefined;
  afterEach(() => observer?.disconnect());

  const watch = () => {
    const changes: string[] = [];
    observer = new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName ?? '')));
    observer.observe(html, { attributes: true, attributeFilter: ['lang', 'dir'] });
    return async () => {
      // Mutation records are delivered in a microtask.
      await Promise.resolve();
      return changes.concat(observer!.takeRecords().map((r) => r.attributeName ?? ''));
    };
  };

  it('leaves an English page marked English without touching it, then marks it Welsh when the language changes', async () => {
    html.setAttribute('lang', 'en');
    html.setAttribute('dir', 'ltr');
    const changed = watch();
    await setupI18n('en');
    expect(await changed()).toEqual([]);
    expect(html.getAttribute('lang')).toBe('en');

    await i18next.changeLanguage('cy');
    expect(html.getAttribute('lang')).toBe('cy');
    expect(html.getAttribute('dir')).toBe('ltr');
    expect(await changed()).toEqual(['lang']);
    await i18next.changeLanguage('en');
    expect(html.getAttribute('lang')).toBe('en');
  });
});

describe('the browser history while the app starts', () => {
  it('is left untouched while the app’s code loads, and is written only once the app draws', async () => {
    window.history.replaceState(null, '', '/');
    const { App } = await import('../../../src/app/App');
    expect(window.history.state).toBeNull();

    const { render, screen } = await import('@testing-library/react');
    await setupI18n('en');
    render(<App language="en" />);
    expect(await screen.findByRole('link', { name: 'Barriers Navigator' })).toBeInTheDocument();
    expect(window.history.state).toMatchObject({ idx: 0 });
  });
});
