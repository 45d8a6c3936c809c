import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import { prefillPlan, type PrefillText } from '../../../src/domain/plan/prefill';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';

// A stand-in for i18next: shows which key was used, and fills in the variables.
const text: PrefillText = {
  t: (key, vars) => {
    const k = Array.isArray(key) ? key[0]! : key;
    return vars ? `${k}(${Object.entries(vars).map(([n, v]) => `${n}=${v}`).join(';')})` : k;
  },
  ask: (askId) => (askId.startsWith('gone:') ? undefined : `ASK ${askId}`),
};

const NOW = '2026-03-02T10:00:00.000Z';

function child(answers: ChildRecord['answers'], kept: string[] = []): ChildRecord {
  return { id: 'child-1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers, kept };
}

describe('a plan started from the answers', () => {
  it('lists each barrier with the details the family gave, labelled by the questionnaire', () => {
    const plan = prefillPlan(
      child({ nation: 'england', barriers: ['anxiety', 'environment'], 'anxiety-signs': ['sleep', 'not-sure'], environment: ['noise'] }),
      [],
      text,
      NOW,
    );
    const barriers = plan.cycles[0]!.content.barriers.map((b) => b.text);
    expect(barriers).toEqual([
      'plan:prefill.barrierWithDetails(barrier=questionnaire:q.barriers.options.anxiety_england;details=questionnaire:q.anxiety-signs.options.sleep_england)',
      'plan:prefill.barrierWithDetails(barrier=questionnaire:q.barriers.options.environment_england;details=questionnaire:q.environment.options.noise_england)',
    ]);
  });

  it('says whether needs are diagnosed in words of its own, not the question\'s answer label', () => {
    const plan = prefillPlan(
      child({ nation: 'england', barriers: ['send'], 'send-needs': ['autism'], 'send-diagnosis': 'suspected', 'send-support': 'none' }),
      [],
      text,
      NOW,
    );
    expect(plan.cycles[0]!.content.barriers.map((b) => b.text)).toEqual([
      'plan:prefill.barrierWithDetails(barrier=questionnaire:q.barriers.options.send_england;details=questionnaire:q.send-needs.options.autism_england, plan:prefill.detail.send-diagnosis.suspected)',
    ]);
  });

  it('never copies self-harm, suicidal thoughts or someone hurting the child into a plan meant for school', () => {
    const plan = prefillPlan(
      child({ nation: 'wales', barriers: ['mental-health', 'family'], 'mental-health': ['low-mood', 'self-harm', 'suicidal-thoughts'], family: ['someone-hurting-them'] }),
      [],
      text,
      NOW,
    );
    const all = JSON.stringify(plan);
    expect(all).not.toContain('self-harm');
    expect(all).not.toContain('suicidal');
    expect(all).not.toContain('someone-hurting');
    expect(plan.cycles[0]!.content.barriers.map((b) => b.text)).toEqual([
      expect.stringContaining('low-mood'),
      'questionnaire:q.barriers.options.family_wales',
    ]);
  });

  it('copies the child’s and the parent’s own words, and what helped and what made it worse', () => {
    const c = prefillPlan(
      child({
        nation: 'scotland',
        'child-hard': ' The noise in the corridor ',
        'child-helps': 'Going in early',
        'child-change': 'A quiet room',
        'parent-voice': 'She wants to learn',
        'what-helped': 'A named adult',
        'what-made-worse': 'Being shouted at',
      }),
      [],
      text,
      NOW,
    ).cycles[0]!.content;
    expect(c.childHard).toBe('The noise in the corridor');
    expect(c.childHelps).toBe('Going in early');
    expect(c.childChange).toBe('A quiet room');
    expect(c.parentVoice).toBe('She wants to learn');
    expect(c.helped).toBe('A named adult');
    expect(c.madeWorse).toBe('Being shouted at');
  });

  it('lists what has been tried and the referrals with their status, leaving out "none" and "not sure"', () => {
    const c = prefillPlan(
      child({ nation: 'england', tried: ['gp', 'not-sure'], referrals: ['camhs', 'none'], 'referrals-status': 'waiting' }),
      [],
      text,
      NOW,
    ).cycles[0]!.content;
    expect(c.tried.map((i) => i.text)).toEqual([
      'questionnaire:q.tried.options.gp_england',
      'plan:prefill.referralStatus.waiting(service=questionnaire:q.referrals.options.camhs_england)',
    ]);
  });

  it('reads a referral and its status as one plain line in English and Welsh: no doubled brackets, no capital mid-line', async () => {
    const { default: i18next } = await import('i18next');
    const lines: string[] = [];
    for (const lng of ['en', 'cy']) {
      const i18n = i18next.createInstance();
      const resources = { [lng]: { plan: (await import(`../../../locales/${lng}/plan.json`)).default, questionnaire: (await import(`../../../locales/${lng}/questionnaire.json`)).default } };
      await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
      const translate = i18n.t.bind(i18n) as unknown as (key: string | string[], vars: object) => string;
      const real: PrefillText = { t: (key, vars) => translate(key, vars ?? {}), ask: () => undefined };
      const tried = prefillPlan(child({ nation: 'england', referrals: ['camhs'], 'referrals-status': 'waiting' }), [], real, NOW).cycles[0]!.content.tried;
      lines.push(...tried.map((i) => i.text));
    }
    expect(lines[0]).toBe('Mental health services for children (CAMHS): referred, still waiting');
    for (const line of lines) {
      expect(line).not.toMatch(/\)\s*\(/);
      expect(line).not.toMatch(/\([A-Z][a-z]/);
    }
  });

  it('turns each kept ask into a line in "what we are asking for", once, skipping asks that no longer exist', () => {
    const c = prefillPlan(child({ nation: 'england' }, ['a:one', 'gone:two', 'a:one', 'b:three']), [], text, NOW).cycles[0]!.content;
    expect(c.asks.map((a) => [a.from, a.text])).toEqual([
      ['a:one', 'ASK a:one'],
      ['b:three', 'ASK b:three'],
    ]);
  });

  it('adds the saved contacts for this child and for the whole family, not those for another child', () => {
    const contact = (id: string, childId?: string): ContactRecord => ({
      id,
      role: 'senco',
      name: `Person ${id}`,
      phone: '01234',
      email: 'x@example.org',
      childId,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const c = prefillPlan(child({ nation: 'england' }), [contact('k1', 'child-1'), contact('k2'), contact('k3', 'other')], text, NOW)
      .cycles[0]!.content;
    expect(c.people.map((p) => [p.contactId, p.name, p.role, p.reach])).toEqual([
      ['k1', 'Person k1', 'services:roles.senco_england', '01234, x@example.org'],
      ['k2', 'Person k2', 'services:roles.senco_england', '01234, x@example.org'],
    ]);
  });

  it('starts cycle 1 with a first action and a review date six weeks on, and leaves strengths for the family', () => {
    const plan = prefillPlan(child({ nation: 'england' }), [], text, NOW);
    expect(plan.childId).toBe('child-1');
    expect(plan.cycles).toHaveLength(1);
    const cycle = plan.cycles[0]!;
    expect(cycle.number).toBe(1);
    expect(cycle.content.nextReview).toBe('2026-04-13');
    expect(cycle.content.actions).toEqual([
      expect.objectContaining({ what: 'plan:prefill.firstAction', status: 'not-started' }),
    ]);
    expect(cycle.content.strengths).toEqual([]);
    expect(cycle.content.barriers).toEqual([]);
  });
});

describe('people in a plan, from the family’s contacts', () => {
  it('name a contact’s role in the family’s own nation’s words (in Wales the ALNCo, not the SENCo)', () => {
    const senco: ContactRecord = { id: 'k1', familyId: 'f1', role: 'senco', name: 'Ms Jones', createdAt: NOW, updatedAt: NOW } as ContactRecord;
    // The most specific wording that exists is used: a stand-in that knows the Welsh variant.
    const known: PrefillText = {
      ...text,
      t: (key) => (Array.isArray(key) ? key : [key]).find((k) => k === 'services:roles.senco_wales' || !k.includes('_')) ?? '',
    };
    const inWales = prefillPlan(child({ nation: 'wales' }), [senco], known, NOW).cycles[0]!.content.people;
    const inEngland = prefillPlan(child({ nation: 'england' }), [senco], known, NOW).cycles[0]!.content.people;
    expect(inWales.map((p) => p.role)).toEqual(['services:roles.senco_wales']);
    expect(inEngland.map((p) => p.role)).toEqual(['services:roles.senco']);
  });
});
