import type { Translate } from './prefill';
import { currentCycle, type PlanRecord } from './types';

/**
 * The plan as plain text, for the phone's share sheet or the clipboard: short, readable in a
 * message, with every section the family filled in and none they left empty. `date` writes a
 * yyyy-mm-dd date in words, in the language on screen.
 */
export function planSummary(plan: PlanRecord, childName: string, t: Translate, date: (iso: string) => string = (iso) => iso): string {
  const cycle = currentCycle(plan);
  const c = cycle.content;
  const out: string[] = [t('plan:summary.title', { name: childName }), ''];
  const section = (heading: string, lines: string[]) => {
    const kept = lines.map((l) => l.trim()).filter(Boolean);
    if (kept.length === 0) return;
    out.push(heading, ...kept, '');
  };
  const bullets = (items: { text: string }[]) => items.map((i) => (i.text.trim() ? `- ${i.text.trim()}` : ''));
  section(t('plan:sections.about.heading'), [
    ...bullets(c.strengths),
    c.interests && `${t('plan:fields.interests.label')}: ${c.interests}`,
    c.enjoys && `${t('plan:fields.enjoys.label')}: ${c.enjoys}`,
  ]);
  section(t('plan:sections.barriers.heading'), bullets(c.barriers));
  section(t('plan:sections.childVoice.heading'), [
    c.childHard && `${t('plan:fields.childHard.label')}: ${c.childHard}`,
    c.childHelps && `${t('plan:fields.childHelps.label')}: ${c.childHelps}`,
    c.childChange && `${t('plan:fields.childChange.label')}: ${c.childChange}`,
  ]);
  section(t('plan:sections.parentVoice.heading'), [c.parentVoice]);
  section(t('plan:sections.tried.heading'), [
    ...bullets(c.tried),
    c.helped && `${t('plan:fields.helped.label')}: ${c.helped}`,
    c.madeWorse && `${t('plan:fields.madeWorse.label')}: ${c.madeWorse}`,
  ]);
  section(t('plan:sections.asks.heading'), bullets(c.asks));
  section(
    t('plan:sections.actions.heading'),
    c.actions
      .filter((a) => a.what.trim())
      .map((a) =>
        t('plan:summary.action', {
          what: a.what.trim(),
          who: a.who.trim() || t('plan:summary.noOne'),
          when: a.byWhen ? date(a.byWhen) : t('plan:summary.noDate'),
          status: t(`plan:status.${a.status}`),
        }),
      ),
  );
  section(
    t('plan:sections.people.heading'),
    c.people.filter((p) => p.name.trim() || p.role.trim()).map((p) => `- ${[p.name, p.role, p.reach].map((v) => v.trim()).filter(Boolean).join(', ')}`),
  );
  section(t('plan:sections.review.heading'), [c.nextReview && t('plan:summary.nextReview', { date: date(c.nextReview) })]);
  return out.join('\n').trim() + '\n';
}
