import { useState } from 'react';
import type { ApiResult } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { RowProblems } from './row-problems.js';

/**
 * Loads a carrier's tracking results: each mailing's new status, and whether the demand arrived in law
 * (refused, or returned from the agreed address, counts as arrived: 诉讼时效规定 第8条).
 */
export function TrackingUpload({ onApplied }: { onApplied?(): void }) {
  const { t } = useLanguage();
  const { error, run } = useAction();
  const [report, setReport] = useState<ApiResult<'mailings/tracking'>>();
  const [busy, setBusy] = useState(false);

  async function load(list: FileList | null) {
    const file = list?.[0];
    if (!file) return;
    setBusy(true);
    setReport(undefined);
    await run(async () => {
      setReport(await api.send('mailings/tracking', { name: file.name, bytes: toBase64(await file.arrayBuffer()) }));
      onApplied?.();
    });
    setBusy(false);
  }

  return (
    <div className="card tracking-upload">
      <h2>{t('trackingTitle')}</h2>
      <p className="muted">{t('trackingIntro')}</p>
      <label className={`button secondary${busy ? ' disabled' : ''}`}>
        {t('chooseTracking')}
        <input
          type="file"
          hidden
          accept=".csv,.txt,.tsv,.xlsx"
          aria-label={t('chooseTracking')}
          disabled={busy}
          onChange={(e) => {
            void load(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <ErrorBox error={error} />
      {report && (
        <div className="tracking-report">
          <p className="ok">
            {report.applied.length > 0 ? fill(t('trackingChanged'), { count: report.applied.length }) : t('trackingNothing')}
          </p>
          {report.applied.length > 0 && (
            <table className="grid tracking-applied">
              <thead>
                <tr>
                  <th>{t('rowNo')}</th>
                  <th>{t('caseLabel')}</th>
                  <th>{t('mailingNo')}</th>
                  <th>{t('newStatus')}</th>
                  <th>{t('statusDate')}</th>
                  <th>{t('arrivalInLaw')}</th>
                </tr>
              </thead>
              <tbody>
                {report.applied.map((a) => (
                  <tr key={a.row}>
                    <td>{a.row}</td>
                    <td>
                      <a href={`#/case/${a.caseId}`}>{a.caseTitle}</a>
                    </td>
                    <td>{a.trackingNo}</td>
                    <td>{t(`mailing:${a.status}`)}</td>
                    <td>{a.date}</td>
                    <td className={`arrival ${a.arrival}`}>{t(`arrival.${a.arrival}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.unchanged.length > 0 && (
            <p className="muted">{fill(t('trackingUnchanged'), { count: report.unchanged.length })}</p>
          )}
          {report.problems.length > 0 && (
            <>
              <h4>{t('badRows')}</h4>
              <RowProblems problems={report.problems} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
