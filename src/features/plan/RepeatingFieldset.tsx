import type { ListField, PlanItem } from '../../domain/plan/types';
import { FieldsetRow, ListRow, type FieldsetKind, type ListKind, type RowField, type RowHandlers } from './rows';
import { usePlanText } from './text';

/** A list of single lines (strengths, barriers…), each with its own Remove button, and an Add button. */
export function ItemList({ field, kind, items, handlers, onAdd }: { field: ListField; kind: ListKind; items: PlanItem[]; handlers: RowHandlers; onAdd: () => void }) {
  const { t } = usePlanText();
  return (
    <>
      {items.length === 0 ? (
        <p className="hint">{t('plan:empty')}</p>
      ) : (
        <ol className="plan-list">
          {items.map((item, i) => (
            <ListRow key={item.id} field={field} kind={kind} item={item} index={i} handlers={handlers} />
          ))}
        </ol>
      )}
      <button type="button" className="button button--secondary" onClick={onAdd}>
        {t(`plan:fields.${kind}.add`)}
      </button>
    </>
  );
}

/**
 * The same fieldset repeated for each item (an action, a person), with an Add button. Rows only
 * draw again when their own item changes, so typing in a long plan stays quick.
 */
export function RepeatingFieldset<T extends { id: string }>({
  field,
  kind,
  items,
  fields,
  handlers,
  onAdd,
}: {
  field: 'actions' | 'people';
  kind: FieldsetKind;
  items: T[];
  fields: readonly RowField<T>[];
  handlers: RowHandlers;
  onAdd: () => void;
}) {
  const { t } = usePlanText();
  return (
    <>
      {items.length === 0 && <p className="hint">{t('plan:empty')}</p>}
      {items.map((item, i) => (
        <FieldsetRow key={item.id} field={field} kind={kind} item={item} index={i} fields={fields} handlers={handlers} />
      ))}
      <button type="button" className="button button--secondary" onClick={onAdd}>
        {t(`plan:fields.${kind}.add`)}
      </button>
    </>
  );
}
