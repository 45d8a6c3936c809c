/** The fields of a speech voice (`SpeechSynthesisVoice`) that choosing one needs. */
export interface VoiceInfo {
  lang: string;
  /** True when the voice runs on the device; false when the words are sent to the voice's provider. */
  localService: boolean;
  /** The voice the device would use by default. */
  default: boolean;
}

/**
 * The voice to read in: one on the device (`local`), one that works over the internet (`network`,
 * used only if the family agrees), or none for the language (never another language's voice).
 */
export type VoiceChoice<V extends VoiceInfo> = { kind: 'local'; voice: V } | { kind: 'network'; voice: V } | { kind: 'none' };

/** Some devices name languages with three letters (ISO 639-2) rather than two. */
const TWO_LETTERS: Record<string, string> = { eng: 'en', cym: 'cy', wel: 'cy', pol: 'pl', ron: 'ro', rum: 'ro', urd: 'ur', pan: 'pa', ara: 'ar' };

/** The region whose voice a UK reader expects, where a language has several (an English voice from England). */
const PREFERRED_REGION: Record<string, string> = { en: 'gb', cy: 'gb' };

/** A language tag split into its language and the rest ("pa-Guru-IN" → pa, [guru, in]; "cy_GB" too). */
function parse(tag: string): { language: string; rest: string[] } {
  const [language = '', ...rest] = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  return { language: TWO_LETTERS[language] ?? language, rest };
}

/**
 * The best voice for a page in `language` ("cy", "pa", "en-GB"): only voices of that language;
 * a voice on the device before one over the internet, then the expected region (en-GB, cy-GB), then
 * the device's default, then the device's own order.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], language: string): VoiceChoice<V> {
  const wanted = parse(language).language;
  if (!wanted) return { kind: 'none' };
  const region = PREFERRED_REGION[wanted];
  const score = (v: V) => (v.localService ? 4 : 0) + (region && parse(v.lang).rest.includes(region) ? 2 : 0) + (v.default ? 1 : 0);
  let best: V | undefined;
  for (const v of voices) {
    if (parse(v.lang).language !== wanted) continue;
    if (!best || score(v) > score(best)) best = v;
  }
  if (!best) return { kind: 'none' };
  return best.localService ? { kind: 'local', voice: best } : { kind: 'network', voice: best };
}
