import type { CaseFile, Mailing } from '../../../../core/api/public-api.js';
import { api } from '../../api/client.js';
import { downloadBase64, MIME } from '../../components/download.js';
import { ErrorBox } from '../../components/error-box.js';
import { useAction } from '../../components/use-action.js';
import { useLanguage } from '../../i18n/language.js';
import { groupLabel } from './desk-labels.js';

/**
 * The letter log of a case: every letter CasePack made and kept with it (the PDF mailed, stored under its
 * hash), with the date, 函号, template version and sender, and the very PDF to save again.
 */
export function LettersLogPanel({ id, data }: { id: number; data: CaseFile }) {
  const { t, language } = useLanguage();
  const { error, run } = useAction();
  const kept = data.mailings.filter(
    (m): m is Mailing & { letter: string } => m.letter !== undefined && m.letterSha256 !== undefined,
  );
  if (kept.length === 0) return null;
  const exportAgain = (m: Mailing & { letter: string }) =>
    run(async () => {
      const { bytes } = await api.send('files/read', { id, path: m.letter });
      downloadBase64(m.letter.split('/').pop()!, bytes, MIME.pdf);
    });
  return (
    <div className="card letters-log">
      <h2>{t('lettersLog')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('sentOn')}</th>
            <th>{t('batchStep')}</th>
            <th>{t('lettersLogNo')}</th>
            <th>{t('lettersLogVersion')}</th>
            <th>{t('lettersLogSender')}</th>
            <th>{t('lettersLogHash')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {kept.map((m) => (
            <tr key={m.id}>
              <td>{m.sentOn}</td>
              <td>{groupLabel(m.document, [], language)}</td>
              <td>{m.letterNo ?? '—'}</td>
              <td>
                <code>{m.templateVersion ?? '—'}</code>
              </td>
              <td>{m.sender ?? '—'}</td>
              <td>
                <code title={m.letterSha256}>{m.letterSha256!.slice(0, 16)}…</code>
              </td>
              <td>
                <button type="button" className="secondary small" onClick={() => void exportAgain(m)}>
                  {t('lettersLogExport')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={error} />
    </div>
  );
}
