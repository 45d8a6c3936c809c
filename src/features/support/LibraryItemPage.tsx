import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findSignpost } from '../../content/signposts';
import { NATIONS } from '../../domain/nations';
import { nationOf } from '../../domain/questionnaire/types';
import { Page } from '../../ui/primitives/Page';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { SignpostArticle } from './SignpostArticle';
import { say, useReaderVars } from './text';

/** /support/library/:id: one right or route in full. */
export function LibraryItemPage() {
  const { t } = useTranslation(['support', 'questionnaire']);
  const { id = '' } = useParams();
  const signpost = findSignpost(id);
  const { active } = useActiveChild();
  const vars = useReaderVars(active?.answers);
  const back = (
    <Link className="back-link no-print" to="/support/library">
      {t('library.back')}
    </Link>
  );
  if (!signpost) {
    return (
      <Page title={t('library.notFound.title')}>
        {back}
        <p>{t('library.notFound.body')}</p>
      </Page>
    );
  }
  const childNation = active ? nationOf(active.answers) : undefined;
  const nations = signpost.nations.map((n) => t(`nations.${n}`)).join(', ');
  return (
    <Page title={say(t, signpost.text.title, vars)} className="support-item">
      {back}
      <p>
        <span className="tag">{say(t, `themes.${signpost.theme}`, vars)}</span>{' '}
        {t('signpost.nations', { nations: signpost.nations.length === NATIONS.length ? t('nationPicker.allShort') : nations })}
      </p>
      {childNation && !signpost.nations.includes(childNation) && (
        <div className="notice notice--warning">
          <p>{t('library.otherNation', { nations, nation: t(`nations.${childNation}`) })}</p>
          <p>
            <Link to={`/support/library?nation=${childNation}`}>{t('library.forNation', { nation: t(`nations.${childNation}`) })}</Link>
          </p>
        </div>
      )}
      <SignpostArticle signpost={signpost} vars={vars} level={2} />
    </Page>
  );
}
