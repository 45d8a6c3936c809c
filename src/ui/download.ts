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
}

/** Copy text; resolves false where the browser will not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
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
