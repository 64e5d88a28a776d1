import { useState } from 'react';
import type { ApiResult } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { fetchBackup, uploadBackup, type TransferProgress } from '../api/backup-transfer.js';
import { downloadBlob } from '../components/download.js';
import { ErrorBox } from '../components/error-box.js';
import { ProgressRow } from '../components/progress-row.js';
import { useAction } from '../components/use-action.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { go } from '../route.js';

interface Checked {
  id: string;
  name: string;
  check: ApiResult<'backup/check'>;
}

/**
 * Settings › Backup and restore. "Back up" saves one file (a download; Electron asks where with its save
 * dialog). "Restore" uploads a backup, has core check every file in it, says what it would replace and
 * replaces only once confirmed; the case list then shows the restored cases.
 */
export function BackupCard() {
  const { t, language } = useLanguage();
  const { error, run } = useAction();
  const [busy, setBusy] = useState<'backup' | 'check' | 'restore'>();
  const [done, setDone] = useState<string>();
  const [checked, setChecked] = useState<Checked>();
  const [progress, setProgress] = useState<TransferProgress>();

  async function step(kind: 'backup' | 'check' | 'restore', work: () => Promise<void>) {
    setBusy(kind);
    setDone(undefined);
    setProgress(undefined);
    await run(work);
    setBusy(undefined);
  }

  const backUp = () =>
    step('backup', async () => {
      const { fileName, blob } = await fetchBackup(setProgress);
      downloadBlob(fileName, blob);
      setDone(fill(t('backedUp'), { file: fileName }));
    });

  const check = (file: File | undefined) =>
    file &&
    step('check', async () => {
      if (checked) await api.send('backup/discard', { id: checked.id });
      setChecked(undefined);
      const { id, check } = await uploadBackup(file, setProgress);
      setChecked({ id, name: file.name, check });
    });

  const restore = (upload: Checked) =>
    step('restore', async () => {
      setChecked(undefined);
      await api.send('backup/restore', { id: upload.id });
      go({ screen: 'cases' });
    });

  /** Files for core's steps, a percentage for the bytes carried to and from the page. */
  function progressText(p: TransferProgress | undefined): string {
    if (!p) return t('backupProgress.starting');
    const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
    return fill(t(`backupProgress.${p.step}`), { done: p.done, total: p.total, percent });
  }

  async function cancel(upload: Checked) {
    setChecked(undefined);
    await run(() => api.send('backup/discard', { id: upload.id }));
  }

  return (
    <section className="card backup">
      <h2>{t('backupAndRestore')}</h2>
      <p className="muted">{t('backupHint')}</p>
      <div className="actions">
        <button type="button" disabled={busy !== undefined} onClick={() => void backUp()}>
          {busy === 'backup' ? t('backingUp') : t('backUp')}
        </button>
        <label className={`button secondary${busy ? ' disabled' : ''}`}>
          {busy === 'check' ? t('checkingBackup') : t('restoreFrom')}
          <input
            type="file"
            hidden
            accept=".zip,application/zip"
            aria-label={t('restoreFrom')}
            disabled={busy !== undefined}
            onChange={(e) => {
              void check(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {done && <span className="ok">{done}</span>}
      </div>
      {busy && (
        <ProgressRow
          done={progress?.done ?? 0}
          total={busy === 'restore' ? 0 : (progress?.total ?? 0)}
          text={busy === 'restore' ? t('restoring') : progressText(progress)}
          label={busy === 'backup' ? t('backingUp') : busy === 'check' ? t('checkingBackup') : t('restoring')}
        />
      )}
      {checked && (
        <div className="confirm" role="alertdialog" aria-label={t('restoreConfirm')}>
          <p>
            {fill(t('restoreAsk'), {
              file: checked.name,
              createdAt: new Date(checked.check.backup.createdAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB'),
              cases: checked.check.backup.cases,
              files: checked.check.backup.files,
              current: checked.check.current.cases,
            })}
          </p>
          <div className="actions">
            <button type="button" className="destructive" onClick={() => void restore(checked)}>
              {t('restoreConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => void cancel(checked)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorBox error={error} />
    </section>
  );
}
