import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { Thumbnail } from './thumbnail.js';

/** The exhibits in filing order, each with its thumbnail and buttons to move it up or down. */
export function EvidenceTable({
  caseId,
  evidence,
  onMove,
}: {
  caseId: number;
  evidence: CaseFile['evidence'];
  onMove(index: number, by: -1 | 1): void;
}) {
  const { t } = useLanguage();
  return (
    <table className="grid evidence">
      <tbody>
        {evidence.map((e, i) => (
          <tr key={e.id}>
            <td>{i + 1}</td>
            <td>
              <Thumbnail caseId={caseId} path={e.file} />
            </td>
            <td>{e.title}</td>
            <td>{e.source}</td>
            <td>{e.purpose}</td>
            <td>{e.original ? t('original') : t('copy')}</td>
            <td className="actions">
              <button type="button" className="secondary" disabled={i === 0} onClick={() => onMove(i, -1)} aria-label="up">
                ↑
              </button>
              <button
                type="button"
                className="secondary"
                disabled={i === evidence.length - 1}
                onClick={() => onMove(i, 1)}
                aria-label="down"
              >
                ↓
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
