import { useRef, useState } from 'react';
import type { ApiResult, CaseFile } from '../../../core/api/public-api.js';
import { api, errorPayload } from '../api/client.js';
import { announceOutputs } from '../components/outputs-changed.js';
import { MIME } from '../components/download.js';
import { ErrorBox } from '../components/error-box.js';
import { keepExport, type ExportedFile } from '../components/exported-file.js';
import { PdfPreview } from '../components/pdf-preview.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import { ExportedFileActions } from './exported-file-actions.js';
import { LetterChoiceFields, letterArgs, type LetterChoices } from './letter-choices.js';
import { WordingFindings } from './wording-findings.js';
import { LetterWarnings } from './letter-warnings.js';

type Preview = ApiResult<'letters/preview'>;

/**
 * Choose a template, the addressee, sender, date, deadline and 函号; preview the letter as PDF beside the
 * wording guard's findings; export PDF or DOCX, then open, show or print the file.
 */
export function DocumentsPanel({ id, data }: { id: number; data: CaseFile }) {
  const { t, language } = useLanguage();
  const templates = useApi(() => api.send('templates/list', { locale: data.locale }), [data.locale]);
  const settings = useApi(() => api.send('settings/get', {}), []);
  const senders = settings.data?.settings.senders ?? [];
  const [templateId, setTemplateId] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [reason, setReason] = useState('');
  const [exported, setExported] = useState<ExportedFile>();
  // The addressee, a position in debtors; a guarantor whose guarantee lapsed is refused by core.
  const [choices, setChoices] = useState<LetterChoices>(() => ({
    to: Math.max(
      0,
      data.debtors.findIndex((d) => d.role === 'debtor'),
    ),
    sender: '',
    asOf: '',
    deadline: '',
    deadlineTyped: false,
    letterNo: '',
    letterNoTyped: false,
  }));
  const { error, run } = useAction();
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Only the last preview asked for is shown: choices made quickly one after another must not undo each other.
  const latest = useRef(0);

  /** A new preview; what core decided for the choices left open (sender, 函号, date, deadline) is shown in them. */
  async function refresh(next: string, current = choices) {
    setTemplateId(next);
    setPreview(undefined);
    setExported(undefined);
    if (!next) return;
    const ticket = ++latest.current;
    const shown = await run(() =>
      api.send('letters/preview', { id, templateId: next, ...letterArgs(current, false) }).catch((failure: unknown) => {
        // A letter refused for its date (a judgment in force on it) names that date: shown, so it can be changed.
        const asOf = errorPayload(failure).params?.asOf;
        if (ticket === latest.current && !current.asOf && typeof asOf === 'string') setChoices({ ...current, asOf });
        throw failure;
      }),
    );
    if (!shown || ticket !== latest.current) return;
    setPreview(shown);
    const { chosen } = shown;
    setChoices({
      ...current,
      sender: chosen.sender ?? '',
      asOf: chosen.asOf,
      deadline: current.deadlineTyped ? current.deadline : chosen.deadline,
      letterNo: current.letterNoTyped ? current.letterNo : (chosen.letterNo ?? ''),
    });
  }

  /** A preview refused (a 函号 missing or taken) is tried again as the 函号 is typed, so the error goes once fixed. */
  function change(next: LetterChoices) {
    setChoices(next);
    clearTimeout(retry.current);
    if (error && templateId) retry.current = setTimeout(() => void refresh(templateId, next), 300);
  }

  async function exportAs(format: 'pdf' | 'docx') {
    const errors = preview?.findings.filter((f) => f.severity === 'error') ?? [];
    const overrides = reason.trim() ? [...new Set(errors.map((f) => f.ruleId))].map((ruleId) => ({ ruleId, reason })) : [];
    const file = await run(() => api.send('letters/export', { id, templateId, format, overrides, ...letterArgs(choices, true) }));
    if (!file) return;
    announceOutputs(id);
    // The number is issued now: it stays in the field, so the DOCX of the same letter carries the same one.
    setChoices({ ...choices, letterNoTyped: choices.letterNo.trim() !== '' });
    const kept = await run(() => keepExport(file.fileName, file.bytes, MIME[format]));
    if (kept) setExported(kept);
  }

  const hasErrors = preview?.findings.some((f) => f.severity === 'error') ?? false;
  // An override needs a reason of at least 5 characters (the core refuses a shorter one); it goes to the case log.
  const blocked = hasErrors && reason.trim().length < 5;
  return (
    <div className="card documents">
      <h2>{t('documents')}</h2>
      <div className="toolbar">
        <select
          aria-label={t('template')}
          value={templateId}
          onChange={(e) => {
            // Another template may go out under another sender: its sender and 函号 are core's again, and the old
            // ones are cleared at once rather than shown until the new preview arrives.
            const next = { ...choices, sender: '', letterNo: '', letterNoTyped: false };
            setChoices(next);
            void refresh(e.target.value, next);
          }}
        >
          <option value="">{t('chooseTemplate')}</option>
          {templates.data?.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.names[language]}
            </option>
          ))}
        </select>
        <button type="button" disabled={!preview || blocked} onClick={() => void exportAs('pdf')}>
          {t('exportPdf')}
        </button>
        <button type="button" disabled={!preview || blocked} onClick={() => void exportAs('docx')}>
          {t('exportDocx')}
        </button>
      </div>
      <LetterChoiceFields
        data={data}
        senders={senders}
        choices={choices}
        onChange={change}
        onCommit={(next) => void refresh(templateId, next)}
      />
      {exported && <ExportedFileActions file={exported} />}
      <ErrorBox error={error ?? templates.error ?? settings.error} />
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
