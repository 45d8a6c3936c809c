import { useTranslation } from 'react-i18next';
import type { FlatNamespace } from 'i18next';
import type { LocalPack, PackItem } from '../../domain/councils/packs';
import { CopySearch } from './CopySearch';
import { contentT } from '../../ui/contentText';

/** One area's local pack: each team, meeting, plan or pathway, how to find it, and what to ask. */
export function LocalPackView({ pack, onSave }: { pack: LocalPack; onSave: (item: PackItem, name: string) => void }) {
  // A pack's namespace is named by the pack (content, loaded when needed), so the compiler cannot
  // know its keys: the local pack tests check them.
  const { t: packT, i18n, ready } = useTranslation(pack.namespace as FlatNamespace);
  const t = contentT(packT);
  const { t: ts } = useTranslation('services');
  if (!ready) return null;
  return (
    <section aria-labelledby="local-pack-heading" className="local-pack">
      <h2 id="local-pack-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      {pack.items.map((item) => {
        const k = (key: string) => `items.${item.id}.${key}`;
        const has = (key: string) => i18n.exists(`${pack.namespace}:${k(key)}`);
        const name = t(k('name'));
        return (
          <div key={item.id} className="card local-pack__item">
            <h3>{name}</h3>
            <p>{t(k('what'))}</p>
            <h4>{ts('council.pack.how')}</h4>
            <p>{t(k('how'))}</p>
            {has('ask') && (
              <>
                <h4>{ts('council.pack.ask')}</h4>
                <p>{t(k('ask'))}</p>
              </>
            )}
            {has('search') && <CopySearch text={t(k('search'))} />}
            <button type="button" className="link-button no-print" onClick={() => onSave(item, name)}>
              {ts('council.pack.save', { name })}
            </button>
          </div>
        );
      })}
    </section>
  );
}
