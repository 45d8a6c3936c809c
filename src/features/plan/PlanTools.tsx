import { useState } from 'react';
import { Link } from 'react-router';
import { toBackupFile } from '../../domain/backup';
import { childSnapshot, planFileName, type ExportScope } from '../../domain/plan/export';
import { planSummary } from '../../domain/plan/summary';
import type { PlanRecord } from '../../domain/plan/types';
import { getStorage } from '../../storage';
import { copyText, downloadFile, shareContent } from '../../ui/primitives/download';
import { ExportScopeChoice } from './ExportScope';
import { usePlanText } from './text';

/** Whether this browser's share sheet takes files (most phones do; most desktops do not). */
function canShareJsonFiles(): boolean {
  try {
    return (
      typeof navigator.share === 'function' &&
      typeof navigator.canShare === 'function' &&
      navigator.canShare({ files: [new File(['{}'], 'plan.json', { type: 'application/json' })] })
    );
  } catch {
    return false;
  }
}

/** Print preview, save to a file, share as text or as a file: the tools above the plan. */
export function PlanTools({
  childId,
  name,
  named,
  plan,
  flush,
  onNotice,
}: {
  childId: string;
  /** The child's name, or "your child". */
  name: string;
  /** Whether the child record exists (a file name only uses a real name). */
  named: boolean;
  plan: PlanRecord;
  flush: () => Promise<void>;
  onNotice: (text: string) => void;
}) {
  const { t, translate, date } = usePlanText();
  const [canShareFiles] = useState(canShareJsonFiles);
  /** What a saved or shared file holds: the plan alone unless the family chooses more. */
  const [scope, setScope] = useState<ExportScope>('plan');

  const planFile = async () => {
    await flush();
    const all = await getStorage().snapshot({ forExport: true });
    return {
      name: planFileName(named ? name : ''),
      text: JSON.stringify(toBackupFile(childSnapshot(all, childId, scope)), null, 2),
    };
  };
  const exportPlan = async () => {
    const file = await planFile();
    downloadFile(file.name, file.text);
    onNotice(t('plan:editor.exported'));
  };
  const shareFile = async () => {
    const file = await planFile();
    const result = await shareContent({
      title: t('plan:summary.title', { name }),
      files: [new File([file.text], file.name, { type: 'application/json' })],
    });
    if (result === 'shared') return onNotice(t('plan:editor.shared'));
    if (result === 'cancelled') return onNotice(t('plan:editor.shareCancelled'));
    downloadFile(file.name, file.text);
    onNotice(t('plan:editor.exported'));
  };
  const share = async () => {
    const text = planSummary(plan, name, translate, date);
    const result = await shareContent({ title: t('plan:summary.title', { name }), text });
    if (result === 'shared') return onNotice(t('plan:editor.shared'));
    if (result === 'cancelled') return onNotice(t('plan:editor.shareCancelled'));
    onNotice((await copyText(text)) ? t('plan:editor.copied') : t('plan:editor.copyFailed'));
  };

  return (
    <>
      <ExportScopeChoice value={scope} onChange={setScope} name={name} />
      <div className="button-row plan-tools" role="group" aria-label={t('plan:editor.tools')}>
      <Link className="button" to={`/plan/${encodeURIComponent(childId)}/print`}>
        {t('plan:editor.printPreview')}
      </Link>
      <button type="button" className="button button--secondary" onClick={() => void exportPlan()}>
        {t('plan:editor.export')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void share()}>
        {t('plan:editor.share')}
      </button>
      {canShareFiles && (
        <button type="button" className="button button--secondary" onClick={() => void shareFile()}>
          {t('plan:editor.shareFile')}
        </button>
      )}
      </div>
    </>
  );
}
