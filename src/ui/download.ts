import { getStorage } from '../storage';

/** Offer a file to the person: their browser saves it; nothing is sent anywhere. */
export function downloadFile(filename: string, contents: string, type = 'application/json') {
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
  if (session) void getStorage().updateSession({ downloads: [...(session.downloads ?? []), filename] }).catch(() => undefined);
}

/** Copy text; resolves false where the browser will not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    // Ending a volunteer's session empties the clipboard the app wrote to.
    if (getStorage().session()) void getStorage().updateSession({ wroteClipboard: true }).catch(() => undefined);
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
