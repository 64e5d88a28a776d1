import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { go } from '../route.js';

/** Imports a case folder (case.json and the files it names) chosen with the folder picker. */
export function ImportFolderButton() {
  const { t } = useLanguage();
  const { error, run } = useAction();
  const [busy, setBusy] = useState(false);

  async function importFolder(list: FileList | null) {
    if (!list || list.length === 0) return;
    setBusy(true);
    await run(async () => {
      const files = await Promise.all(
        Array.from(list, async (file) => ({
          path: file.webkitRelativePath || file.name,
          bytes: toBase64(await file.arrayBuffer()),
        })),
      );
      const { id } = await api.send('cases/import-folder', { files });
      go({ screen: 'case', id });
    });
    setBusy(false);
  }

  return (
    <>
      <label className={`button secondary${busy ? ' disabled' : ''}`}>
        {t('importCase')}
        <input
          type="file"
          hidden
          aria-label={t('importCase')}
          disabled={busy}
          {...{ webkitdirectory: '' }}
          onChange={(e) => void importFolder(e.target.files)}
        />
      </label>
      <ErrorBox error={error} />
    </>
  );
}
