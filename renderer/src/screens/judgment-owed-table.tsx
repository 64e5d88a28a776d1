import type { CaseCalculation } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';

/**
 * What the judgment in force orders paid, part by part: the figure the debtor owes now, in place of the
 * contract's (民事诉讼法 第264条). Nothing while the case holds no judgment in force.
 */
export function JudgmentOwedTable({ calc, money }: { calc: CaseCalculation; money(amount: string | null | undefined): string }) {
  const { t } = useLanguage();
  const j = calc.underJudgment;
  if (!j) return null;
  return (
    <section className="judgment-owed">
      <h3>{t('owedUnderJudgmentFull')}</h3>
      <p className="muted">{t('judgmentOwedNote')}</p>
      {/* Its own class, not `.totals`: that list is the contract statement's, looked for as the panel's one. */}
      <dl className="judgment-totals">
        <dt>{t('judgmentAwarded')}</dt>
        <dd>{money(j.awarded)}</dd>
        <dt>{t('judgmentPaid')}</dt>
        <dd>−{money(j.paid)}</dd>
        <dt>{t('judgmentUnpaid')}</dt>
        <dd>{money(j.unpaid)}</dd>
        <dt>
          {j.doubledInterestFrom
            ? fill(t('judgmentDoubledInterest'), { from: j.doubledInterestFrom })
            : t('judgmentDoubledInterestNone')}
        </dt>
        <dd>{money(j.doubledInterest)}</dd>
        {Number(j.costs) > 0 && (
          <>
            <dt>{t('judgmentCosts')}</dt>
            <dd>{money(j.costs)}</dd>
          </>
        )}
        <dt>{t('judgmentTotal')}</dt>
        <dd className="total">{money(j.total)}</dd>
      </dl>
    </section>
  );
}
