import { useEffect, useState } from 'react';
import type { CaseOutput } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { MIME } from '../components/download.js';
import { ErrorBox } from '../components/error-box.js';
import { keepExport, type ExportedFile } from '../components/exported-file.js';
import { onOutputsChanged } from '../components/outputs-changed.js';
import { PdfPreview } from '../components/pdf-preview.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { groupLabel } from './desk/desk-labels.js';
import { ExportedFileActions } from './exported-file-actions.js';
import './outputs.css';

/** `2026-11-22T08:05:00Z` as the local day and minute; a date alone (a letter kept before times were) as it is. */
function madeAtText(madeAt: string): string {
  if (!madeAt.includes('T')) return madeAt;
  const at = new Date(madeAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * Every document CasePack made for the case and kept with it: letters (PDF and DOCX), evidence bundles and
 * courier bundles, with when, by whom, the letter's 函号 and template version and the file's SHA-256. Each is
 * the stored file itself: previewed, and exported again byte for byte, then opened, shown in its folder (desktop)
 * or printed as any export is (exported-file.ts).
 */
export function OutputsPanel({ id }: { id: number }) {
  const { t, language } = useLanguage();
  const outputs = useApi(() => api.send('outputs/list', { id }), [id]);
  const templates = useApi(() => api.send('templates/list', {}), []);
  const { error, run } = useAction();
  const [preview, setPreview] = useState<{ output: number; pdf: string }>();
  const [exported, setExported] = useState<{ output: number; file: ExportedFile }>();
  const { reload } = outputs;
  useEffect(() => onOutputsChanged(id, reload), [id, reload]);

  const kindLabel = (o: CaseOutput) => {
    if (o.kind !== 'letter') return t(`outputs.kind.${o.kind}` as MessageKey);
    const step = o.template ? groupLabel(o.template, [], language) : '';
    if (step && step !== o.template) return step;
    return templates.data?.find((tpl) => tpl.id === o.template)?.names[language] ?? t('outputs.kind.letter');
  };
  const exportAgain = (o: CaseOutput) =>
    run(async () => {
      const { bytes } = await api.send('outputs/read', { id, output: o.id });
      const file = await keepExport(o.fileName, bytes, o.format === 'other' ? 'application/octet-stream' : MIME[o.format]);
      if (file) setExported({ output: o.id, file });
    });
  const showPreview = (o: CaseOutput) =>
    run(async () => {
      const { bytes } = await api.send('outputs/read', { id, output: o.id });
      setPreview({ output: o.id, pdf: bytes });
    });

  const rows = outputs.data ?? [];
  return (
    <div className="card outputs">
      <h2>{t('outputs')}</h2>
      <ErrorBox error={outputs.error} />
      {outputs.data && rows.length === 0 && <p className="muted">{t('outputsNone')}</p>}
      {rows.length > 0 && (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('outputsMadeAt')}</th>
              <th>{t('outputsKind')}</th>
              <th>{t('outputsFile')}</th>
              <th>{t('outputsLetterNo')}</th>
              <th>{t('outputsVersion')}</th>
              <th>{t('outputsMadeBy')}</th>
              <th>{t('outputsHash')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id} data-output={o.id}>
                <td>{madeAtText(o.madeAt)}</td>
                <td>
                  {kindLabel(o)}
                  {o.mailing && <div className="muted small">{fill(t('outputsMailing'), { mailing: o.mailing })}</div>}
                </td>
                <td>{o.fileName}</td>
                <td>{o.letterNo ?? '—'}</td>
                <td>{o.templateVersion ? <code>{o.templateVersion}</code> : '—'}</td>
                <td>{o.madeBy || '—'}</td>
                <td>
                  <code title={o.sha256}>{o.sha256.slice(0, 16)}…</code>
                </td>
                <td className="actions">
                  {o.format === 'pdf' && (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => (preview?.output === o.id ? setPreview(undefined) : void showPreview(o))}
                    >
                      {preview?.output === o.id ? t('outputsClosePreview') : t('outputsPreview')}
                    </button>
                  )}
                  <button type="button" className="secondary small" onClick={() => void exportAgain(o)}>
                    {t('outputsExport')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorBox error={error} />
      {exported && rows.some((o) => o.id === exported.output) && <ExportedFileActions file={exported.file} />}
      {preview && (
        <div className="outputs-preview">
          <p className="muted">{t('outputsSame')}</p>
          <PdfPreview base64={preview.pdf} />
        </div>
      )}
    </div>
  );
}
