import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { clockFor, findTemplate } from '../../content/letters';
import { findCouncil } from '../../content/councilSearch';
import { newId, nowIso } from '../../domain/ids';
import { draftLetter, joinList } from '../../domain/letters/draft';
import { knownDetails, senderFill } from '../../domain/letters/details';
import { laterFacts } from '../../domain/letters/later';
import { caseLetterDates } from '../../domain/case/letterDates';
import { caseModel } from '../../content/case';
import { formatDate as formatIn, todayIso } from '../../domain/dates';
import { recordFacts } from '../../domain/records/letter';
import { dateWords } from '../../ui/i18n/useFormatDate';
import type { i18n as I18n } from 'i18next';
import type { LetterRecord, LetterTemplate } from '../../domain/letters/types';
import type { Answers, ChildRecord } from '../../domain/questionnaire/types';
import type { AttendanceRecord, ContactLogRecord } from '../../domain/records/types';
import type { CaseRecord } from '../../domain/case/types';
import type { ContactRecord } from '../../domain/contacts/types';
import type { Council } from '../../domain/councils/types';
import { getStorage } from '../../storage';
import { failedRead, useChildListRead, useFamilyId, useListRead, useRecordRead, type Read } from '../../storage/react';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { childName, letterLanguageFor, useLetterNation } from './shared';
import { contentT } from '../../ui/i18n/contentText';
import { councilName } from '../../ui/i18n/councilName';

/** /letters/new/:templateId: drafts the letter from the active child's answers and contacts, then opens it. */
export function NewLetter() {
  const { templateId } = useParams();
  const { t, i18n } = useTranslation('letters');
  const navigate = useNavigate();
  const { nation, loading, child, failed: nationFailed } = useLetterNation();
  const contactsRead = useListRead('contacts');
  // Letters already written: a name and address typed into one are not asked for again.
  const lettersRead = useListRead('letters');
  // The child's attendance diary and contact log, quoted in the letter when there is something to say.
  const attendanceRead = useChildListRead('attendance', child?.id);
  const logRead = useChildListRead('contactLog', child?.id);
  // The child's requests: the dates the family recorded on them (a decision, a draft) go in the letter.
  const casesRead = useChildListRead('cases', child?.id);
  const started = useRef(false);
  // The family's record holds the letter language they chose: null when there is no family yet
  // (then, as when they never chose, the app's language is used).
  const familyRead = useRecordRead('families', useFamilyId());
  // A read that failed: no letter is drafted from what could not be read (it would come out blank).
  const readFailure = failedRead(nationFailed, contactsRead, lettersRead, attendanceRead, logRead, casesRead, familyRead);
  const contacts = ready(contactsRead);
  const letters = ready(lettersRead);
  const attendance = ready(attendanceRead);
  const log = ready(logRead);
  const cases = ready(casesRead);
  const family = ready(familyRead);
  const [failed, setFailed] = useState(false);
  /** "Try again" after the letter could not be saved: draft and save it once more. */
  const [attempt, setAttempt] = useState(0);
  const template = findTemplate(templateId);
  const allowed = !!template && !!nation && template.nations.includes(nation);

  useEffect(() => {
    if (loading || contacts === undefined || letters === undefined || attendance === undefined || log === undefined || cases === undefined || family === undefined || !allowed || !template || !nation || started.current) return;
    started.current = true;
    // The nation may come from the letters page rather than the answers: the draft needs it either
    // way, or every paragraph that depends on the nation's law is left out.
    const answers: Answers = { ...(child?.answers ?? {}), nation };
    const council = typeof answers['council'] === 'string' ? findCouncil(answers['council']) : undefined;
    // The letter's own language (a Welsh-speaking parent may write to an English-medium school).
    const chosen = family?.letterLanguage;
    const language = typeof chosen === 'string' && chosen ? chosen : letterLanguageFor(i18n.resolvedLanguage);
    // The same letter in the language the family reads, when that is not the letter's: their copy.
    const reader = i18n.resolvedLanguage ?? 'en';
    const letterLanguage = language;
    const inputs: DraftInputs = { template, answers, contacts, attendance, log, letters, cases, child, council, reader, letterLanguage };
    const draftIn = (language: string) => draftLetterIn(i18n, language, inputs);
    const write = async (): Promise<string> => {
      const draft = await draftIn(language);
      const translated = reader !== language ? await draftIn(reader) : undefined;
      // Part for part the same letter (the same answers choose the same paragraphs), or no copy at all.
      const copy = translated && translated.paragraphs.length === draft.paragraphs.length ? { language: reader, draft: translated, drafted: draft } : undefined;
      const self = answers['role'] === 'young-person';
      const known = knownDetails(child?.details, letters, child?.id, self).details;
      const now = nowIso();
      const record: LetterRecord = {
        id: newId(),
        childId: child?.id ?? '',
        templateId: template.id,
        createdAt: now,
        updatedAt: now,
        nation,
        ...draft,
        language,
        ...(copy ? { copy } : {}),
        senderName: '',
        senderAddress: '',
        ...senderFill({ senderName: '', senderAddress: '' }, known, self),
      };
      await getStorage().put('letters', record);
      return record.id;
    };
    write().then(
      (id) => navigate(`/letters/${id}`, { replace: true }),
      () => setFailed(true),
    );
  }, [loading, contacts, letters, attendance, log, cases, family, allowed, template, nation, child, i18n, navigate, attempt]);

  if (readFailure) {
    return (
      <Page title={t('list.title')}>
        <ReadFailed read={readFailure} />
        <p>
          <Link to="/letters">{t('editor.back')}</Link>
        </p>
      </Page>
    );
  }
  if (failed) {
    return (
      <Page title={t('list.title')}>
        <p className="error-message" role="alert">
          {t('list.startFailed')}
        </p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              started.current = false;
              setFailed(false);
              setAttempt((n) => n + 1);
            }}
          >
            {t('list.startAgain')}
          </button>
        </p>
        <Link to="/letters">{t('editor.back')}</Link>
      </Page>
    );
  }
  if (!loading && !allowed) {
    return (
      <Page title={t('list.title')}>
        <p>{t('list.notFound')}</p>
        <Link to="/letters">{t('editor.back')}</Link>
      </Page>
    );
  }
  return <Loading />;
}

