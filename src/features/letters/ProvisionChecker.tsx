import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkProvisionLines, type PartFinding, type ProvisionCheck } from '../../domain/case/provision';
import { joinList } from '../../domain/letters/draft';
import type { LetterRecord } from '../../domain/letters/types';
import { TEXT_MAX } from '../../domain/limits';
import { useFamily } from '../../storage/react';
import { LimitNote } from '../../ui/primitives/LimitNote';

/**
 * In the comments on a draft plan: the family copies in the lines of provision, and sees for each
 * whether it says who, what, how often and how long, with why each matters, and can add a sentence
 * asking for what is missing to the letter (in the letter's language). A checklist, never a verdict.
 */
export function ProvisionChecker({ letter, onChange }: { letter: LetterRecord; onChange: (change: (l: LetterRecord) => Partial<LetterRecord>) => void }) {
  const { t, i18n } = useTranslation('letters');
  const id = useId();
  const { family } = useFamily();
  const [pasted, setPasted] = useState('');
  const [checks, setChecks] = useState<ProvisionCheck[] | undefined>();
  const [added, setAdded] = useState('');
  if (letter.templateId !== 'draft-comments') return null;

  const add = async (check: ProvisionCheck, index: number) => {
    // The letter's own language (a Welsh-speaking parent may write to an English-medium council).
    const chosen = family?.letterLanguage;
    const language = typeof chosen === 'string' && chosen ? chosen : (i18n.resolvedLanguage ?? 'en');
    try {
      await i18n.loadLanguages(language);
      await i18n.loadNamespaces('letters');
    } catch {
      // The letter's words could not be loaded: nothing is added, and the family is told.
      setAdded(t('provision.addFailed'));
      return;
    }
    const lt = i18n.getFixedT(language, 'letters');
    const asks = joinList(check.toAsk.map((p) => lt(`provision.ask.${p}`)), language);
    const text = lt('provision.addText', { line: check.line, asks });
    // Before the closing paragraph ("Please tell me in writing…"), so the letter still ends as a letter.
    onChange((l) => {
      const at = Math.max(0, l.paragraphs.length - 1);
      return { paragraphs: [...l.paragraphs.slice(0, at), text, ...l.paragraphs.slice(at)] };
    });
    setAdded(t('provision.added', { number: index + 1 }));
  };

  return (
    <section className="provision-checker" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('provision.heading')}</h2>
      <p>{t('provision.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-lines`}>{t('provision.label')}</label>
        <span id={`${id}-hint`} className="hint">
          {t('provision.hint')}
        </span>
        <textarea id={`${id}-lines`} aria-describedby={`${id}-hint`} rows={5} maxLength={TEXT_MAX} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <LimitNote value={pasted} max={TEXT_MAX} />
      </div>
      <p>
        <button type="button" className="button button--secondary" onClick={() => setChecks(checkProvisionLines(pasted))}>
          {t('provision.check')}
        </button>
      </p>
      {checks && checks.length === 0 && <p>{t('provision.none')}</p>}
      {checks?.map((check, i) => (
        <div className="provision-line" key={`${i}-${check.line}`}>
          <h3>{t('provision.line', { number: i + 1, line: check.line })}</h3>
          <ul className="provision-parts">
            {check.parts.map((p) => (
              <PartRow key={p.part} finding={p} />
            ))}
          </ul>
          {check.toAsk.length === 0 ? (
            <p>{t('provision.allNamed')}</p>
          ) : (
            <>
              <p>{t('provision.suggest')}</p>
              <blockquote>{t('provision.addText', { line: check.line, asks: joinList(check.toAsk.map((p) => t(`provision.ask.${p}`)), i18n.resolvedLanguage ?? 'en') })}</blockquote>
              <button type="button" className="button button--secondary" onClick={() => void add(check, i)}>
                {t('provision.add', { number: i + 1 })}
              </button>
            </>
          )}
        </div>
      ))}
      <p role="status">{added}</p>
    </section>
  );
}

function PartRow({ finding }: { finding: PartFinding }) {
  const { t } = useTranslation('letters');
  const said = finding.state === 'named';
  return (
    <li className={said ? 'provision-part provision-part--said' : 'provision-part'}>
      <span aria-hidden="true" className="provision-part__mark">
        {said ? '✓' : '?'}
      </span>{' '}
      <strong>{t(`provision.parts.${finding.part}`)}:</strong>{' '}
      {finding.state === 'named' ? t('provision.named', { words: finding.words }) : finding.state === 'vague' ? t('provision.vague', { words: finding.words }) : t('provision.missing')}{' '}
      {!said && <span className="hint">{t(`provision.why.${finding.part}`)}</span>}
    </li>
  );
}
