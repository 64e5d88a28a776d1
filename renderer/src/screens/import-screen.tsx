import { useState } from 'react';
import '../import.css';
import type { ApiResult } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ProgressRow } from '../components/progress-row.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { batchDefaults, CURRENCY, ImportDefaultsForm, initialDefaults, type DefaultsFields } from './import-defaults-form.js';
import { ImportDryRun } from './import-dry-run.js';
import { ImportMapping, type ColumnMapping } from './import-mapping.js';
import { TrackingUpload } from './tracking-upload.js';
import { useImportJob } from './use-import-job.js';

type Preview = ApiResult<'import/preview'>;

/**
 * Batch import: choose a CSV or XLSX, see its encoding, first rows and column mapping (changeable, remembered
 * per creditor), give what every case shares, dry-run, then import with progress and cancel, all or nothing.
 */
export function ImportScreen() {
  const { t, language } = useLanguage();
  const { error, run } = useAction();
  const [upload, setUpload] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [remembered, setRemembered] = useState(false);
  const [mappingTouched, setMappingTouched] = useState(false);
  const [fields, setFields] = useState<DefaultsFields>(() => initialDefaults(language));
  const [dry, setDry] = useState<ApiResult<'import/dry-run'>>();
  const job = useImportJob();

  async function choose(list: FileList | null) {
    const file = list?.[0];
    if (!file) return;
    setDry(undefined);
    job.reset();
    await run(async () => {
      const { upload: id } = await api.send('import/upload', { name: file.name, bytes: toBase64(await file.arrayBuffer()) });
      // The same file chosen again (fixed) keeps the columns the user chose, where it still has them.
      const keep = mappingTouched && Object.values(mapping).length > 0;
      const found = await api.send('import/preview', {
        upload: id,
        creditor: fields.creditorName,
        ...(keep && { mapping }),
      });
      const kept = keep && found.absent.length === 0;
      const settled = kept ? found : await api.send('import/preview', { upload: id, creditor: fields.creditorName });
      setUpload(id);
      setPreview(settled);
      setMapping(settled.mapping);
      setRemembered(settled.remembered);
      setMappingTouched(kept);
    });
  }

  /** Once the creditor is typed, the mapping it used last time is offered (unless the user already changed the columns). */
  async function creditorSettled(creditor: string) {
    if (!upload || mappingTouched || !creditor.trim()) return;
    await run(async () => {
      const found = await api.send('import/preview', { upload, creditor });
      if (!found.remembered) return;
      setMapping(found.mapping);
      setRemembered(true);
      setDry(undefined);
    });
  }

  const request = () => ({ upload: upload!, mapping, defaults: batchDefaults(fields) });
  const mappedRequired = preview?.required.every((f) => mapping[f]) ?? false;
  const ready = upload !== undefined && mappedRequired && fields.creditorName.trim() !== '';
  const busy = job.job !== undefined;

  return (
    <section className="import-screen">
      <div className="card">
        <h2>{t('importTitle')}</h2>
        <p className="muted">{t('importIntro')}</p>
        <label className="button secondary">
          {t('chooseTable')}
          <input
            type="file"
            hidden
            accept=".csv,.txt,.tsv,.xlsx"
            aria-label={t('chooseTable')}
            disabled={busy}
            onChange={(e) => {
              void choose(e.target.files);
              e.target.value = ''; // the same file chosen again (after fixing it) is read again
            }}
          />
        </label>
        {preview && (
          <p className="file-found">
            {fill(t('fileFound'), { file: preview.fileName, format: preview.format.toUpperCase(), rows: preview.rows })} ·{' '}
            {t('encodingLabel')}
            <strong className="encoding">{t(`encoding.${preview.encoding}`)}</strong>
          </p>
        )}
        {preview && (
          <ImportMapping
            preview={preview}
            mapping={mapping}
            remembered={remembered}
            onChange={(next) => {
              setMapping(next);
              setMappingTouched(true);
              setRemembered(false);
              setDry(undefined);
            }}
          />
        )}
        <ImportDefaultsForm
          fields={fields}
          onChange={(next) => {
            setFields(next);
            setDry(undefined);
          }}
          onCreditorSettled={(name) => void creditorSettled(name)}
        />
        <div className="toolbar">
          <button
            type="button"
            className="secondary"
            disabled={!ready || busy}
            onClick={() => void run(async () => setDry(await api.send('import/dry-run', request())))}
          >
            {t('dryRun')}
          </button>
          <button
            type="button"
            disabled={!ready || busy || !dry || dry.bad.count > 0}
            onClick={() => void job.start(request()).then(() => setDry(undefined))}
          >
            {t('startImport')}
          </button>
          {job.job && (
            <ProgressRow
              done={Math.round(job.job.fraction * 1000)}
              total={1000}
              text={`${t('importing')} ${Math.floor(job.job.fraction * 100)}%`}
              label={t('importing')}
              onCancel={() => void job.cancel()}
            />
          )}
        </div>
        <ErrorBox error={error ?? job.error} />
        {job.outcome === 'cancelled' && <p className="ok">{t('importCancelled')}</p>}
        {job.outcome && job.outcome !== 'cancelled' && (
          <p className="ok">
            {fill(t('importDone'), job.outcome)} <a href="#/">{t('openCases')}</a>
          </p>
        )}
        {dry && <ImportDryRun dry={dry} currency={CURRENCY[fields.locale]} />}
      </div>
      <TrackingUpload />
    </section>
  );
}
