import { useState } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { ErrorBox } from '../components/error-box.js';
import { ProgressRow } from '../components/progress-row.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { IndexPreview } from './index-preview.js';
import { useBundleJob } from './use-bundle-job.js';

/**
 * Export the evidence bundle (in the evidence order shown above) or a mailing's courier-receipt bundle. The
 * bundle is built in a worker thread; Cancel terminates that thread, so the work really stops.
 */
export function BundlesPanel({ id, data }: { id: number; data: CaseFile }) {
  const { t } = useLanguage();
  const [stamp, setStamp] = useState('auto');
  const [dividers, setDividers] = useState(false);
  const [reconstruct, setReconstruct] = useState(false);
  const { job, error, done, index, warnings, exportBundle, cancel } = useBundleJob();

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
            <option value="auto">{data.locale === 'zh-CN' ? t('stamp.zh') : t('stamp.en')}</option>
            <option value="zh">{t('stamp.zh')}</option>
            <option value="en">{t('stamp.en')}</option>
            <option value="bates:CP">{t('stamp.bates')}</option>
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
        {data.mailings.length > 0 && (
          <label className="inline">
            <input type="checkbox" checked={reconstruct} onChange={(e) => setReconstruct(e.target.checked)} />{' '}
            {t('reconstructLetter')}
          </label>
        )}
        {data.mailings.map((m) => (
          <button
            key={m.id}
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void exportBundle({ kind: 'courier', id, mailing: m.id, reconstruct })}
          >
            {t('exportCourierBundle')} {m.trackingNo}
          </button>
        ))}
      </div>
      {busy && (
        <ProgressRow
          done={job.progress?.done ?? 0}
          total={job.progress?.total ?? 0}
          text={
            job.progress
              ? fill(t(`bundleProgress.${job.progress.step}`), { count: job.progress.count, of: job.progress.of })
              : t('bundleProgress.starting')
          }
          onCancel={() => void cancel()}
        />
      )}
      {done && <p className="ok">{done}</p>}
      {warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((w) => (
            <li key={w} className="danger">
              {t('warning')}: {w}
            </li>
          ))}
        </ul>
      )}
      {index.length > 0 && <IndexPreview rows={index} />}
      <ErrorBox error={error} />
    </div>
  );
}
