import { memo } from 'react';
import type { CaseSummary } from '../../../core/api/public-api.js';
import { formatMoney } from '../components/money.js';
import { useLanguage } from '../i18n/language.js';
import type { Language } from '../i18n/messages.js';
import { go } from '../route.js';
import { stageLabel } from './stage-label.js';

/** One row; memoised so that a keystroke re-renders only rows that appear or go. */
const CaseRow = memo(function CaseRow({
  c,
  language,
  cannotCalculate,
  guarantorLabel,
}: {
  c: CaseSummary;
  language: Language;
  /** The notice for a case without figures, worded once by the table: a hook per row slows every keystroke. */
  cannotCalculate: string;
  /** 保证人 / guarantor, worded once by the table, beside a date that is a guarantor's. */
  guarantorLabel: string;
}) {
  return (
    <tr onClick={() => go({ screen: 'case', id: c.id })} aria-busy={c.pending || undefined}>
      <td>
        <a href={`#/case/${c.id}`}>{c.title}</a>
      </td>
      <td>{c.debtor}</td>
      <td>{c.contractNumber}</td>
      <td className="num">{formatMoney(c.outstanding, c.currency)}</td>
      <td className="num">{formatMoney(c.total, c.currency)}</td>
      <td>{stageLabel(c.stage, c.stageTitle, language)}</td>
      <td>
        {c.nextStep ? stageLabel(c.nextStep, c.nextStepTitle, language) : '—'}
        {c.nextDueOn && <small className="muted"> {c.nextDueOn}</small>}
      </td>
      <td className={c.limitationWarning ? 'danger' : undefined} title={c.problem ? cannotCalculate : undefined}>
        {c.limitationExpiresOn ?? '—'}
        {c.limitationParty && (
          <small className="muted">
            {' '}
            {guarantorLabel} {c.limitationParty.name}
          </small>
        )}
      </td>
    </tr>
  );
});

/** The matching cases, at most `limit` of them: the DOM stays small however many cases there are. */
export function CasesTable({ rows, limit, query }: { rows: readonly CaseSummary[]; limit: number; query: string }) {
  const { t, language } = useLanguage();
  return (
    <table className="grid cases" data-query={query} data-matches={rows.length}>
      <thead>
        <tr>
          <th>{t('title')}</th>
          <th>{t('debtor')}</th>
          <th>{t('contractNumber')}</th>
          <th className="num">{t('outstanding')}</th>
          <th className="num">{t('total')}</th>
          <th>{t('stage')}</th>
          <th>{t('nextStep')}</th>
          <th>{t('limitation')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, limit).map((c) => (
          <CaseRow
            key={c.id}
            c={c}
            language={language}
            cannotCalculate={t('deskCannotCalculate')}
            guarantorLabel={t('limitationGuarantor')}
          />
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={8} className="empty">
              {t('noMatch')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
