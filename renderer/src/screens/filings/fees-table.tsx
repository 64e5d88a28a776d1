import type { ApiResult } from '../../../../core/api/public-api.js';
import { formatMoney } from '../../components/money.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';

type Fees = NonNullable<ApiResult<'filings/offer'>['fees']>;

/** The court fees core worked out (诉讼费用交纳办法), each with the article it rests on and the amount it is worked on. */
export function FeesTable({ fees, asOf }: { fees: Fees; asOf: string }) {
  const { t } = useLanguage();
  const money = (amount: string) => formatMoney(amount, 'CNY');
  const rows: [string, string][] = [];
  if (!fees.nothingToClaim)
    rows.push(
      [t('feeCase'), fees.claim.caseFee],
      [t('feeSummary'), fees.claim.summaryProcedure],
      [t('feePaymentOrder'), fees.claim.paymentOrder],
    );
  if (fees.preservation)
    rows.push([fill(t('feePreservation'), { amount: money(fees.preservation.amount) }), fees.preservation.fee]);
  if (fees.enforcement) rows.push([fill(t('feeEnforcement'), { amount: money(fees.enforcement.amount) }), fees.enforcement.fee]);
  return (
    <table className="fees">
      <caption>
        {t('filingsFees')} · {fill(t('feeClaimAmount'), { date: asOf })}: <strong>{money(fees.claim.amount)}</strong>
      </caption>
      {rows.length > 0 && (
        <thead>
          <tr>
            <th scope="col">{t('filingsFee')}</th>
            <th scope="col" className="num">
              {t('filingsFeeAmount')}
            </th>
          </tr>
        </thead>
      )}
      <tbody>
        {fees.nothingToClaim && (
          <tr>
            <td colSpan={2} className="nothing-to-claim">
              {t('feeNothingToClaim')}
            </td>
          </tr>
        )}
        {rows.map(([label, amount]) => (
          <tr key={label}>
            <td>{label}</td>
            <td className="num">{money(amount)}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > 0 && (
        <tfoot>
          <tr>
            <td colSpan={2} className="muted">
              {t('feeRounding')}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
