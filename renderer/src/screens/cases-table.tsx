import { memo, useMemo } from 'react';
import type { CaseSummary } from '../../../core/api/public-api.js';
import { formatMoney } from '../components/money.js';
import { useLanguage } from '../i18n/language.js';
import type { Language } from '../i18n/messages.js';
import { go } from '../route.js';
import { stageLabel } from './stage-label.js';

interface JudgmentLabels {
  short: string;
  full: string;
  deadline: string;
}

/** One row; memoised so that a keystroke re-renders only rows that appear or go. */
const CaseRow = memo(function CaseRow({
  c,
  language,
  cannotCalculate,
  guarantorLabel,
  judgmentLabels,
}: {
  c: CaseSummary;
  language: Language;
  /** The notice for a case without figures, worded once by the table: a hook per row slows every keystroke. */
  cannotCalculate: string;
  /** 保证人 / guarantor, worded once by the table, beside a date that is a guarantor's. */
  guarantorLabel: string;
  /** The labels of a case whose judgment is in force, worded once by the table. */
  judgmentLabels: JudgmentLabels;
}) {
  return (
    <tr onClick={() => go({ screen: 'case', id: c.id })} aria-busy={c.pending || undefined}>
      <td>
        <a href={`#/case/${c.id}`}>{c.title}</a>
      </td>
      <td>{c.debtor}</td>
      <td>{c.contractNumber}</td>
      <td className="num">{formatMoney(c.outstanding, c.currency)}</td>
      <td className="num" title={c.owedUnder === 'judgment' ? judgmentLabels.full : undefined}>
        {formatMoney(c.total, c.currency)}
        {c.owedUnder === 'judgment' && <div className="muted owed-under">{judgmentLabels.short}</div>}
      </td>
      <td>{stageLabel(c.stage, c.stageTitle, language)}</td>
      <td>
        {c.nextStep ? stageLabel(c.nextStep, c.nextStepTitle, language) : '—'}
        {c.nextDueOn && <small className="muted"> {c.nextDueOn}</small>}
      </td>
      <td className={c.limitationWarning ? 'danger' : undefined} title={c.problem ? cannotCalculate : undefined}>
        {c.limitationExpiresOn ?? '—'}
        {c.limitationKind === 'enforcement' && <small className="muted"> {judgmentLabels.deadline}</small>}
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
  const judgmentLabels = useMemo(
    () => ({ short: t('owedUnderJudgment'), full: t('owedUnderJudgmentFull'), deadline: t('deskEnforcementDeadline') }),
    [t],
  );
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
          <th>{t('limitationOrEnforcement')}</th>
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
            judgmentLabels={judgmentLabels}
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
