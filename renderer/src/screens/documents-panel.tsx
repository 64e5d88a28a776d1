import { useRef, useState } from 'react';
import type { CaseFile, Finding, LetterWarning } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { announceOutputs } from '../components/outputs-changed.js';
import { downloadBase64, MIME } from '../components/download.js';
import { ErrorBox } from '../components/error-box.js';
import { PdfPreview } from '../components/pdf-preview.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import { WordingFindings } from './wording-findings.js';
import { LetterWarnings } from './letter-warnings.js';

/** Choose a template, preview the letter as PDF beside the wording guard's findings, export PDF or DOCX. */
export function DocumentsPanel({ id, data }: { id: number; data: CaseFile }) {
  const { t } = useLanguage();
  const templates = useApi(() => api.send('templates/list', { locale: data.locale }), [data.locale]);
  const [templateId, setTemplateId] = useState('');
  const [preview, setPreview] = useState<{ pdf: string; findings: Finding[]; warnings: LetterWarning[] }>();
  const [reason, setReason] = useState('');
  const [letterNo, setLetterNo] = useState('');
  // The addressee, a position in debtors; a guarantor whose guarantee lapsed is refused by core.
  const [to, setTo] = useState(() =>
    Math.max(
      0,
      data.debtors.findIndex((d) => d.role === 'debtor'),
    ),
  );
  const number = letterNo.trim() ? { letterNo: letterNo.trim() } : {};
  const { error, run } = useAction();
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function choose(next: string, addressee = to, typedNo = letterNo) {
    setTemplateId(next);
    setPreview(undefined);
    const no = typedNo.trim() ? { letterNo: typedNo.trim() } : {};
    if (next) setPreview(await run(() => api.send('letters/preview', { id, templateId: next, to: addressee, ...no })));
  }

  /** A preview refused (a 函号 missing) is tried again as the 函号 is typed, so the error goes as soon as it is fixed. */
  function typeLetterNo(next: string) {
    setLetterNo(next);
    clearTimeout(retry.current);
    if (error && templateId) retry.current = setTimeout(() => void choose(templateId, to, next), 300);
  }

  async function exportAs(format: 'pdf' | 'docx') {
    const errors = preview?.findings.filter((f) => f.severity === 'error') ?? [];
    const overrides = reason.trim() ? [...new Set(errors.map((f) => f.ruleId))].map((ruleId) => ({ ruleId, reason })) : [];
    const file = await run(() => api.send('letters/export', { id, templateId, format, overrides, to, ...number }));
    if (file) {
      downloadBase64(file.fileName, file.bytes, MIME[format]);
      announceOutputs(id);
    }
  }

  const hasErrors = preview?.findings.some((f) => f.severity === 'error') ?? false;
  // An override needs a reason of at least 5 characters (the core refuses a shorter one); it goes to the case log.
  const blocked = hasErrors && reason.trim().length < 5;
  return (
    <div className="card documents">
      <h2>{t('documents')}</h2>
      <div className="toolbar">
        <select aria-label={t('template')} value={templateId} onChange={(e) => void choose(e.target.value)}>
          <option value="">{t('chooseTemplate')}</option>
          {templates.data?.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title}
            </option>
          ))}
        </select>
        {data.debtors.length > 1 && (
          <select
            aria-label={t('addressee')}
            value={to}
            onChange={(e) => {
              setTo(Number(e.target.value));
              void choose(templateId, Number(e.target.value));
            }}
          >
            {data.debtors.map((d, i) => (
              <option key={i} value={i}>
                {d.name} · {t(d.role)}
              </option>
            ))}
          </select>
        )}
        <input
          className="letter-no"
          aria-label={t('letterNo')}
          placeholder={t('letterNo')}
          value={letterNo}
          onChange={(e) => typeLetterNo(e.target.value)}
          onBlur={() => void choose(templateId)}
        />
        <button type="button" disabled={!preview || blocked} onClick={() => void exportAs('pdf')}>
          {t('exportPdf')}
        </button>
        <button type="button" disabled={!preview || blocked} onClick={() => void exportAs('docx')}>
          {t('exportDocx')}
        </button>
      </div>
      <ErrorBox error={error ?? templates.error} />
      {preview && (
        <div className="split">
          <PdfPreview base64={preview.pdf} />
          <aside className="findings">
            <LetterWarnings warnings={preview.warnings} />
            <h3>{t('wordingGuard')}</h3>
            <WordingFindings findings={preview.findings} />
            {hasErrors && (
              <label>
                {t('overrideReason')}
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
            )}
            {blocked && <p className="danger">{t('overrideNeedsReason')}</p>}
          </aside>
        </div>
      )}
    </div>
  );
}
