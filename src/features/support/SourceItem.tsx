import { useTranslation } from 'react-i18next';
import { SOURCES, type SourceRef } from '../../content/sources';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { sourceLine } from './text';

/** An address as people read it: no "https://", no "www.". */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

/** One source in a list: its title and publisher, the public address to open, and when it was checked. */
export function SourceItem({ source }: { source: SourceRef }) {
  const { t } = useTranslation('support');
  const date = useFormatDate();
  const s = SOURCES[source.source];
  return (
    <li>
      {sourceLine(t, source)}{' '}
      <a href={s.url} className="source-link">
        {shortAddress(s.url)}
      </a>{' '}
      <span className="source-checked">({t('signpost.checked', { date: date(s.checked) })})</span>
    </li>
  );
}
