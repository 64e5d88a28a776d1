import { useState } from 'react';
import type { CaseFile, Finding, LetterWarning } from '../../../../core/api/public-api.js';
import { api } from '../../api/client.js';
import { downloadBase64, MIME } from '../../components/download.js';
import { ErrorBox } from '../../components/error-box.js';
import { PdfPreview } from '../../components/pdf-preview.js';
import { useAction } from '../../components/use-action.js';
import { useApi } from '../../components/use-api.js';
import { errorText } from '../../i18n/error-messages.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';
import type { MessageKey } from '../../i18n/messages.js';
import { LetterWarnings } from '../letter-warnings.js';
import { WordingFindings } from '../wording-findings.js';
import { CourtForm } from './court-form.js';
import { FeesTable } from './fees-table.js';
import { IssueFeeTable } from './issue-fee-table.js';
import './filings.css';

/**
 * The case's court filings: which papers it can make today (core tries each against its preconditions), the
 * court the user chose (never guessed), the court fees core worked out (for an en-GB case the County Court issue
 * fee and the fee table it comes from); preview and export like a letter.
 */
export function FilingsPanel({ id, data, onChange }: { id: number; data: CaseFile; onChange(): void }) {
  const { t, language } = useLanguage();
  const offer = useApi(() => api.send('filings/offer', { id }), [id, data]);
  const [changingCourt, setChangingCourt] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const [preview, setPreview] = useState<{ pdf: string; findings: Finding[]; warnings: LetterWarning[] }>();
  const { error, run } = useAction();

  if (offer.data && offer.data.filings.length === 0) return null; // a case of a locale with no filing templates (en-US)
  const court = offer.data?.court ?? null;

  async function show(templateId: string) {
    setChosen(templateId);
    setPreview(undefined);
    setPreview(await run(() => api.send('letters/preview', { id, templateId })));
  }

  async function exportAs(format: 'pdf' | 'docx') {
    if (!chosen) return;
    const file = await run(() => api.send('letters/export', { id, templateId: chosen, format }));
    if (file) downloadBase64(file.fileName, file.bytes, MIME[format]);
  }

  const blocked = preview?.findings.some((f) => f.severity === 'error') ?? false;
  return (
    <div className="card filings">
      <h2>{t('filings')}</h2>
      <p className="muted">{t('filingsIntro')}</p>
      <ErrorBox error={offer.error} />
      {offer.data && (
        <>
          <h3>{t('filingsCourt')}</h3>
          {offer.data.issueFee ? (
            <>
              <p className="court">{court ? fill(t('englandCourtAt'), { court: court.court }) : t('englandMoneyClaimsCentre')}</p>
              <p className="muted">{t('englandCourt')}</p>
              <IssueFeeTable issueFee={offer.data.issueFee} asOf={offer.data.asOf} />
            </>
          ) : (
            <>
              {court && !changingCourt ? (
                <p className="court">
                  <strong>{court.court}</strong>
                  {court.courtBasis && ` · ${t(`courtBasis.${court.courtBasis}` as MessageKey)}`}
                  {court.caseType && ` · ${t(`caseType.${court.caseType}` as MessageKey)}`}{' '}
                  <button type="button" className="secondary" onClick={() => setChangingCourt(true)}>
                    {t('filingsChangeCourt')}
                  </button>
                </p>
              ) : (
                <>
                  {!court && <p className="warning">{t('filingsNoCourt')}</p>}
                  <CourtForm
                    id={id}
                    initial={court}
                    onSaved={() => {
                      setChangingCourt(false);
                      onChange();
                    }}
                  />
                </>
              )}
              {offer.data.fees ? <FeesTable fees={offer.data.fees} asOf={offer.data.asOf} /> : <p>{t('feesNotCny')}</p>}
            </>
          )}
          <ul className="filing-list">
            {offer.data.filings.map((f) => (
              <li key={f.templateId} className={f.ready ? 'ready' : 'not-now'}>
                <span className="filing-title">{f.names[language]}</span>{' '}
                <span className={f.ready ? 'badge ok' : 'badge muted'}>{f.ready ? t('filingReady') : t('filingNotNow')}</span>
                {f.ready ? (
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={chosen === f.templateId}
                    onClick={() => void show(f.templateId)}
                  >
                    {t('filingPreview')}
                  </button>
                ) : (
                  f.problem && <div className="muted reason">{errorText(f.problem, language)}</div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorBox error={error} />
      {chosen && preview && (
        <>
          <div className="toolbar">
            <button type="button" disabled={blocked} onClick={() => void exportAs('pdf')}>
              {t('exportPdf')}
            </button>
            <button type="button" disabled={blocked} onClick={() => void exportAs('docx')}>
              {t('exportDocx')}
            </button>
          </div>
          <div className="split">
            <PdfPreview base64={preview.pdf} />
            <aside className="findings">
              <LetterWarnings warnings={preview.warnings} />
              <h3>{t('wordingGuard')}</h3>
              <WordingFindings findings={preview.findings} />
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
