import type { ApiErrorPayload, CaseCalculation, CaseFile } from '../../../core/api/public-api.js';
import { ErrorBox } from '../components/error-box.js';
import { formatMoney } from '../components/money.js';
import { useLanguage } from '../i18n/language.js';
import { fill } from '../i18n/fill.js';
import { LimitationTable, StatementTable } from './calculation-tables.js';
import { GuarantorTable } from './guarantor-table.js';
import { JudgmentOwedTable } from './judgment-owed-table.js';
import { lateChargeTerms } from './late-charge-terms.js';
import { PaymentApplication } from './payment-application.js';

/** Claims, payments and the statement as core computes it today: the same figures the letters print. */
export function StatementPanel({
  data,
  calc,
  error,
}: {
  data: CaseFile;
  calc: CaseCalculation | undefined;
  error: ApiErrorPayload | undefined;
}) {
  const { t } = useLanguage();
  const money = (amount: string | null | undefined) => formatMoney(amount, data.currency);
  // The day a debt arose matters to a 最高额保证 only; the column shows where any claim records it.
  const arisen = data.claims.some((c) => c.arisenOn !== undefined);
  return (
    <div className="card statement-panel">
      <h2>{t('claims')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>ID</th>
            <th>{t('description')}</th>
            {arisen && <th>{t('arisenOnColumn')}</th>}
            <th>{t('dueDate')}</th>
            <th className="num">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.claims.map((c) => (
            <tr key={c.id}>
              <td>{c.id}</td>
              <td>{c.description}</td>
              {arisen && <td>{c.arisenOn ?? ''}</td>}
              <td>{c.dueDate}</td>
              <td className="num">{money(c.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('payments')}</h3>
      <table className="grid">
        <tbody>
          {data.payments.map((p, i) => (
            <tr key={i}>
              <td>{p.date}</td>
              <td className="num">{money(p.amount)}</td>
              <td>{p.claim ?? ''}</td>
              <td>{p.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('lateChargeTerms')}</h3>
      <p className="late-charge-terms">{lateChargeTerms(t, data.lateCharge)}</p>
      <h3>{t('statement')}</h3>
      <ErrorBox error={error} />
      {calc && (
        <>
          <p className="as-of">{fill(t('asOfLine'), { asOf: calc.asOf })}</p>
          <JudgmentOwedTable calc={calc} money={money} />
          <StatementTable calc={calc} money={money} />
          <PaymentApplication calc={calc} money={money} />
          <GuarantorTable data={data} calc={calc} money={money} />
          <LimitationTable calc={calc} />
          {calc.warnings.map((w, i) => (
            <p key={i} className="warning">
              {t('warning')}: {w}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
