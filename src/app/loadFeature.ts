import type { ComponentType } from 'react';
import type { Feature } from './features';
import { i18next } from './i18n';

/**
 * Loads a feature's code (or a piece of it, such as a home page widget) and its text side by side,
 * rather than one after the other. Each feature says what to load in its front door,
 * src/features/<name>/index.ts (the list: src/app/features.ts).
 */
export function loadFeature(part: Pick<Feature, 'load' | 'namespaces'>): Promise<{ default: ComponentType }> {
  return Promise.all([part.load(), i18next.loadNamespaces([...part.namespaces]).catch(wordsLoadWithScreen)]).then(([m]) => m);
}

/**
 * The feature's words could not be loaded ahead of its code (offline before they were cached, say).
 * Safe to go on: each screen asks i18next for its own namespaces again when it is drawn, and nothing
 * is read from or written to the family's records here.
 */
function wordsLoadWithScreen() {}
