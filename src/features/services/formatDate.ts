/** "2026-06-01" -> "1 June 2026" in the reader's language (falls back to the ISO date). */
export function formatDate(iso: string, language = 'en'): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(d);
  } catch {
    return iso;
  }
}
