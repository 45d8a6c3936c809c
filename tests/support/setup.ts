import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// jsdom lays nothing out, so it cannot scroll: a page opening at its top (src/ui/Page.tsx) is
// checked in the browser tests (tests/e2e/reach.e2e.ts).
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
