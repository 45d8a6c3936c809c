import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { nowIso } from '../../domain/ids';
import { createAutosaver, getStorage } from '../../storage';
import { useFamilyKnown, useRecordRead, useSession } from '../../storage/react';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';

/** The volunteer's own notes for this session: kept in a private store that never leaves the device. */
export function NotesPage() {
  const { t } = useTranslation('session');
  const session = useSession();
  const known = useFamilyKnown();
  const id = useId();
  const noteId = session ? `note-${session.familyId}` : undefined;
  const note = useRecordRead('notes', noteId);
  const [text, setText] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<'saved' | 'failed' | ''>('');
  const autosaver = useMemo(
    () =>
      createAutosaver<string>(async (value) => {
        if (!noteId) return;
        try {
          await getStorage().put('notes', { id: noteId, text: value, updatedAt: nowIso() });
        } catch (error) {
          // What is typed stays in the box, and is saved with the next change.
          setSaved('failed');
          throw error;
        }
        setSaved('saved');
      }),
    [noteId],
  );
  useEffect(() => () => autosaver.dispose(), [autosaver]);
  const loaded = useRef(false);
  useEffect(() => {
    // Read once, for this session's note (not before the session is known, when there is no note
    // to read): the box then holds what is typed (a later read that fails changes nothing).
    if (noteId && note.status === 'ready' && !loaded.current) {
      loaded.current = true;
      setText(note.value?.text ?? '');
    }
  }, [note, noteId]);

  if (!session) return known ? <Navigate to="/session" replace /> : null;
  if (text === undefined && note.status === 'failed') {
    // Never an empty box over notes that are there: typing in it would save over them.
    return (
      <Page title={t('notes.title')} className="session-notes no-print">
        <ReadFailed read={note} />
      </Page>
    );
  }
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
            setSaved('');
            autosaver.schedule(e.target.value);
          }}
        />
      </div>
      <p role="status" className="status-message">
        {saved === 'saved' ? t('notes.saved') : ''}
      </p>
      {saved === 'failed' && (
        <p className="error-message" role="alert">
          {t('notes.failed')}
        </p>
      )}
    </Page>
  );
}
