import type { ApiResult } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { MESSAGES, type MessageKey } from '../i18n/messages.js';

export type CodedProblem = ApiResult<'import/dry-run'>['bad']['first'][number];

/** A message of this table by a key made at run time (a problem's code, a field's id), if there is one. */
function known(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES.zh, key);
}

/**
 * Bad rows of a table (a batch of debts, a tracking file): the row as the spreadsheet numbers it, the column
 * as the file heads it, the value, and what is wrong in the interface's language.
 */
export function RowProblems({ problems }: { problems: readonly CodedProblem[] }) {
  const { t } = useLanguage();
  const problemText = (p: CodedProblem) => {
    const key = `problem.${p.code}`;
    return fill(t(known(key) ? key : 'problem.other'), p.params ?? {});
  };
  // A column the file does not have is named by the field it would hold; a case-file path is never shown.
  const column = (name: string) =>
    name
      .split(' / ')
      .map((part) => {
        const field = `field.${part}`;
        return known(field) ? t(field) : /^\(.*\)$/.test(part) ? t('noColumn') : part;
      })
      .join(' / ');
  return (
    <table className="grid row-problems">
      <thead>
        <tr>
          <th>{t('rowNo')}</th>
          <th>{t('fieldColumn')}</th>
          <th>{t('value')}</th>
          <th>{t('problem')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.row}</td>
            <td>{column(p.column)}</td>
            <td>{p.value}</td>
            <td>{problemText(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
