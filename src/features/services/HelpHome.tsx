import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NATIONS, type Nation } from '../../domain/nations';
import { nationOf } from '../../domain/questionnaire/types';
import { useListRead } from '../../storage/react';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { CouncilSearch } from '../../ui/primitives/CouncilSearch';
import { NationalServices } from './NationalServices';
import { councilName } from '../../ui/i18n/councilName';
import { contentT } from '../../ui/i18n/contentText';
import { textKeys } from '../../domain/textVariant';
import { useCouncilChoice } from './useCouncilChoice';

/** /help: find your council, the free advice services for your nation, and a way to your contacts. */
export function HelpHome() {
  const { t } = useTranslation('services');
  const { council, setCouncilId } = useCouncilChoice();
  const { active } = useActiveChild();
  const contacts = useListRead('contacts');
  const [picked, setPicked] = useState<Nation | undefined>(undefined);
  const nation = picked ?? council?.nation ?? (active ? nationOf(active.answers) : undefined);
  const nationName = useId();

  return (
    <Page title={t('help.title')}>
      <p className="lead">{t('help.lead')}</p>

      {council && (
        <section aria-labelledby="your-council" className="panel">
          <h2 id="your-council">{t('help.yourCouncil.heading')}</h2>
          <p>{t('help.yourCouncil.body', { name: councilName(t, council) })}</p>
          <p>
            <Link to={`/help/councils/${council.id}`}>{t('help.yourCouncil.link', { name: councilName(t, council) })}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="find-council">
        <h2 id="find-council">{t('help.search.heading')}</h2>
        <CouncilSearch
          label={t('help.search.label')}
          hint={t('help.search.hint')}
          linkTo={(c) => `/help/councils/${c.id}`}
          onChoose={(c) => {
            setPicked(undefined);
            // The link opens the council's page at once. A choice that could not be saved is said
            // there (useCouncilNotKept), with "make this my council" to try again: nothing is lost here.
            void setCouncilId(c.id);
          }}
        />
      </section>

      <section aria-labelledby="national-services">
        <h2 id="national-services">{t('help.national.heading')}</h2>
        <fieldset aria-describedby={`${nationName}-hint`}>
          <legend className="label">{t('help.national.nationLegend')}</legend>
          <span className="hint" id={`${nationName}-hint`}>
            {t('help.national.nationHint')}
          </span>
          <div className="choices">
            {NATIONS.map((n) => (
              <div className="choice" key={n}>
                <input
                  type="radio"
                  id={`${nationName}-${n}`}
                  name={nationName}
                  value={n}
                  checked={nation === n}
                  onChange={() => setPicked(n)}
                />
                <label htmlFor={`${nationName}-${n}`}>{t(`nations.${n}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {nation ? (
          <>
            <p className="services-for">
              <strong>{t('help.national.for', { nation: t(`nations.${nation}`) })}</strong>
            </p>
            <NationalServices nation={nation} headingLevel={3} />
          </>
        ) : (
          <p>{t('help.national.pickNation')}</p>
        )}
      </section>

      <section aria-labelledby="my-contacts">
        <h2 id="my-contacts">{t('help.contacts.heading')}</h2>
        <p>{contentT(t)(textKeys('help.contacts.body', { audience: 'parent', nation }))}</p>
        {contacts.status === 'ready' && <p>{t('help.contacts.count', { count: contacts.value.length })}</p>}
        {contacts.status === 'failed' && <ReadFailed read={contacts} />}
        <p>
          <Link to="/help/contacts">{t('help.contacts.link')}</Link>
        </p>
        <p>
          <Link to="/help/packs">{t('localServices.packsLink')}</Link>
        </p>
      </section>
    </Page>
  );
}
