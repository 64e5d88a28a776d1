import type { CaseCalculation, CaseFile } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';

/**
 * What each guarantor owes as core works it out (the figure its letters demand): the claims its guarantee
 * covers, the cap, and for a 最高额保证 its period and the claims that arose outside it.
 */
export function GuarantorTable({
  data,
  calc,
  money,
}: {
  data: CaseFile;
  calc: CaseCalculation;
  money(amount: string | null | undefined): string;
}) {
  const { t } = useLanguage();
  if (calc.guarantors.length === 0) return null;
  const described = (claim: string) => {
    const description = data.claims.find((c) => c.id === claim)?.description;
    return description ? `${claim} ${description}` : claim;
  };
  return (
    <>
      <h3>{t('guarantorsOwe')}</h3>
      <table className="grid guarantors">
        <thead>
          <tr>
            <th>{t('guarantor')}</th>
            <th className="num">{t('guaranteeCovered')}</th>
            <th className="num">{t('guaranteeCap')}</th>
            <th className="num">{t('guaranteeOwed')}</th>
          </tr>
        </thead>
        <tbody>
          {calc.guarantors.map((g) => (
            <tr key={g.party} data-party={g.party}>
              <td>
                {data.debtors[g.party]?.name}
                {g.maximum && (
                  <div className="guarantee-period">
                    {fill(t('guaranteeMaximumLine'), { from: g.maximum.from, to: g.maximum.to, cap: money(g.cap) })}
                  </div>
                )}
                {g.maximum && g.maximum.outside.length > 0 && (
                  <div className="warning guarantee-outside">
                    {fill(t('guaranteeOutside'), { claims: g.maximum.outside.map(described).join(t('guaranteeListSeparator')) })}
                  </div>
                )}
              </td>
              <td className="num">{money(g.covered)}</td>
              <td className="num">
                {g.cap === null ? t('guaranteeNoCap') : money(g.cap)}
                {g.capped && <div className="muted">{t('guaranteeCapBites')}</div>}
              </td>
              <td className="num guarantee-owed">{money(g.owed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
