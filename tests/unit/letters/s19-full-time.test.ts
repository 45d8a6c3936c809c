import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findTemplate } from '../../../src/content/letters';
import { findSignpost } from '../../../src/content/signposts';
import { draftLetter, type Translate } from '../../../src/domain/letters/draft';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { englishLetters } from './helpers';

/**
 * England's section 19 letter (issue 22, item 8): the education must be full-time unless the council
 * decides part-time is in the child's interests for health reasons (Education Act 1996
 * s19(3A)–(3AA)), so the letter asks for full-time education or a plan to build up; and it goes to the
 * council's education (medical needs) team, never to early help, which does not arrange education.
 */
let t: Translate;
beforeAll(async () => {
  t = await englishLetters();
});

const draft = (answers: Answers, contacts: ContactRecord[] = []) =>
  draftLetter(findTemplate('health-education')!, answers, contacts, { t, language: 'en' });
const text = (d: ReturnType<typeof draft>) => [d.recipient, d.subject, ...d.paragraphs].join('\n');
const sam: Answers = { nation: 'england', 'child-name': 'Sam', barriers: ['mental-health'], 'health-days-15': 'yes' };
const contact = (id: string, role: ContactRecord['role'], name: string): ContactRecord => ({ id, role, name, organisation: 'Reading Borough Council', createdAt: '', updatedAt: '' });

describe('the section 19 letter in England', () => {
  it('says the education must be full-time unless part-time is in the child’s interests for health, and asks for a plan to build up', () => {
    const all = text(draft(sam));
    expect(all).toContain('The education must be full-time, unless the council decides that part-time education is in the child’s best interests because of their physical or mental health (section 19(3A) and (3AA)).');
    expect(all).toContain('Please arrange full-time education for Sam.');
    expect(all).toContain('a plan to build it up to full-time');
    const own = text(draft({ ...sam, role: 'young-person' }));
    expect(own).toContain('Please arrange full-time education for me.');
  });

  it('keeps England’s full-time rule out of the other nations’ letters', () => {
    for (const nation of ['wales', 'scotland', 'northern-ireland']) {
      expect(text(draft({ ...sam, nation })), nation).not.toMatch(/full-time|19\(3A\)/);
    }
  });

  it('goes to the council’s medical needs team, never to an early help worker', () => {
    const earlyHelp = contact('k1', 'early-help', 'Family support hub');
    const medical = contact('k2', 'medical-needs', 'Medical needs education team');
    expect(draft(sam, [earlyHelp]).recipient).not.toContain('Family support hub');
    expect(draft(sam, [earlyHelp]).recipient).toContain('The team for children who cannot attend school because of health needs');
    expect(draft(sam, [earlyHelp, medical]).recipient).toContain('Medical needs education team');
  });

  it('the signpost and the first-help card say full-time too, with an ask to build up', () => {
    const en = JSON.parse(readFileSync('locales/en/support.json', 'utf8')) as {
      signposts: Record<string, { rights: string; asks: Record<string, string> }>;
      rightNow: Record<string, Record<string, string>>;
    };
    expect(en.signposts['health-education-england']!.rights).toContain('The education must be full-time, unless the council decides');
    expect(findSignpost('health-education-england')!.asks.map((a) => a.key)).toContain('full-time');
    expect(en.signposts['health-education-england']!.asks['full-time']).toContain('a plan to build it up');
    expect(en.rightNow['no-school']!['means']).toContain('must be full-time');
  });
});
