import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../../src/domain/nations';
import { QUESTIONS } from '../../../src/content/questions';
import {
  CHECK,
  effectiveAnswers,
  getQuestion,
  isUrgent,
  nextPosition,
  previousPosition,
  progress,
  resumePosition,
  setAnswer,
  toggleOption,
  validate,
  visibleOptions,
  visibleQuestions,
} from '../../../src/content/questionnaire';
import { NOT_SURE, type Answers } from '../../../src/domain/questionnaire/types';

const ids = (a: Answers) => visibleQuestions(a).map((q) => q.id);
const q = (id: string) => getQuestion(id)!;

/** Walk from the first question to the check page, answering from `given` (skipping the rest). */
function walkThrough(given: Answers): string[] {
  let answers: Answers = {};
  const seen: string[] = [];
  let pos = 'nation';
  while (pos !== CHECK) {
    seen.push(pos);
    if (given[pos] !== undefined) answers = setAnswer(answers, pos, given[pos]);
    pos = nextPosition(answers, pos);
    if (seen.length > QUESTIONS.length) throw new Error('loop');
  }
  return seen;
}

const FOLLOW_UPS: Record<string, string[]> = {
  anxiety: ['anxiety-signs'],
  send: ['send-needs', 'send-diagnosis', 'send-support'],
  bullying: ['bullying-kind', 'bullying-reported'],
  'physical-health': ['physical-health'],
  'mental-health': ['mental-health'],
  family: ['family'],
  transition: ['transition'],
  environment: ['environment'],
  learning: ['learning', 'send-support'],
};

describe('question flow', () => {
  it.each(NATIONS)('in %s, a family who skips everything optional still reaches check answers', (nation) => {
    const path = walkThrough({ nation });
    expect(path[0]).toBe('nation');
    expect(path).toContain('council');
    expect(path).toContain('barriers');
    // No barrier chosen: no barrier follow-ups.
    for (const f of Object.values(FOLLOW_UPS).flat()) expect(path).not.toContain(f);
    expect(path[path.length - 1]).toBe('parent-voice');
  });

  it.each(NATIONS)('in %s, a short journey with one barrier asks only its follow-ups', (nation) => {
    const path = walkThrough({ nation, role: 'parent', barriers: ['anxiety'], missed: 'most-days' });
    expect(path).toContain('anxiety-signs');
    expect(path).not.toContain('send-needs');
    expect(path).toContain('pattern');
  });

  it.each(Object.entries(FOLLOW_UPS))('choosing the barrier "%s" asks %j', (barrier, followUps) => {
    const asked = ids({ nation: 'england', barriers: [barrier] });
    for (const f of followUps) expect(asked).toContain(f);
    const others = Object.entries(FOLLOW_UPS)
      .filter(([b]) => b !== barrier)
      .flatMap(([, f]) => f)
      .filter((f) => !followUps.includes(f));
    for (const f of others) expect(asked).not.toContain(f);
  });

  it('asks what the school did about bullying only when it was reported', () => {
    expect(ids({ nation: 'wales', barriers: ['bullying'], 'bullying-reported': 'yes' })).toContain('bullying-response');
    expect(ids({ nation: 'wales', barriers: ['bullying'], 'bullying-reported': 'no' })).not.toContain('bullying-response');
    expect(ids({ nation: 'wales', barriers: ['bullying'], 'bullying-reported': NOT_SURE })).not.toContain(
      'bullying-response',
    );
  });

  it('asks how referrals are going only when a referral was made', () => {
    expect(ids({ nation: 'scotland', referrals: ['camhs'] })).toContain('referrals-status');
    expect(ids({ nation: 'scotland', referrals: ['none'] })).not.toContain('referrals-status');
    expect(ids({ nation: 'scotland' })).not.toContain('referrals-status');
  });

  it('does not ask about missed school for a child who is home educated or not on a roll', () => {
    for (const type of ['home-educating', 'not-on-roll']) {
      const asked = ids({ nation: 'england', 'school-type': type });
      for (const id of ['missed', 'pattern', 'recorded', 'attendance-action', 'part-time-timetable', 'exclusions'])
        expect(asked, `${type} ${id}`).not.toContain(id);
      expect(asked).toContain('off-roll-pressure');
    }
    // Health needs education does not need the child to be on a roll.
    expect(ids({ nation: 'england', 'school-type': 'not-on-roll' })).toContain('health-days-15');
    expect(ids({ nation: 'england', 'school-type': 'home-educating' })).not.toContain('health-days-15');
  });

  it('skips the attendance follow-ups when no school has been missed', () => {
    const asked = ids({ nation: 'northern-ireland', missed: 'none' });
    for (const id of ['pattern', 'recorded', 'health-days-15', 'attendance-action']) expect(asked).not.toContain(id);
    expect(asked).toContain('part-time-timetable');
    expect(asked).toContain('exclusions');
  });

  it('asks about 15 days off for health only in England, where that guidance applies', () => {
    for (const nation of NATIONS)
      expect(ids({ nation, missed: 'most-days' }).includes('health-days-15'), nation).toBe(nation === 'england');
  });

  it('does not ask for the pattern when the child is missing all of school', () => {
    const asked = ids({ nation: 'england', missed: 'all' });
    expect(asked).not.toContain('pattern');
    expect(asked).toContain('recorded');
  });

  it('still asks the follow-ups when the family is not sure how much was missed', () => {
    const asked = ids({ nation: 'england', missed: NOT_SURE });
    for (const id of ['pattern', 'recorded', 'health-days-15', 'attendance-action']) expect(asked).toContain(id);
  });

  it('does not ask a young person filling it in for their name or about the parent', () => {
    const asked = ids({ nation: 'england', role: 'young-person' });
    expect(asked).not.toContain('child-name');
    expect(asked).not.toContain('parent-voice');
    expect(asked).not.toContain('parent-support');
    expect(asked).toContain('child-hard');
  });

  it('offers academies only in England, and attendance contracts only in England', () => {
    for (const nation of NATIONS) {
      const types = visibleOptions(q('school-type'), { nation });
      const actions = visibleOptions(q('attendance-action'), { nation });
      expect(types.includes('academy')).toBe(nation === 'england');
      expect(actions.includes('attendance-contract')).toBe(nation === 'england');
      expect(types).toContain('home-educating');
    }
  });
});

