import { useTranslation } from 'react-i18next';

/** Says, while it is so, that what is on screen is not saved yet (it is kept in this tab meanwhile). */
export function UnsavedNotice({ unsaved }: { unsaved: boolean }) {
  const { t } = useTranslation('common');
  return <div role="status">{unsaved && <p className="notice notice--warning">{t('unsaved.kept')}</p>}</div>;
}
