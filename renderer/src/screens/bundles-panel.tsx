import { useEffect, useRef, useState } from 'react';
import type { ApiArgs, ApiErrorPayload, CaseFile, IndexRow } from '../../../core/api/public-api.js';
import { api, errorPayload } from '../api/client.js';
import { downloadBase64, MIME } from '../components/download.js';
import { ErrorBox } from '../components/error-box.js';
import { useLanguage } from '../i18n/language.js';
import { IndexPreview } from './index-preview.js';

/**
 * Export the evidence bundle (in the evidence order shown above) or a mailing's courier-receipt bundle. The
 * bundle is built in a worker thread; Cancel terminates that thread, so the work really stops.
 */
export function BundlesPanel({ id, data }: { id: number; data: CaseFile }) {
  const { t } = useLanguage();
  const [stamp, setStamp] = useState('auto');
  const [dividers, setDividers] = useState(false);
  const [job, setJob] = useState<{ id: string; elapsedMs: number }>();
  const [error, setError] = useState<ApiErrorPayload>();
  const [done, setDone] = useState<string>();
  const [index, setIndex] = useState<IndexRow[]>([]);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  async function exportBundle(request: ApiArgs<'bundles/start'>) {
    setError(undefined);
    setDone(undefined);
    setIndex([]);
    try {
      const started = await api.send('bundles/start', request);
      setJob({ id: started.job, elapsedMs: 0 });
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        if (!live.current) return;
        const status = await api.send('bundles/status', { job: started.job });
        if (status.state === 'running') {
          setJob({ id: started.job, elapsedMs: status.elapsedMs });
          continue;
        }
        if (status.state === 'done') {
          downloadBase64(status.file.fileName, status.file.bytes, MIME.pdf);
          setDone(`${status.file.fileName}: ${status.file.pages} ${t('pages')}`);
          setIndex(status.file.index);
        } else if (status.state === 'failed') setError(status.error);
        else setDone(t('cancelled'));
        break;
      }
    } catch (failure) {
      // A job cancelled meanwhile is collected by `bundles/cancel`; its status is then gone, which is no error.
      if (errorPayload(failure).code !== 'bundle-job-gone') setError(errorPayload(failure));
    } finally {
      if (live.current) setJob(undefined);
    }
  }

  async function cancel() {
    if (!job) return;
    const { state } = await api.send('bundles/cancel', { job: job.id });
    setJob(undefined);
    setDone(state === 'cancelled' ? t('cancelled') : undefined);
  }

  const busy = job !== undefined;
  return (
    <div className="card bundles">
      <h2>{t('bundles')}</h2>
      <ol className="exhibit-order">
        {data.evidence.map((e, i) => (
          <li key={e.id}>
            {t('exhibit')} {i + 1}: {e.title}
          </li>
        ))}
      </ol>
      <div className="toolbar">
        <label>
          {t('stamp')}{' '}
          <select value={stamp} onChange={(e) => setStamp(e.target.value)} aria-label={t('stamp')}>
            <option value="auto">{data.locale === 'zh-CN' ? '第 N 页 共 M 页' : 'Page N of M'}</option>
            <option value="zh">第 N 页 共 M 页</option>
            <option value="en">Page N of M</option>
            <option value="bates:CP">Bates CP000001</option>
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={dividers} onChange={(e) => setDividers(e.target.checked)} /> {t('dividers')}
        </label>
        <button
          type="button"
          disabled={busy || data.evidence.length === 0}
          onClick={() => void exportBundle({ kind: 'evidence', id, stamp, dividers })}
        >
          {t('exportEvidenceBundle')}
        </button>
        {data.mailings.map((m) => (
          <button
            key={m.id}
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void exportBundle({ kind: 'courier', id, mailing: m.id })}
          >
            {t('exportCourierBundle')} {m.trackingNo}
          </button>
        ))}
      </div>
      {busy && (
        <div className="progress-row">
          <progress aria-label={t('working')} />
          <span className="muted">
            {t('working')} {(job.elapsedMs / 1000).toFixed(1)} s
          </span>
          <button type="button" className="secondary" onClick={() => void cancel()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {done && <p className="ok">{done}</p>}
      {index.length > 0 && <IndexPreview rows={index} />}
      <ErrorBox error={error} />
    </div>
  );
}