describe('moving through the questions', () => {
  const answers: Answers = { nation: 'england', barriers: ['bullying'], 'bullying-reported': 'yes' };

  it('goes forward and back through the asked questions only', () => {
    expect(nextPosition(answers, 'barriers')).toBe('urgent');
    expect(nextPosition(answers, 'exclusions')).toBe('bullying-kind');
    expect(nextPosition(answers, 'bullying-reported')).toBe('bullying-response');
    expect(nextPosition(answers, 'bullying-response')).toBe('tried');
    expect(previousPosition(answers, 'tried')).toBe('bullying-response');
    expect(previousPosition(answers, 'bullying-kind')).toBe('exclusions');
    expect(previousPosition(answers, 'nation')).toBeUndefined();
  });

  it('goes from the last question to check answers, and back', () => {
    expect(nextPosition(answers, 'parent-voice')).toBe(CHECK);
    expect(previousPosition(answers, CHECK)).toBe('parent-voice');
    expect(previousPosition({ nation: 'england', role: 'young-person' }, CHECK)).toBe('child-change');
  });

  it('moves on sensibly from a question that is no longer asked', () => {
    expect(nextPosition({ nation: 'england' }, 'bullying-kind')).toBe('tried');
    expect(previousPosition({ nation: 'england' }, 'bullying-kind')).toBe('exclusions');
  });

  it('counts progress over the questions asked, which grows with barriers', () => {
    const plain = progress({ nation: 'england' }, 'nation');
    expect(plain.current).toBe(1);
    const more = progress(answers, 'bullying-kind');
    expect(more.total).toBe(plain.total + 3);
    expect(more.current).toBe(visibleQuestions(answers).findIndex((x) => x.id === 'bullying-kind') + 1);
    expect(progress(answers, CHECK)).toEqual({ current: more.total, total: more.total });
  });

  it('resumes at the saved question, or the start when that question is no longer asked', () => {
    expect(resumePosition(answers, 'bullying-response')).toBe('bullying-response');
    expect(resumePosition({ nation: 'england' }, 'bullying-response')).toBe('nation');
    expect(resumePosition({}, undefined)).toBe('nation');
    expect(resumePosition(answers, CHECK)).toBe(CHECK);
  });
});

