import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { COUNCILS } from '../../content/councils';
import { findCouncil } from '../../content/councilSearch';
import { todayIso } from '../../domain/dates';
import { LOCAL_PACK_LIMITS, localServiceSchema, type LocalPackRecord, type LocalService } from '../../domain/localPacks';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useLocalPacks, type PackChoice } from './useLocalPacks';

const TEXT_FIELDS = ['name', 'helpsWith', 'phone', 'email', 'website', 'area', 'checkedBy', 'howToCheck'] as const;
type Field = 'packName' | 'council' | 'checkedOn' | (typeof TEXT_FIELDS)[number];
type Draft = Record<Field, string> & { pack: string };
const NEW = '';
const FIELD_ORDER: Field[] = ['packName', 'name', 'helpsWith', 'phone', 'email', 'website', 'council', 'area', 'checkedBy', 'checkedOn', 'howToCheck'];
const OPTIONAL = new Set<Field>(['phone', 'email', 'website', 'area']);

/** Which fields are wrong (each checked by the pack's own schema, so what is saved can always be shared). */
function check(draft: Draft): Partial<Record<Field, true>> {
  const wrong: Partial<Record<Field, true>> = {};
  if (draft.pack === NEW && (!draft.packName.trim() || draft.packName.length > LOCAL_PACK_LIMITS.name)) wrong.packName = true;
  const shape = localServiceSchema.shape;
  for (const f of TEXT_FIELDS) {
    const v = draft[f].trim();
    if (OPTIONAL.has(f) && v === '') continue;
    if (!shape[f].safeParse(v).success) wrong[f] = true;
  }
  if (!findCouncil(draft.council)) wrong.council = true;
  if (!shape.checkedOn.safeParse(draft.checkedOn).success) wrong.checkedOn = true;
  return wrong;
}

function toService(draft: Draft, id: string | undefined): Omit<LocalService, 'id'> & { id?: string } {
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  const service = {
    ...(id ? { id } : {}),
    name: draft.name.trim(),
    helpsWith: draft.helpsWith.trim(),
    phone: optional(draft.phone),
    email: optional(draft.email),
    website: optional(draft.website),
    councilId: draft.council,
    area: optional(draft.area),
    checkedBy: draft.checkedBy.trim(),
    checkedOn: draft.checkedOn,
    howToCheck: draft.howToCheck.trim(),
  };
  // Left-out details are not stored as empty fields.
  return Object.fromEntries(Object.entries(service).filter(([, v]) => v !== undefined)) as typeof service;
}

