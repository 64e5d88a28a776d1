import type { IndexRow } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';

/** The evidence index (证据目录) of the bundle just built, with the pages each exhibit really starts and ends on. */
export function IndexPreview({ rows }: { rows: IndexRow[] }) {
  const { t } = useLanguage();
  return (
    <table className="grid index-preview">
      <caption>{t('evidenceIndex')}</caption>
      <thead>
        <tr>
          <th>{t('indexNo')}</th>
          <th>{t('evidenceTitle')}</th>
          <th>{t('source')}</th>
          <th>{t('purpose')}</th>
          <th>{t('indexPages')}</th>
          <th>
            {t('original')}/{t('copy')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.n}>
            <td>{r.n}</td>
            <td>{r.title}</td>
            <td>{r.source}</td>
            <td>{r.purpose}</td>
            <td>{r.firstPage === r.lastPage ? r.firstPage : `${r.firstPage}–${r.lastPage}`}</td>
            <td>{r.original ? t('original') : t('copy')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
