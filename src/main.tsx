import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { savedLanguage, setupI18n } from './app/i18n';
import { DEFAULT_LANGUAGE, pathIn, splitPath } from './app/language';
import { loadFeature } from './app/routes';
import { featureFor } from './app/routeTable';
import './ui/styles.css';

// Open the database and ask the browser to keep it, beside the first page rather than inside it.
void import('./storage').then(({ getStorage, requestPersistence }) => {
  void getStorage().ready();
  void requestPersistence();
});

// The address says the language (/cy/… is Welsh). A person who chose another language before and
// opens a plain address gets their language: the address follows, and the page is drawn afresh.
const { language: fromAddress, path } = splitPath(window.location.pathname);
const saved = savedLanguage();
const switchTo = fromAddress === DEFAULT_LANGUAGE && saved && saved !== DEFAULT_LANGUAGE ? saved : undefined;
if (switchTo) window.history.replaceState(window.history.state, '', pathIn(switchTo, path) + window.location.search + window.location.hash);
const language = switchTo ?? fromAddress;

// Hydrate as soon as the words are ready: the screen's code (already preloading) fills in its
// Suspense boundary when it arrives. Until then the page's boot script holds what a person does
// there, and each is given back once its part of the page has been taken over (src/app/heldTap.ts).
// Between the steps the browser gets a turn (to paint, to answer a tap), so that no step of starting
// up holds the page for long.
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve));
/**
 * Loading the screen's code ahead of time failed (offline before it was cached, say). Safe to ignore
 * here: this only warms the cache; the route loads it again when it is drawn, and a failure there
 * shows the crash page with its own words. Nothing of the family's is read or written.
 */
function loadAgainWhenDrawn() {}
const feature = featureFor(path);
if (feature) void loadFeature(feature).catch(loadAgainWhenDrawn);
await breathe();
await setupI18n(language);
await breathe();

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App language={language} />
  </StrictMode>
);
// In a transition, so React takes over the page in short slices and the browser stays free to answer.
if (root.firstElementChild && !switchTo) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
// Beside the first page, not in it: nothing can be given back before the screen's code has arrived.
void import('./app/heldTap').then(({ giveBackHeld }) => giveBackHeld());
