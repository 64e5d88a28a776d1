import { useEffect, useRef } from 'react';
import { downloadBlob } from '../../components/download.js';
import { ErrorBox } from '../../components/error-box.js';
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
    const blob = await start({ caseIds: props.caseIds, asOf: props.asOf });
    if (blob) downloadBlob(`complaints-${props.asOf}.zip`, blob);
  }

  return (
    <div className="modal-backdrop">
      <div
        className="modal card batch-complaints"
        role="dialog"
        aria-modal="true"
        aria-labelledby="batch-complaints-title"
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <h2 id="batch-complaints-title">{t('complaintsTitle')}</h2>
        <p>{fill(t('complaintsCases'), { count: props.caseIds.length, date: props.asOf })}</p>
        {props.others > 0 && <p className="muted">{fill(t('complaintsOthers'), { count: props.others })}</p>}
        {busy && (
          <div className="progress-row">
            <progress max={job.total} value={job.done} aria-label={t('working')} />
            <span className="muted" aria-live="polite">
              {fill(t('complaintsProgress'), { done: job.done, total: job.total })}
            </span>
            <button type="button" className="secondary" onClick={() => void cancel()}>
              {t('cancel')}
            </button>
          </div>
        )}
        {cancelled && <p className="ok">{t('complaintsCancelled')}</p>}
        {result && (
          <div className="batch-result">
            <p className="ok">
              {fill(t('complaintsDone'), { written: result.written.length, file: result.fileName, fees: result.feeList })}
            </p>
            {result.blocked.length > 0 && (
              <div className="warnings">
                <h3>
                  {t('batchBlocked')} ({result.blocked.length})
                </h3>
                <ul>
                  {result.blocked.map((b) => (
                    <li key={b.caseId}>
                      {b.title}: {b.categories.map((c) => t(`category:${c}`)).join(language === 'zh' ? '、' : ', ')}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {result.failed.length > 0 && (
              <div className="warnings">
                <h3>
                  {t('batchFailed')} ({result.failed.length})
                </h3>
                <ul>
                  {result.failed.map((f) => (
                    <li key={f.caseId}>
                      {f.title}: {errorText(f.error, language)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
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
      </div>
    </div>
  );
}
