import { useEffect, useRef } from 'react';
import { downloadBlob } from '../../components/download.js';
import { ErrorBox } from '../../components/error-box.js';
import { Modal } from '../../components/modal.js';
import { ProblemList } from '../../components/problem-list.js';
import { ProgressRow } from '../../components/progress-row.js';
import { errorText } from '../../i18n/error-messages.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';
import { useComplaintsJob } from './use-complaints-job.js';

/**
 * Complaints for the selected cases at the suit step: each 民事起诉状 (PDF and Word) with its evidence bundle,
 * and the fee list by court, as one zip; a real progress fraction and cancel. Escape closes it when idle.
 */
export function BatchComplaintsDialog(props: { caseIds: number[]; others: number; asOf: string; onClose(): void }) {
  const { t, language } = useLanguage();
  const { job, error, result, cancelled, start, cancel } = useComplaintsJob();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const busy = job !== undefined;
  const close = () => !busy && props.onClose();

  async function make() {
    const blob = (await start({ caseIds: props.caseIds, asOf: props.asOf }))?.blob;
    if (blob) downloadBlob(`complaints-${props.asOf}.zip`, blob);
  }

  return (
    <Modal title={t('complaintsTitle')} className="batch-complaints" onClose={close}>
      <p>{fill(t('complaintsCases'), { count: props.caseIds.length, date: props.asOf })}</p>
      {props.others > 0 && <p className="muted">{fill(t('complaintsOthers'), { count: props.others })}</p>}
      {busy && (
        <ProgressRow
          done={job.done}
          total={job.total}
          text={fill(t('complaintsProgress'), { done: job.done, total: job.total })}
          onCancel={() => void cancel()}
        />
      )}
      {cancelled && <p className="ok">{t('complaintsCancelled')}</p>}
      {result && (
        <div className="batch-result">
          <p className="ok">
            {fill(t('complaintsDone'), { written: result.written.length, file: result.fileName, fees: result.feeList })}
          </p>
          <ProblemList
            heading={t('batchBlocked')}
            items={result.blocked.map(
              (b) => `${b.title}: ${b.categories.map((c) => t(`category:${c}`)).join(language === 'zh' ? '、' : ', ')}`,
            )}
          />
          <ProblemList
            heading={t('batchFailed')}
            items={result.failed.map((f) => `${f.title}: ${errorText(f.error, language)}`)}
          />
          {result.written.length > 0 && (
            <button type="button" className="secondary" onClick={() => downloadBlob(result.fileName, result.blob)}>
              {t('batchDownloadAgain')}
            </button>
          )}
        </div>
      )}
      <ErrorBox error={error} />
      <div className="toolbar actions">
        <button ref={first} type="button" disabled={busy || props.caseIds.length === 0} onClick={() => void make()}>
          {t('complaintsStart')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={close}>
          {t('batchClose')}
        </button>
      </div>
    </Modal>
  );
}
