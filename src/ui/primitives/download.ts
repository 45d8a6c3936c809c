import { getStorage } from '../../storage';

/**
 * What this tab could not write down on the volunteer's session (the name of a file saved, or that
 * the clipboard was used), so the end of the session can still say what to look for.
 */
const unrecorded: { files: string[]; clipboard: boolean } = { files: [], clipboard: false };

/** Files saved and clipboard use during the session that could not be recorded on it (this tab only). */
export function notRecordedInSession(): { files: string[]; clipboard: boolean } {
  return { files: [...unrecorded.files], clipboard: unrecorded.clipboard };
}

/**
 * Offer a file to the person: their browser saves it; nothing is sent anywhere. Resolves to whether
 * it is recorded where it must be: during a volunteer's session, the file's name on the session
 * (ending it cannot delete the file, but says which files to look for). False when that could not be
 * saved; the name is then kept in `notRecordedInSession`.
 */
export function downloadFile(filename: string, contents: string, type = 'application/json'): Promise<boolean> {
  const blob = new Blob([contents], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  // During a volunteer's session, remember the file: ending the session cannot delete it, but can
  // say which files to look for.
  const session = getStorage().session();
  if (!session) return Promise.resolve(true);
  return getStorage()
    .updateSession({ downloads: [...(session.downloads ?? []), filename] })
    .then(
      () => true,
      () => {
        unrecorded.files.push(filename);
        return false;
      },
    );
}

/** Copy text; resolves false where the browser will not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    // Ending a volunteer's session empties the clipboard the app wrote to.
    if (getStorage().session()) {
      void getStorage()
        .updateSession({ wroteClipboard: true })
        .then(undefined, () => {
          unrecorded.clipboard = true;
        });
    }
    return true;
  } catch {
    return false;
  }
}

/** The phone's share sheet, where there is one. Resolves 'shared', 'cancelled' or 'unavailable'. */
export async function shareContent(data: { title: string; text?: string; files?: File[] }): Promise<'shared' | 'cancelled' | 'unavailable'> {
  if (typeof navigator.share !== 'function') return 'unavailable';
  if (data.files && (!navigator.canShare || !navigator.canShare({ files: data.files }))) return 'unavailable';
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'unavailable';
  }
}
