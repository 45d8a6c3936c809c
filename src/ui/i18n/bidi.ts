/**
 * A family's words can be in any script, and can hold direction marks (for example a right-to-left
 * override pasted into a name). Put into one of our sentences as it is, such a name can reorder
 * the words around it. Wrapped in first-strong isolates (the text form of <bdi>), it keeps its own
 * direction and leaves the sentence alone. Plain left-to-right text is left as it is.
 */
const NEEDS_ISOLATION = /[\u0590-\u08FF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A phone number ("0800 068 4141") has no letters to give it a direction: inside a right-to-left
 * sentence (Urdu, Arabic) its groups of digits would come out in reverse order. It is always read
 * left to right (a left-to-right isolate, the text form of <bdi dir="ltr">).
 */
const PHONE = /^\+?[\d (),.-]*\d[\d (),.-]*$/;
const PHONE_GROUPS = /\d[\s.-]+\d/;

export function isolate(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value ?? '');
  if (PHONE.test(text) && PHONE_GROUPS.test(text)) return `\u2066${text}\u2069`;
  return NEEDS_ISOLATION.test(text) ? `\u2068${text}\u2069` : text;
}

/** i18next interpolation for the app and its tests: values are isolated, never HTML-escaped (React escapes). */
export const interpolation = { escapeValue: true, escape: isolate } as const;

/**
 * A value the code forgot to pass is left out, never shown as "{{number}}" (i18next would otherwise
 * leave the placeholder in the sentence). tests/unit/i18n/placeholders.test.ts finds such calls.
 */
export const missingInterpolationHandler = () => '';
