import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

// Placeholder until the feature lands: the route exists so the shell, offline and axe tests cover it.
export default function ServicesRoutes() {
  const { t } = useTranslation('common');
  return <Page title={t('nav.help')}>{null}</Page>;
}
