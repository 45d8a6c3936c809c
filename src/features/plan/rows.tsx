import { memo } from 'react';
import type { ActionStatus, ListField, PlanItem } from '../../domain/plan/types';
import { usePlanText } from './text';
import { TextArea, TextInput } from '../../ui/primitives/keepCaret';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';
import { DateBox } from '../../ui/primitives/DateBox';

/** What a row can be asked to do; the same functions for every row, so unchanged rows are not drawn again. */
export interface RowHandlers {
  /** Changes some of one row's fields. */
  change: (field: RowsField, id: string, patch: Record<string, string>) => void;
  /** Removes a row (and offers to put it back); `focusId` is the box to focus if it comes back. */
  remove: (field: RowsField, kind: ListKind | FieldsetKind, item: { id: string }, index: number, focusId: string) => void;
}

/** The plan's lists: single lines (strengths, barriers, tried, asks) and fieldsets (actions, people). */
export type RowsField = ListField | 'actions' | 'people';
/** What one item of a list is called in the plan's words (`plan:fields.<kind>.*`). */
export type ListKind = 'strength' | 'barrier' | 'triedItem' | 'ask';
export type FieldsetKind = 'action' | 'person';
/** The label of a box in a fieldset row. */
export type RowFieldLabel = `plan:fields.action.${'what' | 'who' | 'byWhen' | 'status'}` | `plan:fields.person.${'name' | 'role' | 'reach'}`;

/** One box in a fieldset row: which field it edits, its label, the end of its id, and how it is typed in. */
export interface RowField<T> {
  name: keyof T & string;
  label: RowFieldLabel;
  idSuffix: string;
  control: 'textarea' | 'text' | 'date' | 'select';
  /** For a select: the action statuses it offers. */
  options?: readonly ActionStatus[];
}

interface ListRowProps {
  field: ListField;
  kind: ListKind;
  item: PlanItem;
  index: number;
  handlers: RowHandlers;
}

/** One line of a list (a strength, a barrier…): its box and its Remove button. */
export const ListRow = memo(function ListRow({ field, kind, item, index, handlers }: ListRowProps) {
  const { t } = usePlanText();
  const id = `plan-${field}-${item.id}`;
  return (
    <li className="plan-list__item">
      <label htmlFor={id}>{t(`plan:fields.${kind}.label`, { n: index + 1 })}</label>
      <TextArea id={id} rows={2} className="plan-list__text" maxLength={TEXT_MAX} value={item.text} onChange={(e) => handlers.change(field, item.id, { text: e.target.value })} />
      <LimitNote value={item.text} max={TEXT_MAX} />
      <button type="button" className="link-button plan-remove" onClick={() => handlers.remove(field, kind, item, index, id)}>
        {t(`plan:fields.${kind}.remove`, { n: index + 1 })}
      </button>
    </li>
  );
});

export interface FieldsetRowProps<T extends { id: string }> {
  field: 'actions' | 'people';
  kind: FieldsetKind;
  item: T;
  index: number;
  fields: readonly RowField<T>[];
  handlers: RowHandlers;
}

function FieldsetRowBody<T extends { id: string }>({ field, kind, item, index, fields, handlers }: FieldsetRowProps<T>) {
  const { t } = usePlanText();
  const id = `plan-${kind}-${item.id}`;
  return (
    <fieldset className="card plan-row">
      <legend>{t(`plan:fields.${kind}.legend`, { n: index + 1 })}</legend>
      {fields.map((f) => {
        const boxId = `${id}-${f.idSuffix}`;
        const value = String(item[f.name] ?? '');
        const onChange = (e: { target: { value: string } }) => handlers.change(field, item.id, { [f.name]: e.target.value });
        // A person's name is a name; every other box is writing (the same limits as the saved plan).
        const max = f.name === 'name' ? NAME_MAX : TEXT_MAX;
        return (
          <div className="field" key={f.name}>
            <label htmlFor={boxId}>{t(f.label)}</label>
            {f.control === 'textarea' ? (
              <TextArea id={boxId} rows={2} className="plan-list__text" maxLength={max} value={value} onChange={onChange} />
            ) : f.control === 'select' ? (
              <select id={boxId} value={value} onChange={onChange}>
                {(f.options ?? []).map((s) => (
                  <option key={s} value={s}>
                    {t(`plan:status.${s}`)}
                  </option>
                ))}
              </select>
            ) : f.control === 'date' ? (
              <DateBox id={boxId} value={value} onChange={(v) => onChange({ target: { value: v } })} />
            ) : (
              <TextInput id={boxId} type={f.control} maxLength={max} value={value} onChange={onChange} />
            )}
            {f.control !== 'select' && f.control !== 'date' && <LimitNote value={value} max={max} />}
          </div>
        );
      })}
      <button type="button" className="link-button plan-remove" onClick={() => handlers.remove(field, kind, item, index, `${id}-${fields[0]?.idSuffix}`)}>
        {t(`plan:fields.${kind}.remove`, { n: index + 1 })}
      </button>
    </fieldset>
  );
}

/** One row of a repeating fieldset (an action, a person): a box for each field and a Remove button. */
export const FieldsetRow = memo(FieldsetRowBody) as typeof FieldsetRowBody;
