import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toBackupFile } from '../../domain/backup';
import { newId, nowIso } from '../../domain/ids';
import { childSnapshot, planFileName } from '../../domain/plan/export';
import { personFromContact } from '../../domain/plan/prefill';
import { EMPTY_REVIEW, hasReview, startNextCycle, updateContent, updateReview } from '../../domain/plan/review';
import { mergePlan } from '../../domain/plan/merge';
import { planSummary } from '../../domain/plan/summary';
import {
  ACTION_STATUSES,
  currentCycle,
  earlierCycles,
  type ActionStatus,
  type ListField,
  type PlanAction,
  type PlanContent,
  type PlanPerson,
  type PlanRecord,
  type PlanReview,
  type TextField as TextFieldName,
} from '../../domain/plan/types';
import { createAutosaver, getStorage, type Autosaver } from '../../storage';
import { useList, useRecord } from '../../storage/react';
import { copyText, downloadFile, shareContent } from '../../ui/download';
import { Loading } from '../../ui/Loading';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Page } from '../../ui/Page';
import { readSavedPlan, useSavedPlan } from './useSavedPlan';
import { EarlierCycle, Section, TextField } from './parts';
import { usePlanText } from './text';

interface Notice {
  text: string;
  /** Puts back what was removed. */
  undo?: (content: PlanContent) => PlanContent;
  /** The box to focus once it is back (the Undo button goes away, and must not take the focus with it). */
  undoFocus?: string;
}

/** Whether this browser's share sheet takes files (most phones do; most desktops do not). */
function canShareJsonFiles(): boolean {
  try {
    return (
      typeof navigator.share === 'function' &&
      typeof navigator.canShare === 'function' &&
      navigator.canShare({ files: [new File(['{}'], 'plan.json', { type: 'application/json' })] })
    );
  } catch {
    return false;
  }
}

function insertAt<T>(list: T[], index: number, item: T): T[] {
  const next = list.slice();
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}

