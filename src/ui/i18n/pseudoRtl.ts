/**
 * A right-to-left test language made from English, for checking layouts before a real right-to-left
 * language arrives. Each text is wrapped in a right-to-left override, so the English letters run
 * from right to left and read backwards, in brackets that show where each text begins and ends.
 * Placeholders such as {{name}} stay as they are. Built only into test builds (see i18n.ts).
 */
export const PSEUDO_RTL_CODE = 'ar-XB';

const RLO = '\u202e';
const PDF = '\u202c';

export function pseudoRtl<T>(value: T): T {
  if (typeof value === 'string') return (value ? `${RLO}[${value}]${PDF}` : value) as T;
  if (Array.isArray(value)) return value.map(pseudoRtl) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoRtl(v)])) as T;
  }
  return value;
}
