import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { newId } from '../../domain/ids';
import {
  ACTION_STATUSES,
  currentCycle,
  earlierCycles,
  type ListField,
  type PlanAction,
  type PlanContent,
  type PlanPerson,
  type PlanRecord,
  type TextField as TextFieldName,
} from '../../domain/plan/types';
import { failedRead, useRecordRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { Loading } from '../../ui/primitives/Loading';
import { ConfirmButton } from '../../ui/primitives/ConfirmButton';
import { Page } from '../../ui/primitives/Page';
import { ContactPick } from './ContactPick';
import { nationOf } from '../../domain/questionnaire/types';
import type { Nation } from '../../domain/nations';
import { EarlierCycle, Section, TextField } from './parts';
import { PlanTools } from './PlanTools';
import { useNotice, UndoNotice } from './PlanNotice';
import { ItemList, RepeatingFieldset } from './RepeatingFieldset';
import { ReviewPanel } from './ReviewPanel';
import type { FieldsetKind, ListKind, RowField, RowHandlers, RowsField } from './rows';
import { usePlanText } from './text';
import { usePlanDocument, type PlanDocument } from './usePlanDocument';
import { UnsavedNotice } from '../../ui/primitives/UnsavedNotice';

const ACTION_FIELDS: readonly RowField<PlanAction>[] = [
  { name: 'what', label: 'plan:fields.action.what', idSuffix: 'what', control: 'textarea' },
  { name: 'who', label: 'plan:fields.action.who', idSuffix: 'who', control: 'text' },
  { name: 'byWhen', label: 'plan:fields.action.byWhen', idSuffix: 'when', control: 'date' },
  { name: 'status', label: 'plan:fields.action.status', idSuffix: 'status', control: 'select', options: ACTION_STATUSES },
];
const PERSON_FIELDS: readonly RowField<PlanPerson>[] = [
  { name: 'name', label: 'plan:fields.person.name', idSuffix: 'name', control: 'text' },
  { name: 'role', label: 'plan:fields.person.role', idSuffix: 'role', control: 'text' },
  { name: 'reach', label: 'plan:fields.person.reach', idSuffix: 'reach', control: 'text' },
];

type Rows = { id: string }[];

function insertAt<T>(list: T[], index: number, item: T): T[] {
  const next = list.slice();
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}

/** /plan/:childId: every section of the plan as labelled fields, saved as the family types. */
export function PlanEditor() {
  const { childId = '' } = useParams();
  const { t, nameOrDefault } = usePlanText();
  const childRead = useRecordRead('children', childId);
  const doc = usePlanDocument(childId);
  const { plan } = doc;

  // Could not read the child or the plan: say so, and show nothing to edit (so nothing is saved over it).
  const failed = failedRead(childRead, doc.failed);
  if (failed) {
    return (
      <Page title={t('plan:editor.titleUnnamed')}>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (plan === undefined || childRead.status === 'loading') return <Loading />;
  const child = childRead.status === 'ready' ? childRead.value : null;
  const name = nameOrDefault(child);
  if (plan === null) {
    return (
      <Page title={child ? t('plan:editor.title', { name }) : t('plan:editor.titleUnnamed')}>
        <p>{t('plan:editor.notFound')}</p>
        <Link to="/plan">{t('plan:editor.goToPlans')}</Link>
      </Page>
    );
  }
  return <PlanForm childId={childId} nation={child ? nationOf(child.answers) : undefined} name={name} named={!!child} plan={plan} doc={doc} />;
}

/** Moves the focus to a box once it is on screen (a new row, a row put back, the review). */
function useFocusAfterRender() {
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);
  return setFocusId;
}

/** Change and remove for every row of every list, the same functions from one keystroke to the next. */
function useRowHandlers(edit: PlanDocument['edit'], removed: ReturnType<typeof useNotice>['removed']): RowHandlers {
  const { t } = usePlanText();
  return useMemo(
    () => ({
      change: (field: RowsField, id: string, patch: Record<string, string>) =>
        edit((x) => ({ ...x, [field]: (x[field] as Rows).map((it) => (it.id === id ? { ...it, ...patch } : it)) })),
      remove: (field: RowsField, kind: ListKind | FieldsetKind, item: { id: string }, index: number, focusId: string) => {
        edit((x) => ({ ...x, [field]: (x[field] as Rows).filter((it) => it.id !== item.id) }));
        removed(t(`plan:fields.${kind}.removed`), (x) => ({ ...x, [field]: insertAt(x[field] as Rows, index, item) }), focusId);
      },
    }),
    [edit, removed, t],
  );
}

interface PlanFormProps {
  childId: string;
  nation: Nation | undefined;
  name: string;
  named: boolean;
  plan: PlanRecord;
  doc: PlanDocument;
}

function PlanForm({ childId, nation, name, named, plan, doc }: PlanFormProps) {
  const { t, date } = usePlanText();
  const navigate = useNavigate();
  const { edit, save } = doc;
  const focus = useFocusAfterRender();
  const { notice, say, removed, undo, undoButton } = useNotice(edit, focus);
  const handlers = useRowHandlers(edit, removed);
  const add = useCallback(
    <F extends RowsField>(field: F, item: PlanContent[F][number], focusId: string) => {
      edit((x) => ({ ...x, [field]: [...x[field], item] }));
      focus(focusId);
    },
    [edit, focus],
  );

  const cycle = currentCycle(plan);
  const c = cycle.content;
  const setText = (field: TextFieldName) => (value: string) => edit((x) => ({ ...x, [field]: value }));
  const list = (field: ListField, kind: ListKind) => {
    const addItem = () => {
      const item = { id: newId(), text: '' };
      add(field, item, `plan-${field}-${item.id}`);
    };
    return <ItemList field={field} kind={kind} items={c[field]} handlers={handlers} onAdd={addItem} />;
  };
  const addAction = () => {
    const action: PlanAction = { id: newId(), what: '', who: '', byWhen: '', status: 'not-started' };
    add('actions', action, `plan-action-${action.id}-what`);
  };
  const addPerson = (person: PlanPerson) => add('people', person, `plan-person-${person.id}-name`);
  const deletePlan = async () => {
    if (await doc.remove(plan)) void navigate('/plan', { state: { message: t('plan:delete.done') } });
    else say(t('plan:delete.failed'));
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
      <UnsavedNotice unsaved={doc.unsaved} text={t('plan:editor.notSaved')} />

      <PlanTools childId={childId} name={name} named={named} plan={plan} flush={doc.flush} onNotice={say} />
      <UndoNotice notice={notice} onUndo={undo} undoButton={undoButton} />

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
        <RepeatingFieldset field="actions" kind="action" items={c.actions} fields={ACTION_FIELDS} handlers={handlers} onAdd={addAction} />
      </Section>

      <Section id="plan-people" heading={t('plan:sections.people.heading')} hint={t('plan:sections.people.hint')}>
        <RepeatingFieldset
          field="people"
          kind="person"
          items={c.people}
          fields={PERSON_FIELDS}
          handlers={handlers}
          onAdd={() => addPerson({ id: newId(), name: '', role: '', reach: '' })}
        />
        <ContactPick childId={childId} nation={nation} people={c.people} onAdd={addPerson} />
      </Section>

      <Section id="plan-next-review" heading={t('plan:sections.review.heading')} hint={t('plan:sections.review.hint')}>
        <TextField id="plan-review-date" label={t('plan:fields.nextReview.label')} type="date" multiline={false} value={c.nextReview} onChange={setText('nextReview')} />
      </Section>

      <Section id="plan-notes" heading={t('plan:sections.notes.heading')}>
        <TextField id="plan-meeting-date" label={t('plan:fields.meetingDate.label')} type="date" multiline={false} value={c.meetingDate ?? ''} onChange={setText('meetingDate')} />
        <TextField id="plan-attendees" label={t('plan:fields.attendees.label')} hint={t('plan:fields.attendees.hint')} value={c.attendees ?? ''} onChange={setText('attendees')} />
        <TextField
          id="plan-meeting-notes"
          label={t('plan:fields.meetingNotes.label')}
          hint={t('plan:fields.meetingNotes.hint')}
          value={c.meetingNotes}
          onChange={setText('meetingNotes')}
        />
      </Section>

      <ReviewPanel plan={plan} save={save} onNotice={say} focus={focus} />

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
