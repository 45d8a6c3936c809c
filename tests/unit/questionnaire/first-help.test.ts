import { describe, expect, it } from 'vitest';
import { FIRST_HELP_AFTER, QUESTIONS, SECTIONS } from '../../../src/content/questions';
import { rightNowFor } from '../../../src/content/rightNow';
import { signpostsFor } from '../../../src/content/signposting';
import { urgentServicesFor, visibleQuestions } from '../../../src/content/questionnaire';
import type { Answers } from '../../../src/domain/questionnaire/types';

const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

describe('the short way in', () => {
  it('reaches first help after where you live, who is answering, what is hardest and what is urgent', () => {
    for (const nation of NATIONS) {
      for (const role of ['parent', 'young-person', 'volunteer']) {
        const answers: Answers = { nation, role, barriers: ['anxiety', 'send'], urgent: ['fine-or-court'] };
        const asked = visibleQuestions(answers).map((q) => q.id);
        expect(asked.slice(0, asked.indexOf(FIRST_HELP_AFTER) + 1)).toEqual(['nation', 'role', 'barriers', 'urgent']);
      }
    }
  });

  it('asks questions in the order of their parts, so the part shown never goes back', () => {
    const order = QUESTIONS.map((q) => SECTIONS.indexOf(q.section));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives first help from the first four answers alone', () => {
    const answers: Answers = { nation: 'england', role: 'parent', barriers: ['anxiety'], urgent: ['fine-or-court', 'no-school'] };
    const ids = signpostsFor(answers).map((r) => r.signpost.id);
    expect(ids).toContain('penalty-notices-england');
    expect(ids).toContain('health-education-england');
  });
});

describe('right now', () => {
  it('puts safety, a fine or court letter and no school for weeks first, in that order', () => {
    const all = rightNowFor({ nation: 'wales', urgent: ['safety', 'fine-or-court', 'no-school'] }).map((i) => i.id);
    expect(all).toEqual(['safety', 'fine', 'no-school']);
    expect(rightNowFor({ nation: 'england', urgent: ['none'] })).toEqual([]);
  });

  it('takes a fine warning given later in the questions, and the letters that answer it', () => {
    const [fine] = rightNowFor({ nation: 'england', 'school-type': 'mainstream', missed: 'most-days', 'attendance-action': ['fine-warning'] });
    expect(fine?.id).toBe('fine');
    expect(fine?.letters).toContain('attendance-record');
    // The reply to the letter itself comes first.
    expect(fine?.letters[0]).toBe('attendance-reply');
  });

  it('shows the crisis services at once when someone is not safe', () => {
    const services = urgentServicesFor({ nation: 'scotland', urgent: ['safety'] }).map((s) => s.id);
    expect(services[0]).toBe('emergency');
    expect(services.length).toBeGreaterThan(1);
  });

  it('never offers a fine in Scotland or Northern Ireland, only court or legal action', () => {
    // The urgent question's fine-or-court option is worded per nation; the fines question has no fine options there.
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      const answers: Answers = { nation, urgent: ['fine-or-court'] };
      expect(rightNowFor(answers).map((i) => i.id)).toEqual(['fine']);
      expect(signpostsFor(answers).map((r) => r.signpost.id)).not.toContain('penalty-notices-england');
    }
  });
});
