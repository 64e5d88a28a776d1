import type { ApiResult } from '../../../core/api/public-api.js';
import { formatMoney } from '../components/money.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { RowProblems } from './row-problems.js';

type DryRun = ApiResult<'import/dry-run'>;
const SHOWN = 10;

/** What the import would do, row by row, before anything is written. */
export function ImportDryRun({ dry, currency }: { dry: DryRun; currency: string }) {
  const { t } = useLanguage();
  const firstOf = (count: number) => (count > SHOWN ? ` ${fill(t('firstOf'), { shown: SHOWN, count })}` : '');
  return (
    <div className="dry-run">
      <h3>{t('dryRunTitle')}</h3>
      <p className="summary">
        {fill(t('dryRunSummary'), { rows: dry.rows, fresh: dry.fresh.count, existing: dry.existing.count, bad: dry.bad.rows })}
      </p>
      {dry.titled && <p className="notice">{fill(t('titledNotice'), { rows: dry.titled.rows, title: dry.titled.title })}</p>}
      {dry.bad.count > 0 && (
        <>
          <h4>{t('badRows')}</h4>
          <p className="error">{t('fixAndReupload')}</p>
          <RowProblems problems={dry.bad.first} />
        </>
      )}
      {dry.fresh.count > 0 && (
        <>
          <h4>
            {t('newCases')}
            {firstOf(dry.fresh.count)}
          </h4>
          <table className="grid new-rows">
            <thead>
              <tr>
                <th>{t('rowNo')}</th>
                <th>{t('debtor')}</th>
                <th>{t('field.amount')}</th>
                <th>{t('field.contract')}</th>
              </tr>
            </thead>
            <tbody>
              {dry.fresh.first.slice(0, SHOWN).map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.debtor}</td>
                  <td className="num">{formatMoney(r.amount, currency)}</td>
                  <td>{r.contract ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {dry.existing.count > 0 && (
        <>
          <h4>
            {t('existingCases')}
            {firstOf(dry.existing.count)}
          </h4>
          <ul className="existing-rows">
            {dry.existing.first.slice(0, SHOWN).map((r) => (
              <li key={r.row}>
                {t('rowNo')} {r.row}: <a href={`#/case/${r.caseId}`}>{r.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
