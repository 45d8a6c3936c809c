import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/primitives/Page';

export function AnswersNotFound() {
  const { t } = useTranslation('questionnaire');
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/questions">{t('notFound.link')}</Link>
      </p>
    </Page>
  );
}
