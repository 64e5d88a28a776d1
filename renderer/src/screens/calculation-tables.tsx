import type { CaseCalculation } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';

/** The late-charge statement, row by row, with the totals (and the total in words) under it. */
export function StatementTable({ calc, money }: { calc: CaseCalculation; money(amount: string | null | undefined): string }) {
  const { t } = useLanguage();
  return (
    <>
      <table className="grid statement">
        <thead>
          <tr>
            <th>ID</th>
            <th className="num">{t('principal')}</th>
            <th>{t('from')}</th>
            <th>{t('to')}</th>
            <th className="num">{t('days')}</th>
            <th>{t('rate')}</th>
            <th className="num">{t('charge')}</th>
          </tr>
        </thead>
        <tbody>
          {calc.statement.map((row, i) => (
            <tr key={i}>
              <td>{row.claim}</td>
              <td className="num">{money(row.principal)}</td>
              <td>{row.from}</td>
              <td>{row.to}</td>
              <td className="num">{row.days}</td>
              <td>{row.rateNote}</td>
              <td className="num">{money(row.charge)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <dt>{t('outstanding')}</dt>
        <dd>{money(calc.outstanding)}</dd>
        <dt>{t('lateCharge')}</dt>
        <dd>{money(calc.lateChargeOutstanding)}</dd>
        <dt>{t('total')}</dt>
        <dd className="total">{money(calc.total)}</dd>
        {calc.totalInWords && (
          <>
            <dt>{t('totalInWords')}</dt>
            <dd>{calc.totalInWords}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/** When limitation runs out for each party, with the dates per claim where they differ. */
export function LimitationTable({ calc }: { calc: CaseCalculation }) {
  const { t } = useLanguage();
  return (
    <>
      <h3>{t('limitation')}</h3>
      <table className="grid">
        <tbody>
          {calc.limitation.map((l) => (
            <tr key={l.party} className={l.warning ? 'danger' : undefined}>
              <td>{l.name}</td>
              <td>
                {l.expiresOn ?? '—'}
                {l.expired && <div className="warning">{t('limitationExpired')}</div>}
              </td>
              <td>
                {l.basis}
                {l.claims.length > 1 && (
                  <ul className="claim-dates">
                    {l.claims.map((c) => (
                      <li key={c.claim}>
                        {t('claimLabel')} {c.claim}: {c.expiresOn ?? '—'}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
