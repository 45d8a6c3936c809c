import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

afterEach(() => cleanup());

// A screen's code and words load lazily, as in the app: on a busy two-core machine (the whole suite
// at once, as CI runs it) that can take longer than testing-library's default second, so waiting for
// what a person sees gets five. A test that looks for something absent still looks at once (queryBy).
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out, so it cannot scroll: a page opening at its top (src/ui/primitives/Page.tsx) is
// checked in the browser tests (tests/e2e/reach.e2e.ts).
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
