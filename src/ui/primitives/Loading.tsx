import { useTranslation } from 'react-i18next';

/** Shown while a screen's code or text loads; announced politely. */
export function Loading() {
  const { t, ready } = useTranslation('common', { useSuspense: false });
  return (
    <p className="loading" role="status">
      {ready ? t('loading') : ''}
    </p>
  );
}
