/**
 * A prerendered page's boot script, built on its own into assets/boot-<hash>.js (scripts/prerender.mjs)
 * and loaded as a small classic script (no inline script is allowed under the Content-Security-Policy).
 *
 * It starts the app's code once the page's words have painted (the browser's first-contentful-paint
 * entry; a frame where that is not reported; at most a second): links the web app manifest in
 * data-manifest, adds a modulepreload for each file in data-preload, then the entry module in
 * data-entry. Starting earlier puts the code in the way of the words on a slow connection.
 *
 * Until the app has taken over each part of the page, it holds what a person does there (src/boot/hold.ts);
 * the app gives it back part by part (src/app/heldTap.ts).
 */
import { HOLDER } from './contract';
import { hold } from './hold';

const d = document;
const data = (d.currentScript as HTMLScriptElement).dataset;
window[HOLDER] = hold(d);

let started = false;
const start = () => {
  if (started) return;
  started = true;
  const add = (tag: 'link' | 'script', props: Partial<HTMLLinkElement & HTMLScriptElement>) => d.head.append(Object.assign(d.createElement(tag), props));
  if (data.manifest) add('link', { rel: 'manifest', href: data.manifest });
  for (const href of (data.preload ?? '').split(' ').filter(Boolean)) add('link', { rel: 'modulepreload', crossOrigin: '', href });
  if (data.entry) add('script', { type: 'module', crossOrigin: '', src: data.entry });
};
try {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
} catch {
  requestAnimationFrame(() => setTimeout(start));
}
setTimeout(start, 1000);