describe('changing answers', () => {
  it('removes follow-up answers when their barrier is unticked', () => {
    let a: Answers = { nation: 'england', barriers: ['mental-health', 'bullying'] };
    a = setAnswer(a, 'mental-health', ['self-harm']);
    a = setAnswer(a, 'bullying-kind', ['online']);
    expect(isUrgent(a)).toBe(true);
    a = setAnswer(a, 'barriers', ['bullying']);
    expect(a['mental-health']).toBeUndefined();
    expect(a['bullying-kind']).toEqual(['online']);
    expect(isUrgent(a)).toBe(false);
  });

  it('removes an England-only option when the nation changes', () => {
    let a: Answers = { nation: 'england', 'school-type': 'academy', 'attendance-action': ['attendance-contract', 'meeting'] };
    a = setAnswer(a, 'nation', 'wales');
    expect(a['school-type']).toBeUndefined();
    expect(a['attendance-action']).toEqual(['meeting']);
  });

  it('clears an answer given as empty, and keeps "not sure"', () => {
    let a: Answers = { nation: 'scotland', 'child-name': 'Sam', pattern: ['mornings'] };
    a = setAnswer(a, 'child-name', '  ');
    a = setAnswer(a, 'pattern', []);
    a = setAnswer(a, 'missed', NOT_SURE);
    expect(a).toEqual({ nation: 'scotland', missed: NOT_SURE });
  });

  it('never changes the answers it was given', () => {
    const a: Answers = { nation: 'england', barriers: ['send'], 'send-needs': ['autism'] };
    setAnswer(a, 'barriers', []);
    expect(a['send-needs']).toEqual(['autism']);
  });

  it('ignores answers to questions not asked when deciding what counts', () => {
    expect(effectiveAnswers({ nation: 'england', family: ['someone-hurting-them'] })).toEqual({ nation: 'england' });
    expect(isUrgent({ nation: 'england', family: ['someone-hurting-them'] })).toBe(false);
  });
});

describe('urgent help', () => {
  it.each([
    [{ barriers: ['mental-health'], 'mental-health': ['self-harm'] }],
    [{ barriers: ['mental-health'], 'mental-health': ['low-mood', 'suicidal-thoughts'] }],
    [{ barriers: ['family'], family: ['someone-hurting-them'] }],
  ])('is shown for %j', (extra) => {
    expect(isUrgent({ nation: 'wales', ...extra })).toBe(true);
  });

  it('is not shown for low mood alone', () => {
    expect(isUrgent({ nation: 'wales', barriers: ['mental-health'], 'mental-health': ['low-mood'] })).toBe(false);
  });
});

describe('several-choice answers', () => {
  it('"none" and "not sure" clear the other choices, and other choices clear them', () => {
    const ex = q('exclusions');
    expect(toggleOption(ex, ['suspension', 'isolation'], 'none', true)).toEqual(['none']);
    expect(toggleOption(ex, ['none'], 'isolation', true)).toEqual(['isolation']);
    expect(toggleOption(ex, ['isolation'], NOT_SURE, true)).toEqual([NOT_SURE]);
    expect(toggleOption(ex, [NOT_SURE], 'suspension', true)).toEqual(['suspension']);
    expect(toggleOption(ex, ['isolation', 'suspension'], 'isolation', false)).toEqual(['suspension']);
  });

  it('keeps choices in the order they are shown', () => {
    expect(toggleOption(q('barriers'), ['learning'], 'anxiety', true)).toEqual(['anxiety', 'learning']);
  });
});

describe('validation', () => {
  it('requires the nation, and nothing else', () => {
    expect(validate(q('nation'), undefined)).toBe('required');
    expect(validate(q('nation'), NOT_SURE)).toBe('required');
    expect(validate(q('nation'), 'wales')).toBeUndefined();
    for (const question of QUESTIONS.filter((x) => x.id !== 'nation')) expect(validate(question, undefined)).toBeUndefined();
  });
});
