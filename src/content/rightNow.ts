import { matches, type Condition } from '../domain/conditions';
import { effectiveAnswers } from './questionnaire';
import type { Answers } from '../domain/questionnaire/types';
import { findTemplate } from './letters';
import { URGENT_CONDITION } from './questions';

/**
 * What cannot wait, shown first on the results ("Right now"), in this order: someone's safety; a
 * letter warning about a fine or court; a child with no education for weeks. Text lives in
 * locales/<lang>/support.json under `rightNow.<id>.*`, with a wording per nation where the law
 * differs (`_wales`, `_scotland`, `_northern-ireland`). Scotland and Northern Ireland have no penalty
 * notices, so no fixed-fine figures there; but a court can fine a parent who is prosecuted, and the
 * card says so calmly (in Northern Ireland up to £1,000 per child, or an Education Supervision Order,
 * as the Education Authority's Education Welfare Service publishes), with free legal advice.
 */
export type RightNowId = 'safety' | 'fine' | 'no-school';

export interface RightNowItem {
  id: RightNowId;
  when: Condition;
  /** Letters that answer it (templates in content/letters.ts), in the order offered. */
  letters: string[];
  /**
   * Paragraphs shown only when their own condition holds too, after what the item means: text
   * `rightNow.<id>.<key>`. `rightNowFor` keeps those that hold, in this order.
   */
  extras?: { key: string; when: Condition }[];
}

/**
 * A family in England who says there is court action, or a letter warning about a fine or court: a
 * court summons needs free legal advice at once (a solicitor; legal aid may apply). The other
 * nations' courts and advice differ, so it is said in England only.
 */
const COURT_ENGLAND: Condition = {
  all: [
    { q: 'nation', is: 'england' },
    { any: [{ q: 'urgent', is: 'fine-or-court' }, { q: 'attendance-action', anyOf: ['prosecution'] }] },
  ],
};

export const RIGHT_NOW: RightNowItem[] = [
  { id: 'safety', when: URGENT_CONDITION, letters: [] },
  {
    id: 'fine',
    when: {
      any: [
        { q: 'urgent', is: 'fine-or-court' },
        { q: 'attendance-action', anyOf: ['fine-warning', 'penalty-notice', 'prosecution'] },
      ],
    },
    letters: ['attendance-reply', 'attendance-record'],
    extras: [{ key: 'court', when: COURT_ENGLAND }],
  },
  {
    id: 'no-school',
    when: { any: [{ q: 'urgent', is: 'no-school' }, { q: 'missed', is: 'all' }] },
    letters: ['health-education'],
  },
];

/** The "Right now" items for these answers (only answers still asked count), most urgent first. */
export function rightNowFor(answers: Answers): RightNowItem[] {
  const effective = effectiveAnswers(answers);
  return RIGHT_NOW.filter((item) => matches(item.when, effective)).map((item) => ({
    ...item,
    letters: item.letters.filter((id) => findTemplate(id) !== undefined),
    extras: (item.extras ?? []).filter((extra) => matches(extra.when, effective)),
  }));
}