/** /plan/:childId: every section of the plan as labelled fields, saved as the family types. */
export function PlanEditor() {
  const { childId = '' } = useParams();
  const { t, nameOrDefault, translate, date } = usePlanText();
  const child = useRecord('children', childId);
  const contacts = useList('contacts');
  const navigate = useNavigate();
  const [plan, setPlan] = useSavedPlan(childId);
  const [notice, setNotice] = useState<Notice>({ text: '' });
  const [reviewing, setReviewing] = useState(false);
  const [reviewError, setReviewError] = useState(false);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const [contactPick, setContactPick] = useState('');
  const saver = useRef<Autosaver<PlanRecord> | undefined>(undefined);
  const deleted = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [canShareFiles] = useState(canShareJsonFiles);


  /** The version this screen last read from storage or saved there: what other tabs' changes are compared with. */
  const base = useRef<PlanRecord | undefined>(undefined);
  /** The version being written now, so that the news of our own write is not taken for someone else's. */
  const writing = useRef<PlanRecord | undefined>(undefined);
  if (plan && !base.current) base.current = plan;

  useEffect(() => {
    const s = createAutosaver<PlanRecord>(async (p) => {
      if (deleted.current) return;
      writing.current = p;
      await getStorage().put('plans', p);
      base.current = p;
    });
    saver.current = s;
    return () => s.dispose();
  }, []);

  // The same plan open in another tab (or a file opened there, or everything deleted in settings):
  // take in what changed there, keep what was typed here, and never bring back a deleted plan.
  useEffect(() => {
    let live = true;
    const same = (a: PlanRecord | undefined, b: PlanRecord | undefined) => !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
    const off = getStorage().onChange('plans', () => {
      void readSavedPlan(childId).then((theirs) => {
        if (!live || deleted.current || !base.current) return;
        if (!theirs) {
          deleted.current = true;
          setPlan(null);
          return;
        }
        if (same(theirs, base.current) || same(theirs, writing.current)) return;
        const before = base.current;
        base.current = theirs;
        setPlan((ours) => {
          if (!ours) return ours;
          const merged = mergePlan(before, ours, theirs);
          if (merged !== theirs) saver.current?.schedule(merged);
          return merged;
        });
      }, () => {});
    });
    return () => {
      live = false;
      off();
    };
  }, [childId, setPlan]);

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const save = useCallback((change: (p: PlanRecord) => PlanRecord) => {
    setPlan((prev) => {
      if (!prev) return prev;
      const next = change(prev);
      saver.current?.schedule(next);
      return next;
    });
  }, [setPlan]);
  const edit = useCallback((change: (c: PlanContent) => PlanContent) => save((p) => updateContent(p, change, nowIso())), [save]);

  if (plan === undefined || child === undefined) return <Loading />;
  const name = nameOrDefault(child);
  if (plan === null) {
    return (
      <Page title={child ? t('plan:editor.title', { name }) : t('plan:editor.titleUnnamed')}>
        <p>{t('plan:editor.notFound')}</p>
        <Link to="/plan">{t('plan:editor.goToPlans')}</Link>
      </Page>
    );
  }

  const cycle = currentCycle(plan);
  const c = cycle.content;
  const setText = (field: TextFieldName) => (value: string) => edit((x) => ({ ...x, [field]: value }));

  const removed = (text: string, undo: Notice['undo'], undoFocus: string) => {
    setNotice({ text, undo, undoFocus });
    setFocusId(undefined);
    // The removed row took the focus with it: put it on Undo, the likeliest next step.
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undo = () => {
    if (notice.undo) edit(notice.undo);
    setNotice({ text: t('plan:undone') });
    setFocusId(notice.undoFocus);
  };

  // Lists of single lines: strengths, barriers, tried, asks.
  const list = (field: ListField, key: 'strength' | 'barrier' | 'triedItem' | 'ask') => {
    const items = c[field];
    return (
      <>
        {items.length === 0 ? (
          <p className="hint">{t('plan:empty')}</p>
        ) : (
          <ol className="plan-list">
            {items.map((item, i) => {
              const id = `plan-${field}-${item.id}`;
              return (
                <li key={item.id} className="plan-list__item">
                  <label htmlFor={id}>{t(`plan:fields.${key}.label`, { n: i + 1 })}</label>
                  <textarea
                    id={id}
                    rows={2}
                    className="plan-list__text"
                    value={item.text}
                    onChange={(e) => {
                      const text = e.target.value;
                      edit((x) => ({ ...x, [field]: x[field].map((it) => (it.id === item.id ? { ...it, text } : it)) }));
                    }}
                  />
                  <button
                    type="button"
                    className="link-button plan-remove"
                    onClick={() => {
                      edit((x) => ({ ...x, [field]: x[field].filter((it) => it.id !== item.id) }));
                      removed(t(`plan:fields.${key}.removed`), (x) => ({ ...x, [field]: insertAt(x[field], i, item) }), id);
                    }}
                  >
                    {t(`plan:fields.${key}.remove`, { n: i + 1 })}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const item = { id: newId(), text: '' };
            edit((x) => ({ ...x, [field]: [...x[field], item] }));
            setFocusId(`plan-${field}-${item.id}`);
          }}
        >
          {t(`plan:fields.${key}.add`)}
        </button>
      </>
    );
  };

  const setAction = (id: string, patch: Partial<PlanAction>) =>
    edit((x) => ({ ...x, actions: x.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) }));
  const setPerson = (id: string, patch: Partial<PlanPerson>) =>
    edit((x) => ({ ...x, people: x.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  const pickable = (contacts ?? []).filter((k) => (!k.childId || k.childId === childId) && !c.people.some((p) => p.contactId === k.id));

  const review: PlanReview = cycle.review ?? EMPTY_REVIEW;
  const showReview = reviewing || hasReview(cycle.review);
  const setReview = (patch: Partial<PlanReview>) => {
    setReviewError(false);
    save((p) => updateReview(p, { ...(currentCycle(p).review ?? EMPTY_REVIEW), ...patch }, nowIso()));
  };
  const finishReview = () => {
    if (!hasReview(cycle.review)) {
      setReviewError(true);
      document.getElementById('plan-review-worked')?.focus();
      return;
    }
    const next = startNextCycle(plan, review, nowIso());
    save(() => next);
    setReviewing(false);
    setNotice({ text: t('plan:review.finished', { number: currentCycle(next).number }) });
    document.getElementById('plan-cycle-heading')?.focus();
  };

  const planFile = async () => {
    await saver.current?.flush();
    const all = await getStorage().snapshot({ forExport: true });
    return {
      name: planFileName(child ? name : ''),
      text: JSON.stringify(toBackupFile(childSnapshot(all, childId)), null, 2),
    };
  };
  const exportPlan = async () => {
    const file = await planFile();
    downloadFile(file.name, file.text);
    setNotice({ text: t('plan:editor.exported') });
  };
  const shareFile = async () => {
    const file = await planFile();
    const result = await shareContent({
      title: t('plan:summary.title', { name }),
      files: [new File([file.text], file.name, { type: 'application/json' })],
    });
    if (result === 'shared') return setNotice({ text: t('plan:editor.shared') });
    if (result === 'cancelled') return setNotice({ text: t('plan:editor.shareCancelled') });
    downloadFile(file.name, file.text);
    setNotice({ text: t('plan:editor.exported') });
  };
  const share = async () => {
    const text = planSummary(plan, name, translate, date);
    const result = await shareContent({ title: t('plan:summary.title', { name }), text });
    if (result === 'shared') return setNotice({ text: t('plan:editor.shared') });
    if (result === 'cancelled') return setNotice({ text: t('plan:editor.shareCancelled') });
    setNotice({ text: (await copyText(text)) ? t('plan:editor.copied') : t('plan:editor.copyFailed') });
  };
  const deletePlan = async () => {
    deleted.current = true;
    try {
      await getStorage().delete('plans', plan.id);
      void navigate('/plan', { state: { message: t('plan:delete.done') } });
    } catch {
      deleted.current = false;
      setNotice({ text: t('plan:delete.failed') });
    }
  };

  const earlier = earlierCycles(plan);

  return (
    <Page title={t('plan:editor.title', { name })}>
      <p>
        <span className="tag" id="plan-cycle-heading" tabIndex={-1}>
          {t('plan:editor.cycleTag', { number: cycle.number })}
        </span>
      </p>
      <p className="hint">{t('plan:editor.saved')}</p>

      <div className="button-row plan-tools" role="group" aria-label={t('plan:editor.tools')}>
        <Link className="button" to={`/plan/${encodeURIComponent(childId)}/print`}>
          {t('plan:editor.printPreview')}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => void exportPlan()}>
          {t('plan:editor.export')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          {t('plan:editor.share')}
        </button>
        {canShareFiles && (
          <button type="button" className="button button--secondary" onClick={() => void shareFile()}>
            {t('plan:editor.shareFile')}
          </button>
        )}
      </div>

      <div role="status" className="plan-notice">
        {notice.text && (
          <p className="notice plan-notice__body">
            {notice.text}{' '}
            {notice.undo && (
              <button ref={undoButton} type="button" className="button button--secondary plan-undo" onClick={undo}>
                {t('plan:undo')}
              </button>
            )}
          </p>
        )}
      </div>

      <Section id="plan-about" heading={t('plan:sections.about.heading')} hint={t('plan:sections.about.hint')}>
        <h3>{t('plan:fields.strength.heading')}</h3>
        {list('strengths', 'strength')}
        <TextField id="plan-interests" label={t('plan:fields.interests.label')} value={c.interests} onChange={setText('interests')} />
        <TextField id="plan-enjoys" label={t('plan:fields.enjoys.label')} value={c.enjoys} onChange={setText('enjoys')} />
      </Section>

      <Section id="plan-barriers" heading={t('plan:sections.barriers.heading')} hint={t('plan:sections.barriers.hint')}>
        {list('barriers', 'barrier')}
      </Section>

      <Section id="plan-child-voice" heading={t('plan:sections.childVoice.heading')} hint={t('plan:sections.childVoice.hint')}>
        <TextField id="plan-child-hard" label={t('plan:fields.childHard.label')} value={c.childHard} onChange={setText('childHard')} />
        <TextField id="plan-child-helps" label={t('plan:fields.childHelps.label')} value={c.childHelps} onChange={setText('childHelps')} />
        <TextField id="plan-child-change" label={t('plan:fields.childChange.label')} value={c.childChange} onChange={setText('childChange')} />
      </Section>

      <Section id="plan-parent-voice" heading={t('plan:sections.parentVoice.heading')}>
        <TextField id="plan-parent" label={t('plan:fields.parentVoice.label')} value={c.parentVoice} onChange={setText('parentVoice')} />
      </Section>

      <Section id="plan-tried" heading={t('plan:sections.tried.heading')} hint={t('plan:sections.tried.hint')}>
        {list('tried', 'triedItem')}
        <TextField id="plan-helped" label={t('plan:fields.helped.label')} value={c.helped} onChange={setText('helped')} />
        <TextField id="plan-worse" label={t('plan:fields.madeWorse.label')} value={c.madeWorse} onChange={setText('madeWorse')} />
      </Section>

      <Section id="plan-asks" heading={t('plan:sections.asks.heading')} hint={t('plan:sections.asks.hint')}>
        {list('asks', 'ask')}
      </Section>

      <Section id="plan-actions" heading={t('plan:sections.actions.heading')} hint={t('plan:sections.actions.hint')}>
        {c.actions.length === 0 && <p className="hint">{t('plan:empty')}</p>}
        {c.actions.map((a, i) => {
          const id = `plan-action-${a.id}`;
          return (
            <fieldset key={a.id} className="card plan-row">
              <legend>{t('plan:fields.action.legend', { n: i + 1 })}</legend>
              <div className="field">
                <label htmlFor={`${id}-what`}>{t('plan:fields.action.what')}</label>
                <textarea id={`${id}-what`} rows={2} className="plan-list__text" value={a.what} onChange={(e) => setAction(a.id, { what: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-who`}>{t('plan:fields.action.who')}</label>
                <input id={`${id}-who`} type="text" value={a.who} onChange={(e) => setAction(a.id, { who: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-when`}>{t('plan:fields.action.byWhen')}</label>
                <input id={`${id}-when`} type="date" value={a.byWhen} onChange={(e) => setAction(a.id, { byWhen: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-status`}>{t('plan:fields.action.status')}</label>
                <select id={`${id}-status`} value={a.status} onChange={(e) => setAction(a.id, { status: e.target.value as ActionStatus })}>
                  {ACTION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`plan:status.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="link-button plan-remove"
                onClick={() => {
                  edit((x) => ({ ...x, actions: x.actions.filter((it) => it.id !== a.id) }));
                  removed(t('plan:fields.action.removed'), (x) => ({ ...x, actions: insertAt(x.actions, i, a) }), `${id}-what`);
                }}
              >
                {t('plan:fields.action.remove', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const action: PlanAction = { id: newId(), what: '', who: '', byWhen: '', status: 'not-started' };
            edit((x) => ({ ...x, actions: [...x.actions, action] }));
            setFocusId(`plan-action-${action.id}-what`);
          }}
        >
          {t('plan:fields.action.add')}
        </button>
      </Section>

      <Section id="plan-people" heading={t('plan:sections.people.heading')} hint={t('plan:sections.people.hint')}>
        {c.people.length === 0 && <p className="hint">{t('plan:empty')}</p>}
        {c.people.map((p, i) => {
          const id = `plan-person-${p.id}`;
          return (
            <fieldset key={p.id} className="card plan-row">
              <legend>{t('plan:fields.person.legend', { n: i + 1 })}</legend>
              <div className="field">
                <label htmlFor={`${id}-name`}>{t('plan:fields.person.name')}</label>
                <input id={`${id}-name`} type="text" value={p.name} onChange={(e) => setPerson(p.id, { name: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-role`}>{t('plan:fields.person.role')}</label>
                <input id={`${id}-role`} type="text" value={p.role} onChange={(e) => setPerson(p.id, { role: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-reach`}>{t('plan:fields.person.reach')}</label>
                <input id={`${id}-reach`} type="text" value={p.reach} onChange={(e) => setPerson(p.id, { reach: e.target.value })} />
              </div>
              <button
                type="button"
                className="link-button plan-remove"
                onClick={() => {
                  edit((x) => ({ ...x, people: x.people.filter((it) => it.id !== p.id) }));
                  removed(t('plan:fields.person.removed'), (x) => ({ ...x, people: insertAt(x.people, i, p) }), `${id}-name`);
                }}
              >
                {t('plan:fields.person.remove', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const person: PlanPerson = { id: newId(), name: '', role: '', reach: '' };
            edit((x) => ({ ...x, people: [...x.people, person] }));
            setFocusId(`plan-person-${person.id}-name`);
          }}
        >
          {t('plan:fields.person.add')}
        </button>
        {pickable.length > 0 && (
          <div className="field plan-pick">
            <label htmlFor="plan-pick-contact">{t('plan:fields.person.fromContacts')}</label>
            <select id="plan-pick-contact" value={contactPick} onChange={(e) => setContactPick(e.target.value)}>
              <option value="">{t('plan:fields.person.chooseContact')}</option>
              {pickable.map((k) => (
                <option key={k.id} value={k.id}>
                  {[k.name, translate(`services:roles.${k.role}`)].filter(Boolean).join(', ')}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              className="button button--secondary"
              disabled={!contactPick}
              onClick={() => {
                const contact = pickable.find((k) => k.id === contactPick);
                if (!contact) return;
                const person = personFromContact(contact, translate);
                edit((x) => ({ ...x, people: [...x.people, person] }));
                setContactPick('');
                setFocusId(`plan-person-${person.id}-name`);
              }}
            >
              {t('plan:fields.person.addContact')}
            </button>
          </div>
        )}
      </Section>

      <Section id="plan-next-review" heading={t('plan:sections.review.heading')} hint={t('plan:sections.review.hint')}>
        <TextField id="plan-review-date" label={t('plan:fields.nextReview.label')} type="date" multiline={false} value={c.nextReview} onChange={setText('nextReview')} />
      </Section>

      <Section id="plan-notes" heading={t('plan:sections.notes.heading')}>
        <TextField
          id="plan-meeting-notes"
          label={t('plan:fields.meetingNotes.label')}
          hint={t('plan:fields.meetingNotes.hint')}
          value={c.meetingNotes}
          onChange={setText('meetingNotes')}
        />
      </Section>

      <section className="panel plan-review" aria-labelledby="plan-review-heading">
        <h2 id="plan-review-heading">{t('plan:review.heading')}</h2>
        <p>{t('plan:review.intro')}</p>
        {showReview ? (
          <fieldset>
            <legend className="visually-hidden">{t('plan:review.heading')}</legend>
            {reviewError && (
              <p className="error-message" id="plan-review-error">
                {t('plan:review.needSomething')}
              </p>
            )}
            <div className="field">
              <label htmlFor="plan-review-worked">{t('plan:review.worked')}</label>
              <textarea
                id="plan-review-worked"
                rows={3}
                value={review.worked}
                aria-describedby={reviewError ? 'plan-review-error' : undefined}
                aria-invalid={reviewError || undefined}
                onChange={(e) => setReview({ worked: e.target.value })}
              />
            </div>
            <TextField id="plan-review-not-worked" label={t('plan:review.notWorked')} value={review.notWorked} onChange={(v) => setReview({ notWorked: v })} />
            <TextField id="plan-review-steps" label={t('plan:review.steps')} hint={t('plan:review.stepsHint')} value={review.steps} onChange={(v) => setReview({ steps: v })} />
            <div className="button-row">
              <button type="button" className="button" onClick={finishReview}>
                {t('plan:review.finish')}
              </button>
              {!hasReview(cycle.review) && (
                <button type="button" className="button button--secondary" onClick={() => setReviewing(false)}>
                  {t('plan:review.cancel')}
                </button>
              )}
            </div>
          </fieldset>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setReviewing(true);
              setFocusId('plan-review-worked');
            }}
          >
            {t('plan:review.start')}
          </button>
        )}
      </section>

      {earlier.length > 0 && (
        <section aria-labelledby="plan-earlier-heading">
          <h2 id="plan-earlier-heading">{t('plan:review.earlier')}</h2>
          {earlier.map((e) => (
            <EarlierCycle key={e.number} cycle={e} />
          ))}
        </section>
      )}

      <section aria-labelledby="plan-delete-heading">
        <h2 id="plan-delete-heading">{t('plan:delete.heading')}</h2>
        <p>{t('plan:delete.body')}</p>
        <ConfirmButton
          label={t('plan:delete.button')}
          question={t('plan:delete.confirm', { name })}
          yes={t('plan:delete.yes')}
          no={t('plan:delete.no')}
          onConfirm={deletePlan}
        />
      </section>
      <p className="hint">{t('plan:editor.lastSaved', { date: date(plan.updatedAt) })}</p>
    </Page>
  );
}