/** The value of a read once it is ready, else undefined (still loading, or failed: see `readFailure`). */
function ready<T>(read: Read<T>): T | undefined {
  return read.status === 'ready' ? read.value : undefined;
}

/** What a letter is drafted from: the same for the letter and for the family's copy of it. */
interface DraftInputs {
  template: LetterTemplate;
  answers: Answers;
  contacts: ContactRecord[];
  attendance: AttendanceRecord[];
  log: ContactLogRecord[];
  letters: LetterRecord[];
  cases: CaseRecord[];
  child: ChildRecord | undefined;
  council: Council | undefined;
  /** The language the family reads, and the language the letter is written in. */
  reader: string;
  letterLanguage: string;
}

/** The letter drafted in one language, from the family's answers, records and earlier letters. */
async function draftLetterIn(i18n: I18n, language: string, { template, answers, contacts, attendance, log, letters, cases, child, council, reader, letterLanguage }: DraftInputs) {
  await i18n.loadLanguages(language);
  await i18n.loadNamespaces(['letters', 'common', 'questionnaire']);
  const lt = i18n.getFixedT(language, 'letters');
  const words = dateWords(i18n.getFixedT(language, 'common'));
  const fromRecord = recordFacts(attendance, log, {
    t: (key, values) => contentT(lt)(key, values ?? {}),
    dates: words,
    today: todayIso(),
    name: childName(child) || lt('fill.childFallback'),
    join: (items) => joinList(items, language),
    reason: (id) => contentT(lt)(`questionnaire:q.barriers.options.${id}`, { defaultValue: id }),
  });
  // The dates of the family's earlier letters: when they asked, a decision, a draft, dates passed.
  const fromLetters = laterFacts(letters, {
    t: (key, values) => contentT(lt)(key, values ?? {}),
    formatDate: (iso) => formatIn(iso, words, 'short'),
    join: (items) => joinList(items, language),
    today: todayIso(),
    childId: child?.id ?? '',
    name: childName(child) || lt('fill.childFallback'),
    clockOf: (l) => clockFor(l.templateId, answers),
  });
  // What the family recorded on the child's requests (the case) is the surer date where there is one.
  const fromCase = caseLetterDates(cases, child?.id ?? '', (c) => caseModel(c.request));
  const later = { ...fromLetters };
  for (const key of ['requestDate', 'decisionDate', 'draftDate'] as const) {
    const iso = fromCase[key];
    if (iso) later[key] = formatIn(iso, words, 'short');
  }
  // The young person writing for themselves signs with their own name.
  const self = answers['role'] === 'young-person';
  const known = knownDetails(child?.details, letters, child?.id, self).details;
  return draftLetter(template, answers, contacts, {
    t: (key, values) => contentT(lt)(key, values ?? {}),
    language,
    record: fromRecord,
    later,
    childName: childName(child),
    councilName: council ? councilName(lt, council) : undefined,
    childId: child?.id,
    details: known,
    formatDate: (iso) => formatIn(iso, words, 'short'),
    // Named in the language being written ("Polish", "Pwyleg", "polski"), in the letter and its copy alike.
    readerLanguage: reader !== letterLanguage ? contentT(lt)(`languageNames.${reader}`, { defaultValue: '' }) : undefined,
  });
}
