import type { CaseCalculation } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';

/**
 * Each payment as core applied it (民法典 第560条 picks the debt, 第561条 the order within it; English and US
 * law their own): the rule that chose the debt, then each part by claim and head, in cents as core gave them, and
 * the order the case used (whether a 违约金 counts as 利息, on which courts differ).
 */
export function PaymentApplication({ calc, money }: { calc: CaseCalculation; money(amount: string | null | undefined): string }) {
  const { t } = useLanguage();
  if (calc.payments.length === 0) return null;
  return (
    <>
      <h3>{t('paymentApplication')}</h3>
      <table className="grid payment-application">
        <thead>
          <tr>
            <th>{t('paymentCol')}</th>
            <th className="num">{t('amount')}</th>
            <th>{t('appliedTo')}</th>
            <th className="num">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {calc.payments.flatMap((p) => {
            const parts = [
              ...p.applied.map((a) => ({ label: `${a.claim} · ${t(`head.${a.head}` as MessageKey)}`, amount: a.amount })),
              ...(Number(p.unapplied) > 0 ? [{ label: t('unappliedCredit'), amount: p.unapplied }] : []),
            ];
            return parts.map((part, i) => (
              <tr key={`${p.payment}-${i}`} className={i === 0 ? 'payment-first' : undefined}>
                {i === 0 && (
                  <td rowSpan={parts.length}>
                    {p.date}
                    <div className="muted">{t(`rule.${p.rule}` as MessageKey)}</div>
                  </td>
                )}
                {i === 0 && (
                  <td rowSpan={parts.length} className="num">
                    {money(p.amount)}
                  </td>
                )}
                <td>{part.label}</td>
                <td className="num">{money(part.amount)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
      <p className="payment-order">{t(`order.${calc.paymentOrder}` as MessageKey)}</p>
    </>
  );
}

/** Days from the as-of date to a deadline, or past it. */
export function daysLeftText(t: (key: MessageKey) => string, days: number | null): string {
  if (days === null) return '—';
  return days >= 0 ? fill(t('daysLeftValue'), { days }) : fill(t('daysOverdue'), { days: -days });
}
