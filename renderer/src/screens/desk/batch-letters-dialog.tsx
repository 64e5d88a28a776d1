import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiResult, DeskRow } from '../../../../core/api/public-api.js';
import { downloadBlob } from '../../components/download.js';
import { ErrorBox } from '../../components/error-box.js';
import { Modal } from '../../components/modal.js';
import { ProblemList } from '../../components/problem-list.js';
import { ProgressRow } from '../../components/progress-row.js';
import { errorText } from '../../i18n/error-messages.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';
import { stageLabel } from '../stage-label.js';
import { BatchSenderField, useBatchSender } from './batch-sender-field.js';
import { useLettersJob } from './use-letters-job.js';

type Step = ApiResult<'desk/list'>['letterSteps'][number];
type Failed = Extract<ApiResult<'letters/batch-status'>, { state: 'done' }>['failed'][number];

/** The step most of the chosen cases are due for next, if it is a letter; else the first letter step. */
function likelyStep(steps: readonly Step[], rows: readonly DeskRow[], ids: readonly number[]): string {
  const chosen = new Set(ids);
  const votes = new Map<string, number>();
  for (const r of rows) if (chosen.has(r.id) && r.nextStep) votes.set(r.nextStep, (votes.get(r.nextStep) ?? 0) + 1);
  const letters = steps.filter((s) => votes.has(s.id)).sort((a, b) => votes.get(b.id)! - votes.get(a.id)!);
  return (letters[0] ?? steps[0])?.id ?? '';
}

/**
 * Letters for the selected cases and one ladder step, with the EMS list: a real progress fraction, cancel,
 * and the zip of PDFs, Word files and the list as a download. Escape closes it when no batch is running.
 */
export function BatchLettersDialog(props: {
  caseIds: number[];
  rows: readonly DeskRow[];
  asOf: string;
  steps: readonly Step[];
  onClose(changed: boolean): void;
}) {
  const { t, language } = useLanguage();
  const [step, setStep] = useState(() => likelyStep(props.steps, props.rows, props.caseIds));
  const [letterNo, setLetterNo] = useState('');
  const [firstNumber, setFirstNumber] = useState(1);
  const [agreedAddress, setAgreedAddress] = useState(false);
  const sender = useBatchSender(step, props.asOf);
  const { job, error, result, cancelled, start, cancel } = useLettersJob();
  const titles = useMemo(() => new Map(props.rows.map((r) => [r.id, r.title])), [props.rows]);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const busy = job !== undefined;
  const close = () => !busy && props.onClose(result !== undefined && result.written.length > 0);

  async function make() {
    const done = await start({
      caseIds: props.caseIds,
      step,
      asOf: props.asOf,
      ...(letterNo.trim() && { letterNo: letterNo.trim() }),
      firstNumber,
      agreedAddress,
      ...(sender.sender && { sender: sender.sender }),
    });
    // A batch that made no letter has nothing to download: the dialog says why, case by case.
    if (done && done.written.length > 0) downloadBlob(done.fileName, done.blob);
  }

  const title = (id: number) => titles.get(id) ?? `#${id}`;
  /** Why a case got no letter: another law's case, a judgment in force (its date and number), or a field missing. */
  const failedReason = (f: Failed) =>
    f.reason === 'other-law'
      ? t('batchOtherLaw')
      : f.reason === 'judgment-held'
        ? errorText(
            { name: 'LetterJudgmentHeldError', message: '', code: 'letter.judgment-held', params: f.params ?? {} },
            language,
          )
        : t('batchFailedReason');
  return (
    <Modal title={t('batchTitle')} className="batch-letters" onClose={close}>
      <p>{fill(t('batchCases'), { count: props.caseIds.length })}</p>
      <div className="form-grid">
        <label>
          {t('batchStep')}
          <select ref={first} aria-label={t('batchStep')} value={step} disabled={busy} onChange={(e) => setStep(e.target.value)}>
            {props.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {stageLabel(s.id, s.title, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deskAsOf')}
          <input type="date" aria-label={t('deskAsOf')} value={props.asOf} readOnly />
        </label>
        <BatchSenderField state={sender} pattern={letterNo.trim() !== ''} disabled={busy} />
        <label>
          {t('batchLetterNo')}
          <input
            aria-label={t('batchLetterNo')}
            value={letterNo}
            disabled={busy}
            placeholder={t('batchLetterNoExample')}
            onChange={(e) => setLetterNo(e.target.value)}
          />
        </label>
        <label>
          {t('batchFirstNumber')}
          <input
            type="number"
            min={1}
            value={firstNumber}
            disabled={busy}
            onChange={(e) => setFirstNumber(Math.max(1, Math.floor(Number(e.target.value) || 1)))}
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={agreedAddress} disabled={busy} onChange={(e) => setAgreedAddress(e.target.checked)} />{' '}
          {t('batchAgreedAddress')}
        </label>
      </div>
      {busy && (
        <ProgressRow
          done={job.done}
          total={job.total}
          text={
            job.done === job.total && job.total > 0
              ? t('batchRecording')
              : fill(t('batchProgress'), { done: job.done, total: job.total })
          }
          onCancel={() => void cancel()}
        />
      )}
      {cancelled && <p className="ok">{t('batchCancelled')}</p>}
      {result && (
        <div className="batch-result">
          {result.written.length === 0 ? (
            <p className="warning">{t('batchNoneMade')}</p>
          ) : (
            <p className="ok">
              {fill(t('batchDone'), {
                written: result.written.length,
                mailed: result.written.filter((w) => w.mailing).length,
                file: result.fileName,
              })}
            </p>
          )}
          <ProblemList
            heading={t('batchBlocked')}
            items={result.blocked.map(
              (b) => `${b.title}: ${b.categories.map((c) => t(`category:${c}`)).join(language === 'zh' ? '、' : ', ')}`,
            )}
          />
          <ProblemList heading={t('batchFailed')} items={result.failed.map((f) => `${f.title}: ${failedReason(f)}`)} />
          <ProblemList heading={t('batchNotMailed')} items={result.notMailed.map((n) => title(n.caseId))} />
          <ProblemList
            heading={t('batchNotOnStep')}
            items={result.notOnStep.map((n) => `${n.title}: ${t(n.reason === 'settled' ? 'batchSettled' : 'batchOtherStep')}`)}
          />
          {result.written.length > 0 && (
            <button type="button" className="secondary" onClick={() => downloadBlob(result.fileName, result.blob)}>
              {t('batchDownloadAgain')}
            </button>
          )}
        </div>
      )}
      <ErrorBox error={error ?? sender.error} />
      <div className="toolbar actions">
        <button type="button" disabled={busy || step === '' || !sender.ready} onClick={() => void make()}>
          {t('batchStart')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={close}>
          {t('batchClose')}
        </button>
      </div>
    </Modal>
  );
}
