/** Words that would turn the app into a gatekeeper. */
export const GATEKEEPING: RegExp[] = [
  /\b(do not|don[’']t|does not|doesn[’']t|will not|won[’']t|cannot|can[’']t) qualify/i,
  /\bnot eligible\b/i,
  /\bineligible\b/i,
  /\bnot entitled\b/i,
  /need(s)? (a|an) (diagnosis|referral|label) (first|before)/i,
  /\bmust (have|get) (a|an) (diagnosis|referral)/i,
  /\bonly if\b.*\bdiagnos/i,
  /\b(you|parents) (cannot|can[’']t|may not) ask\b/i,
  /\btoo (soon|early) to ask\b/i,
  /\bnot (severe|complex) enough\b/i,
];
