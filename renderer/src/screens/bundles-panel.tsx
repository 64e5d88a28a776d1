import { useState } from 'react';
import type { CaseFile } from '../../../core/case/schema.js';
import { api } from '../api/client.js';
import { downloadBase64, MIME } from '../components/download.js';
import { ErrorBox } from '../components/error-box.js';
import { useLanguage } from '../i18n/language.js';

/** Export the evidence bundle (in the evidence order shown above) or a mailing's courier-receipt bundle. */
export function BundlesPanel({ id, data }: { id: number; data: CaseFile }) {
  const { t } = useLanguage();
  const [stamp, setStamp] = useState('auto');
  const [dividers, setDividers] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  async function exportBundle(work: () => Promise<{ fileName: string; bytes: string; pages: number }>) {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const file = await work();
      downloadBase64(file.fileName, file.bytes, MIME.pdf);
      setDone(`${file.fileName}: ${file.pages} ${t('pages')}`);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card bundles">
      <h2>{t('bundles')}</h2>
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
          onClick={() => void exportBundle(() => api.send('bundles/evidence', { id, stamp, dividers }))}
        >
          {t('exportEvidenceBundle')}
        </button>
        {data.mailings.map((m) => (
          <button
            key={m.id}
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void exportBundle(() => api.send('bundles/courier', { id, mailing: m.id }))}
          >
            {t('exportCourierBundle')} {m.trackingNo}
          </button>
        ))}
      </div>
      {busy && <progress aria-label={t('working')} />}
      {done && <p className="ok">{done}</p>}
      <ErrorBox message={error} />
    </div>
  );
}
