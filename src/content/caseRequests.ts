/**
 * The letter that makes each nation's request (templates in src/content/letters.ts). Kept apart
 * from the stage models so home can tell "a request was sent" without loading them.
 */
export const REQUEST_LETTER = {
  ehc: 'ehc-request',
  aln: 'aln-decision',
  asn: 'asn-assessment',
  'ni-statutory': 'ni-statutory-assessment',
} as const;

export const REQUEST_LETTER_IDS: readonly string[] = Object.values(REQUEST_LETTER);
