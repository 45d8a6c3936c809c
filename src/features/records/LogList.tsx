import { useTranslation } from 'react-i18next';
import type { ContactLogRecord } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { ConfirmButton } from '../../ui/primitives/ConfirmButton';
import { contentT } from '../../ui/i18n/contentText';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { downloadFollowUps } from './calendar';
import type { LogMessage } from './LogPage';
import { useRecordsChild } from './shared';

/** Every entry in the log, newest first, each with edit, calendar and delete. */
export function LogList({
  entries,
  onEdit,
  onMessage,
}: {
  entries: ContactLogRecord[];
  onEdit: (e: ContactLogRecord) => void;
  onMessage: (m: LogMessage) => void;
}) {
  const { t } = useTranslation('records');
  const ct = contentT(t);
  const date = useFormatDate();
  const { name } = useRecordsChild();
  const sorted = entries;
  const startEdit = onEdit;
  const setMessage = onMessage;
  return (
    <section aria-labelledby="log-list-heading">
      <h2 id="log-list-heading">{t('log.listHeading')}</h2>
      {sorted.length === 0 && <p>{t('log.empty')}</p>}
      <ul className="records-log">
        {sorted.map((e) => {
          const when = date(e.date, 'long');
          const how = t(`log.ways.${e.how}`);
          return (
            <li key={e.id} className="records-log__item">
              <h3>{e.time ? t('log.entryTime', { date: when, time: e.time, how, who: e.who }) : t('log.entry', { date: when, how, who: e.who })}</h3>
              {e.key && <p className="records-tag">{t('log.keyEntry')}</p>}
              <p className="records-text">{e.said}</p>
              {e.agreed && <p className="records-text">{e.agreed}</p>}
              {e.followUpOn && <p>{t('log.followUpOn', { date: date(e.followUpOn, 'long') })}</p>}
              <div className="button-row">
                <button type="button" className="button button--secondary" aria-label={t('log.editNamed', { date: when })} onClick={() => startEdit(e)}>
                  {t('log.edit')}
                </button>
                {e.followUpOn && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('log.calendarNamed', { date: date(e.followUpOn, 'long') })}
                    onClick={() => {
                      downloadFollowUps([e], ct, name || t('title'), date);
                      setMessage('calendar');
                    }}
                  >
                    {t('log.calendar')}
                  </button>
                )}
                <ConfirmButton
                  label={t('log.delete')}
                  question={t('log.confirmDelete')}
                  yes={t('log.confirmYes')}
                  no={t('log.confirmNo')}
                  onConfirm={() =>
                    getStorage()
                      .delete('contactLog', e.id)
                      .then(
                        () => setMessage('deleted'),
                        () => setMessage('deleteFailed'),
                      )
                  }
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
