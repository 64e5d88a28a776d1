import type { ApiErrorPayload, CaseCalculation, CaseFile } from '../../../core/api/public-api.js';
import { ErrorBox } from '../components/error-box.js';
import { formatMoney } from '../components/money.js';
import { useLanguage } from '../i18n/language.js';

/** Claims, payments and the statement as core computes it today: the same figures the letters print. */
export function StatementPanel({
  data,
  calc,
  error,
  lateChargeWords,
}: {
  data: CaseFile;
  calc: CaseCalculation | undefined;
  error: ApiErrorPayload | undefined;
  /** The agreed late charge in words, from core (the letters' wording). */
  lateChargeWords: string;
}) {
  const { t } = useLanguage();
  const money = (amount: string | null | undefined) => formatMoney(amount, data.currency);
  return (
    <div className="card">
      <h2>{t('claims')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>ID</th>
            <th>{t('description')}</th>
            <th>{t('dueDate')}</th>
            <th className="num">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.claims.map((c) => (
            <tr key={c.id}>
              <td>{c.id}</td>
              <td>{c.description}</td>
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
      <p className="late-charge-terms">{lateChargeWords || t('noLateCharge')}</p>
      <h3>{t('statement')}</h3>
      <ErrorBox error={error} />
      {calc && (
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