/** /help/local-services/new?council=<id> and /help/local-services/:packId/:serviceId (change one). */
export function LocalServiceEditPage() {
  const { packId, serviceId } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('services');
  // Once the form is open, a later read that fails keeps it (and what is typed in it).
  const { packs, failed } = useLocalPacks({ steady: true });
  if (failed) {
    // Without the packs, a save could put a service in a new pack beside the one it belongs to.
    return (
      <Page title={t(serviceId ? 'localServices.form.editTitle' : 'localServices.form.addTitle')}>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (!packs) return <Loading />;
  const pack = packs.find((p) => p.id === packId);
  const service = pack?.services.find((s) => s.id === serviceId);
  const council = service?.councilId ?? params.get('council') ?? '';
  const initial: Draft = {
    pack: pack?.id ?? packs[0]?.id ?? NEW,
    packName: '',
    name: service?.name ?? '',
    helpsWith: service?.helpsWith ?? '',
    phone: service?.phone ?? '',
    email: service?.email ?? '',
    website: service?.website ?? '',
    council: findCouncil(council) ? council : '',
    area: service?.area ?? '',
    checkedBy: service?.checkedBy ?? '',
    checkedOn: service?.checkedOn ?? todayIso(),
    howToCheck: service?.howToCheck ?? '',
  };
  return <LocalServiceForm key={`${packId}/${serviceId}`} packs={packs} initial={initial} serviceId={service?.id} fixedPack={Boolean(service)} />;
}

function LocalServiceForm({ packs, initial, serviceId, fixedPack }: { packs: LocalPackRecord[]; initial: Draft; serviceId?: string; fixedPack: boolean }) {
  const { t } = useTranslation('services');
  const uid = useId();
  const navigate = useNavigate();
  const { saveService } = useLocalPacks();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, true>>>({});
  const [failed, setFailed] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const back = initial.council ? `/help/councils/${initial.council}` : '/help/packs';
  const set = (f: keyof Draft, v: string) => setDraft((d) => ({ ...d, [f]: v }));
  const fid = (f: Field | 'pack') => `${uid}-${f}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = check(draft);
    setErrors(wrong);
    setFailed(false);
    if (Object.keys(wrong).length) return requestAnimationFrame(() => summary.current?.focus());
    const choice: PackChoice = draft.pack === NEW ? { newPackName: draft.packName } : { packId: draft.pack };
    try {
      const { pack, service } = await saveService(choice, toService(draft, serviceId));
      navigate(`/help/councils/${service.councilId}`, { state: { localSaved: t('localServices.form.saved', { name: service.name, pack: pack.name }) } });
    } catch {
      setFailed(true);
    }
  };

  const field = (f: Field, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={fid(f)}>{t(`localServices.form.${f === 'council' ? 'council' : f}`)}</label>
      {hint && (
        <span className="hint" id={`${fid(f)}-hint`}>
          {hint}
        </span>
      )}
      {errors[f] && (
        <p className="error-message" id={`${fid(f)}-error`}>
          <span className="visually-hidden">{t('localServices.form.errorSummary')}: </span>
          {t(`localServices.form.errors.${f}`)}
        </p>
      )}
      {input}
    </div>
  );
  const aria = (f: Field, hint?: boolean) => ({
    id: fid(f),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': [hint ? `${fid(f)}-hint` : '', errors[f] ? `${fid(f)}-error` : ''].filter(Boolean).join(' ') || undefined,
  });
  const text = (f: Exclude<Field, 'council'>, type = 'text', hint?: string, extra: object = {}) =>
    field(f, <input type={type} value={draft[f]} onChange={(e) => set(f, e.target.value)} autoComplete="off" {...aria(f, Boolean(hint))} {...extra} />, hint);
  const area = (f: 'helpsWith' | 'howToCheck', hint?: string) =>
    field(f, <textarea value={draft[f]} onChange={(e) => set(f, e.target.value)} {...aria(f, Boolean(hint))} />, hint);
  const wrongList = FIELD_ORDER.filter((f) => errors[f]);

  return (
    <Page title={t(serviceId ? 'localServices.form.editTitle' : 'localServices.form.addTitle')}>
      <Link to={back} className="back-link">
        {t('council.back')}
      </Link>
      <p>{t('localServices.form.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} className="local-service-form">
        {wrongList.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${uid}-summary`}>
            <h2 id={`${uid}-summary`}>{t('localServices.form.errorSummary')}</h2>
            <ul>
              {wrongList.map((f) => (
                <li key={f}>
                  <a href={`#${fid(f)}`}>{t(`localServices.form.errors.${f}`)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {failed && (
          <p className="error-message" role="alert">
            {t('localServices.form.saveFailed')}
          </p>
        )}
        {!fixedPack && (
          <div className="field">
            <label htmlFor={fid('pack')}>{t('localServices.form.pack')}</label>
            <select id={fid('pack')} value={draft.pack} onChange={(e) => set('pack', e.target.value)}>
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={NEW}>{t('localServices.form.newPack')}</option>
            </select>
          </div>
        )}
        {!fixedPack && draft.pack === NEW && text('packName', 'text', t('localServices.form.packNameHint'))}
        {text('name')}
        {area('helpsWith')}
        {text('phone', 'tel', undefined, { inputMode: 'tel' })}
        {text('email', 'email', undefined, { spellCheck: false })}
        {text('website', 'text', undefined, { inputMode: 'url', spellCheck: false })}
        {field(
          'council',
          <select value={draft.council} onChange={(e) => set('council', e.target.value)} {...aria('council')}>
            <option value="">{t('localServices.form.council')}</option>
            {COUNCILS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>,
        )}
        {text('area')}
        {text('checkedBy', 'text', t('localServices.form.checkedByHint'))}
        {text('checkedOn', 'date', t('localServices.form.checkedOnHint'))}
        {area('howToCheck', t('localServices.form.howToCheckHint'))}
        <div className="button-row">
          <button type="submit" className="button">
            {t('localServices.form.save')}
          </button>
          <Link to={back} className="button button--secondary">
            {t('localServices.form.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
