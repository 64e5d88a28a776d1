import type { ApiResult } from '../../../../core/api/public-api.js';
import { formatMoney } from '../../components/money.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';
import type { Language, MessageKey } from '../../i18n/messages.js';

type IssueFee = NonNullable<ApiResult<'filings/offer'>['issueFee']>;
type FeeSource = IssueFee['table']['source'];

/** The County Court issue fee core read from the fee table, naming the table (its date and source) and whether it is checked. */
export function IssueFeeTable({ issueFee, asOf }: { issueFee: IssueFee; asOf: string }) {
  const { t, language } = useLanguage();
  const pounds = (amount: string) => formatMoney(amount, 'GBP');
  const percent = issueFee.percent && String(Number(issueFee.percent));
  return (
    <table className="fees issue-fee">
      <caption>{t('issueFeeTitle')}</caption>
      <tbody>
        <tr>
          <td>{fill(t('issueFeeClaim'), { date: asOf })}</td>
          <td className="num">{pounds(issueFee.amount)}</td>
        </tr>
        <tr>
          <td>{percent ? fill(t('issueFeePercent'), { percent }) : t('issueFee')}</td>
          <td className="num">
            <strong>{pounds(issueFee.fee)}</strong>
          </td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2} className="muted">
            {fill(t('issueFeeTable'), {
              date: issueFee.table.validFrom,
              source: feeSourceText(t, language, issueFee.table.source),
            })}
          </td>
        </tr>
        {!issueFee.table.checked && (
          <tr>
            <td colSpan={2} className="warning">
              {t('issueFeeToCheck')}
            </td>
          </tr>
        )}
      </tfoot>
    </table>
  );
}

/** Where the fee table is in law, from its parts: each instrument by its title in `language` and its SI number. */
function feeSourceText(t: (key: MessageKey) => string, language: Language, source: FeeSource): string {
  const instrument = (i: FeeSource['instrument']) => fill(t('feeSource.instrument'), { title: i.title[language], si: i.si });
  const provision = fill(t('feeSource.provision'), {
    instrument: instrument(source.instrument),
    schedule: source.schedule,
    fee: source.fee,
  });
  const by = source.substitutedBy;
  if (!by) return provision;
  const article = fill(t(by.paragraph ? 'feeSource.paragraph' : 'feeSource.article'), {
    article: by.article,
    paragraph: by.paragraph ?? '',
  });
  return fill(t('feeSource.substituted'), { provision, instrument: instrument(by.instrument), article });
}
