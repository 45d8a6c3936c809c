import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EMPTY_BUNDLE } from '../../domain/case/bundle';
import type { CaseBundle, CaseRecord, CaseReport } from '../../domain/case/types';
import { nowIso } from '../../domain/ids';
import { planFor } from '../../domain/plan/types';
import { givenName } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';
import { useChildListRead, useListRead, useRecordRead } from '../../storage/react';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { BundleAsks, BundleOrder } from './BundleAsks';
import { BundlePick } from './BundlePick';
import { BundlePrint } from './BundlePrint';
import { useBundleItems } from './bundleItems';

/** /records/bundle/:caseId: the evidence bundle of one case (one request to the council). */
export function BundlePage() {
  const { caseId } = useParams();
  const { t } = useTranslation('records');
  const found = useRecordRead('cases', caseId);
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'failed') {
    return (
      <Page title={t('bundle.title')}>
        <ReadFailed read={found} />
      </Page>
    );
  }
  if (!found.value) {
    return (
      <Page title={t('bundle.title')}>
        <p>{t('bundle.notFound')}</p>
        <Link to="/records">{t('bundle.back')}</Link>
      </Page>
    );
  }
  return <BundleReads record={found.value} />;
}

/** The child's records the bundle is made from: a failed read says so, and nothing is saved. */
function BundleReads({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('records');
  const child = useRecordRead('children', record.childId);
  const attendance = useChildListRead('attendance', record.childId);
  const log = useChildListRead('contactLog', record.childId);
  const letters = useListRead('letters');
  const plans = useListRead('plans');
  const reads = [child, attendance, log, letters, plans];
  const failed = reads.find((r) => r.status === 'failed');
  if (failed && failed.status === 'failed') {
    return (
      <Page title={t('bundle.title')}>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (child.status !== 'ready' || attendance.status !== 'ready' || log.status !== 'ready' || letters.status !== 'ready' || plans.status !== 'ready') return <Loading />;
  const name = (child.value && (givenName(child.value.answers) || child.value.displayName.trim())) || '';
  return (
    <BundleEditor
      key={record.id}
      record={record}
      name={name}
      sources={{ attendance: attendance.value, log: log.value, letters: letters.value.filter((l) => l.childId === record.childId), plan: planFor(plans.value, record.childId) }}
    />
  );
}

interface Draft {
  bundle: CaseBundle;
  reports: CaseReport[];
}

/**
 * What the family chose and typed lives here; every change is written to the case in one step
 * (read, change, write). A failed write says so and keeps everything on screen.
 */
function useBundleDraft(record: CaseRecord) {
  const [draft, setDraft] = useState<Draft>({ bundle: record.bundle ?? EMPTY_BUNDLE, reports: record.reports });
  const [failed, setFailed] = useState(false);
  const latest = useRef(draft);
  const change = (next: (d: Draft) => Draft) => {
    const value = next(latest.current);
    latest.current = value;
    setDraft(value);
    getStorage()
      .update('cases', record.id, (c) => (c ? { ...c, bundle: latest.current.bundle, reports: latest.current.reports, updatedAt: nowIso() } : undefined))
      .then(
        (written) => setFailed(!written),
        () => setFailed(true),
      );
  };
  return { draft, failed, change };
}

function BundleEditor({ record, name, sources }: { record: CaseRecord; name: string; sources: Omit<Parameters<typeof useBundleItems>[0], 'name' | 'reports'> }) {
  const { t } = useTranslation('records');
  const { draft, failed, change } = useBundleDraft(record);
  const input = useMemo(() => ({ ...sources, name, reports: draft.reports }), [sources, name, draft.reports]);
  const items = useBundleItems(input);
  const setBundle = (f: (b: CaseBundle) => CaseBundle) => change((d) => ({ ...d, bundle: f(d.bundle) }));
  const chosen = draft.bundle.items.map((ref) => items.find(ref)).filter((i) => i !== undefined);
  return (
    <Page title={name ? t('bundle.titleNamed', { name }) : t('bundle.title')} className="bundle-page">
      <div className="no-print">
        <Link className="back-link" to="/records">
          {t('bundle.back')}
        </Link>
        <p className="lead">{t('bundle.lead')}</p>
        {failed && (
          <p role="alert" className="notice notice--warning">
            {t('bundle.saveFailed')}
          </p>
        )}
        <BundlePick items={items} bundle={draft.bundle} onBundle={setBundle} reports={draft.reports} onReports={(f) => change((d) => ({ ...d, reports: f(d.reports) }))} />
        <BundleOrder chosen={chosen} bundle={draft.bundle} onBundle={setBundle} />
        <BundleAsks chosen={chosen} bundle={draft.bundle} onBundle={setBundle} />
      </div>
      <BundlePrint name={name} chosen={chosen} asks={draft.bundle.asks} />
    </Page>
  );
}
