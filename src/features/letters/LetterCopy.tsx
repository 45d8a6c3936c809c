import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { copyOf, type CopyPart } from '../../domain/letters/copy';
import type { LetterRecord } from '../../domain/letters/types';
import { contentT } from '../../ui/i18n/contentText';
import { languageOf } from '../../ui/i18n/languages';
import { Listen } from '../../ui/primitives/Listen';

/**
 * The family's copy of the letter in the language they read, beside the letter itself (which goes
 * out in English or Welsh): to read and check before sending. It follows every edit: a part they
 * changed or added shows their own words, marked, as they are in the letter.
 */
export function LetterCopy({ letter }: { letter: LetterRecord }) {
  const { t } = useTranslation('letters');
  const id = useId();
  const copy = copyOf(letter);
  if (!copy) return null;
  const language = languageOf(copy.language);
  const part = (p: CopyPart, className?: string) =>
    p.own ? (
      <p className={className}>
        <span className="letter-copy__own">{t('copy.own')}</span>{' '}
        <span lang={letter.language} dir="auto" className="family-text">
          {p.text}
        </span>
      </p>
    ) : (
      <p className={className}>{p.text}</p>
    );
  return (
    <section className="letter-copy no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('copy.heading')}</h2>
      <Listen
        text={() =>
          [copy.recipient, copy.subject, copy.greeting, ...copy.paragraphs, copy.signOff].map((p) => (p.own && p.text ? `${t('copy.own')} ${p.text}` : p.text))
        }
        lang={copy.language}
        about={t('copy.heading')}
      />
      <p className="hint">{t('copy.intro', { language: contentT(t)(`languageNames.${letter.language ?? 'en'}`) })}</p>
      <div className="letter-copy__sheet" lang={copy.language} dir={language?.dir ?? 'auto'}>
        {copy.recipient.text && part(copy.recipient, 'letter-copy__recipient')}
        {copy.subject.text && part(copy.subject, 'letter-copy__subject')}
        {copy.greeting.text && part(copy.greeting)}
        {copy.paragraphs.map((p, i) => (
          <div key={i}>{part(p)}</div>
        ))}
        {copy.signOff.text && part(copy.signOff)}
      </div>
    </section>
  );
}
