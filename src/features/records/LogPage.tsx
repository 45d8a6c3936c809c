import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates } from '../../domain/dates';
import { useListRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useSteadyRead } from '../../ui/records/readState';
import { LogForm } from './LogForm';
import { LogList } from './LogList';
import { useRecordsChild } from './shared';

export type LogMessage = 'saved' | 'deleted' | 'deleteFailed' | 'calendar' | 'failed';

/**
 * The contact log: a form to add (or change) an entry, and every entry, newest first. Without the
 * saved contacts (a read that failed) there is no form: an entry saved then could lose who it was with.
 */
export function LogPage() {
  const { child, log } = useRecordsChild();
  const contacts = useSteadyRead(useListRead('contacts'), child?.id ?? '');
  const childId = child?.id;
  const mine = useMemo(() => (contacts.status === 'ready' ? contacts.value.filter((c) => !c.childId || c.childId === childId) : []), [contacts, childId]);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [message, setMessage] = useState<LogMessage | undefined>();
  /** A new blank form after each save. */
  const [round, setRound] = useState(0);
  const sorted = useMemo(() => log.slice().sort((a, b) => compareDates(b.date, a.date) || (b.time ?? '').localeCompare(a.time ?? '')), [log]);
  if (!child) return null;
  if (contacts.status === 'failed') return <ReadFailed read={contacts} />;
  // The entry as saved now (here or in another tab), so the form can merge in what changed there.
  const editing = editingId ? log.find((e) => e.id === editingId) : undefined;
  const done = (m: LogMessage) => {
    setMessage(m);
    if (m === 'saved') {
      setEditingId(undefined);
      setRound((r) => r + 1);
    }
  };
  return (
    <>
      {contacts.status === 'ready' && (
        <LogForm key={`${editingId ?? 'new'}-${round}`} childId={child.id} mine={mine} editing={editing} onCancel={() => setEditingId(undefined)} onDone={done} />
      )}
      <p role="status" className="status-message">
        <LogMessageText message={message} />
      </p>
      <LogList entries={sorted} onEdit={(e) => setEditingId(e.id)} onMessage={setMessage} />
    </>
  );
}

function LogMessageText({ message }: { message: LogMessage | undefined }) {
  const { t } = useTranslation('records');
  return message === 'saved'
    ? t('log.saved')
    : message === 'deleted'
      ? t('log.deleted')
      : message === 'deleteFailed'
        ? t('log.deleteFailed')
        : message === 'calendar'
          ? t('log.calendarSaved')
          : message === 'failed'
            ? t('week.saveFailed')
            : '';
}
