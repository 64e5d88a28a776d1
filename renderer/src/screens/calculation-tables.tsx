import type { CaseCalculation } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { daysLeftText } from './payment-application.js';

/** The late-charge statement, row by row, with the totals (and the total in words) under it. */
export function StatementTable({ calc, money }: { calc: CaseCalculation; money(amount: string | null | undefined): string }) {
  const { t, language } = useLanguage();
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
          <tr className="sum">
            <td colSpan={6}>{t('sumOfLines')}</td>
            <td className="num">{money(calc.lateCharge)}</td>
          </tr>
          {calc.compensationRows.map((row) => (
            <tr key={`fixed-${row.claim}`}>
              <td>{row.claim}</td>
              <td colSpan={5}>{t('fixedSum')}</td>
              <td className="num">{money(row.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* principal + late charge + fixed sums − paid + credit = total: each figure the sum of a table's lines. */}
      <dl className="totals">
        <dt>{t('principalLine')}</dt>
        <dd>{money(calc.principal)}</dd>
        <dt>{t('lateChargeLines')}</dt>
        <dd>{money(calc.lateCharge)}</dd>
        {calc.compensationRows.length > 0 && (
          <>
            <dt>{t('fixedSums')}</dt>
            <dd>{money(calc.compensation)}</dd>
          </>
        )}
        <dt>{t('lessPaid')}</dt>
        <dd>−{money(calc.paid)}</dd>
        {Number(calc.credit) > 0 && (
          <>
            <dt>{t('unappliedCredit')}</dt>
            <dd>{money(calc.credit)}</dd>
          </>
        )}
        <dt>{calc.underJudgment ? t('totalUnderContract') : t('total')}</dt>
        <dd className={calc.underJudgment ? undefined : 'total'}>{money(calc.total)}</dd>
        <dt>{t('outstanding')}</dt>
        <dd>{money(calc.outstanding)}</dd>
        <dt>{t('lateCharge')}</dt>
        <dd>{money(calc.lateChargeOutstanding)}</dd>
        {calc.totalInWords && calc.wordsLanguage === language && (
          <>
            <dt>{t('totalInWords')}</dt>
            <dd>{calc.totalInWords}</dd>
          </>
        )}
      </dl>
      {/* The words are the letter's (人民币…元整 or English words): in the other language only said to be there. */}
      {calc.totalInWords && calc.wordsLanguage !== language && <p className="muted">{t(`words.${calc.wordsLanguage}-letter`)}</p>}
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
              <td className="num">{daysLeftText(t, l.daysLeft)}</td>
              <td>
                {l.basis}
                {l.claims.length > 1 && (
                  <ul className="claim-dates">
                    {l.claims.map((c) => (
                      <li key={c.claim}>
                        {t('claimLabel')} {c.claim}: {c.expiresOn ?? '—'}
                        {c.expired && ` — ${t('limitationExpired')}`}
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
