import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { nowIso } from '../../domain/ids';
import { createAutosaver, getStorage } from '../../storage';
import { useFamilyKnown, useRecord, useSession } from '../../storage/react';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';

/** The volunteer's own notes for this session: kept in a private store that never leaves the device. */
export function NotesPage() {
  const { t } = useTranslation('session');
  const session = useSession();
  const known = useFamilyKnown();
  const id = useId();
  const noteId = session ? `note-${session.familyId}` : undefined;
  const note = useRecord('notes', noteId);
  const [text, setText] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const autosaver = useMemo(
    () =>
      createAutosaver<string>(async (value) => {
        if (!noteId) return;
        await getStorage().put('notes', { id: noteId, text: value, updatedAt: nowIso() });
        setSaved(true);
      }),
    [noteId],
  );
  useEffect(() => () => autosaver.dispose(), [autosaver]);
  const loaded = useRef(false);
  useEffect(() => {
    if (note !== undefined && !loaded.current) {
      loaded.current = true;
      setText(note?.text ?? '');
    }
  }, [note]);

  if (!session) return known ? <Navigate to="/session" replace /> : null;
  if (text === undefined) return <Loading />;
  return (
    <Page title={t('notes.title')} className="session-notes no-print">
      <p>{t('notes.body')}</p>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('notes.label')}</label>
        <textarea
          id={`${id}-notes`}
          className="input"
          rows={10}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
            autosaver.schedule(e.target.value);
          }}
        />
      </div>
      <p role="status" className="status-message">
        {saved ? t('notes.saved') : ''}
      </p>
    </Page>
  );
}
