import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeAsk, moveItem } from '../../domain/case/bundle';
import type { CaseBundle } from '../../domain/case/types';
import { newId } from '../../domain/ids';
import { TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';
import type { BundleItem } from './bundleItems';

type Props = { chosen: BundleItem[]; bundle: CaseBundle; onBundle: (f: (b: CaseBundle) => CaseBundle) => void };

/** Step 2: the items in the order they will be printed, each with move up and move down. */
export function BundleOrder({ chosen, bundle, onBundle }: Props) {
  const { t } = useTranslation('records');
  return (
    <section aria-labelledby="bundle-order">
      <h2 id="bundle-order">{t('bundle.order.heading')}</h2>
      {chosen.length === 0 ? (
        <p>{t('bundle.order.none')}</p>
      ) : (
        <ol className="bundle-order">
          {chosen.map((item, i) => (
            <li key={item.ref}>
              <span>{item.title}</span>
              <span className="bundle-order__buttons">
                <button type="button" className="link-button" disabled={i === 0} onClick={() => onBundle((b) => moveItem(b, b.items.indexOf(item.ref), -1))}>
                  {t('bundle.order.up', { title: item.title })}
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={i === chosen.length - 1}
                  onClick={() => onBundle((b) => moveItem(b, b.items.indexOf(item.ref), 1))}
                >
                  {t('bundle.order.down', { title: item.title })}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {bundle.items.length > chosen.length && <p className="hint">{t('bundle.order.gone')}</p>}
    </section>
  );
}

/** Step 3: what the family asks for, each with the items that support it ticked. */
export function BundleAsks({ chosen, bundle, onBundle }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  return (
    <section aria-labelledby="bundle-asks">
      <h2 id="bundle-asks">{t('bundle.asks.heading')}</h2>
      <p>{t('bundle.asks.intro')}</p>
      {bundle.asks.map((ask, n) => (
        <div className="bundle-ask" key={ask.id}>
          <div className="field">
            <label htmlFor={`${id}-${ask.id}`}>{t('bundle.asks.label', { number: n + 1 })}</label>
            <textarea
              id={`${id}-${ask.id}`}
              rows={2}
              maxLength={TEXT_MAX}
              value={ask.text}
              onChange={(e) => {
                const text = e.target.value;
                onBundle((b) => changeAsk(b, ask.id, (a) => ({ ...a, text })));
              }}
            />
            <LimitNote value={ask.text} max={TEXT_MAX} />
          </div>
          <fieldset className="bundle-group">
            <legend>{t('bundle.asks.evidence', { number: n + 1 })}</legend>
            {chosen.length === 0 ? (
              <p>{t('bundle.asks.noItems')}</p>
            ) : (
              <ul className="bundle-choices">
                {chosen.map((item, i) => (
                  <li key={item.ref} className="bundle-choice">
                    <input
                      type="checkbox"
                      id={`${id}-${ask.id}-${i}`}
                      checked={ask.evidence.includes(item.ref)}
                      onChange={(e) => {
                        const on = e.target.checked;
                        onBundle((b) => changeAsk(b, ask.id, (a) => ({ ...a, evidence: on ? [...a.evidence.filter((r) => r !== item.ref), item.ref] : a.evidence.filter((r) => r !== item.ref) })));
                      }}
                    />
                    <label htmlFor={`${id}-${ask.id}-${i}`}>{t('bundle.asks.item', { number: i + 1, title: item.title })}</label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
          <button type="button" className="link-button" onClick={() => onBundle((b) => ({ ...b, asks: b.asks.filter((a) => a.id !== ask.id) }))}>
            {t('bundle.asks.remove', { number: n + 1 })}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="button button--secondary" onClick={() => onBundle((b) => ({ ...b, asks: [...b.asks, { id: newId(), text: '', evidence: [] }] }))}>
          {t('bundle.asks.add')}
        </button>
      </p>
    </section>
  );
}
