import type { ComponentType } from 'react';
import { feature as questionnaire } from '../features/questionnaire';
import { feature as support } from '../features/support';
import { feature as plan } from '../features/plan';
import { feature as caseFeature } from '../features/case';
import { feature as letters } from '../features/letters';
import { feature as services } from '../features/services';
import { feature as records } from '../features/records';
import { feature as settings } from '../features/settings';
import { feature as session } from '../features/session';

/**
 * Every feature, each through its front door (src/features/<name>/index.ts, a FeatureIndex). The
 * route table, the loaders, the prerendered pages, "page not found" and the home page's widgets are
 * all built from this list. Adding a feature: its folder with an index.ts, then its import above and
 * its name in this list (docs/ARCHITECTURE.md, "Screens by URL").
 */
export const FEATURES = [questionnaire, support, plan, caseFeature, letters, services, records, settings, session] as const satisfies readonly Feature[];

/** What the home page knows, for deciding whether to show a feature's widget. */
export type HomeCondition =
  /** a letter has been sent (so there are dates to wait on) */
  | 'letterSent'
  /** there is a child */
  | 'child'
  /** a request to the council is being followed (the case) */
  | 'caseFollowed';

/** What a feature's index.ts exports as `feature`: what the app needs of it. On the first page: plain data and loaders only. */
export interface Feature {
  /** The first part of every address it owns: `help` owns /help and everything below it. */
  path: string;
  /** Its text namespaces, loaded beside its code. */
  namespaces: readonly string[];
  /** Its routes (the URLs below its prefix, with their own "page not found"), loaded when first opened. */
  load: () => Promise<{ default: ComponentType }>;
  /** Its main pages, reached without an id: every-route checks visit them, and the build prerenders them. */
  pages: readonly string[];
  /** What the home page shows from it, each loaded (with its text) only when its condition holds. */
  home?: readonly { when: HomeCondition; load: () => Promise<{ default: ComponentType }>; namespaces: readonly string[] }[];
}

/** What a feature's index.ts exports as `prerender`: what the build needs of it, kept out of the browser's code. */
export interface Prerender {
  /** Its routes module (the one `load` imports) as the build's manifest names it: a prerendered page preloads it. */
  module: string;
  /** More pages that read the same for everyone: prerendered too. */
  alsoPrerendered?: readonly string[];
  /** Pages of `pages` drawn only by the app (from the empty shell), never prerendered (the index says why). */
  notPrerendered?: readonly string[];
}

/** A feature's front door, src/features/<name>/index.ts. */
export interface FeatureIndex {
  feature: Feature;
  prerender: Prerender;
}
