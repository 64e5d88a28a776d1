import type { ExportedFile } from '../components/exported-file.js';
import { openExport, printExport, showExport } from '../components/exported-file.js';
import { useAction } from '../components/use-action.js';
import { ErrorBox } from '../components/error-box.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';

/** After an export: the file's name (or where it was saved), and buttons to open it, show it in its folder, print it. */
export function ExportedFileActions({ file }: { file: ExportedFile }) {
  const { t } = useLanguage();
  const { error, run } = useAction();
  const pdf = file.fileName.toLowerCase().endsWith('.pdf');
  return (
    <div className="exported" role="status">
      <span>
        {'path' in file ? fill(t('exportedSavedAs'), { path: file.path }) : fill(t('exportedAs'), { file: file.fileName })}
      </span>
      <button type="button" className="secondary" onClick={() => void run(() => openExport(file))}>
        {t('openFile')}
      </button>
      {'path' in file && (
        <button type="button" className="secondary" onClick={() => void run(() => showExport(file))}>
          {t('showInFolder')}
        </button>
      )}
      {pdf && (
        <button type="button" className="secondary" onClick={() => void run(() => printExport(file))}>
          {t('printFile')}
        </button>
      )}
      <ErrorBox error={error} />
    </div>
  );
}
