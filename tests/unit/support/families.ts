import type { Answers } from '../../../src/domain/questionnaire/types';

/** Representative families, used by several support tests. */
export const ENGLAND_ANXIETY_SEND: Answers = {
  nation: 'england',
  role: 'parent',
  'child-name': 'Sam',
  'age-stage': 'secondary',
  'school-type': 'mainstream',
  missed: 'most-days',
  recorded: 'unauthorised',
  barriers: ['anxiety', 'send'],
  'anxiety-signs': ['fine-in-school-not-at-home', 'distress-before-school'],
  'send-needs': ['autism'],
  'send-diagnosis': 'suspected',
  'send-support': 'none',
};

export const withNation = (answers: Answers, nation: string): Answers => ({ ...answers, nation });
