import type { DateWords } from '../../src/domain/dates';
import en from '../../locales/en/common.json';
import cy from '../../locales/cy/common.json';

/** The app's own date words, as the screens use them (locales/<lang>/common.json `dates`). */
export const EN_DATES: DateWords = en.dates;
export const CY_DATES: DateWords = cy.dates;
