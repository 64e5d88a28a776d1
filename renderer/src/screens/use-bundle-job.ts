import { useEffect, useRef, useState } from 'react';
import type { ApiArgs, ApiErrorPayload, BundleProgress, IndexRow } from '../../../core/api/public-api.js';
import { api, errorPayload } from '../api/client.js';
import { downloadBase64, MIME } from '../components/download.js';
import { announceOutputs } from '../components/outputs-changed.js';
import { useLanguage } from '../i18n/language.js';

/**
 * One bundle job at a time: starts it, polls its status (its progress for the progress row), saves the
 * finished PDF as a download and keeps its index and warnings; `cancel` stops the worker thread that builds it.
 */
export function useBundleJob() {
  const { t } = useLanguage();
  const [job, setJob] = useState<{ id: string; progress?: BundleProgress | undefined }>();
  const [error, setError] = useState<ApiErrorPayload>();
  const [done, setDone] = useState<string>();
  const [index, setIndex] = useState<IndexRow[]>([]);
  // What a courier bundle lacks as proof, in the interface's language.
  const [warnings, setWarnings] = useState<string[]>([]);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  async function exportBundle(request: ApiArgs<'bundles/start'>) {
    setError(undefined);
    setDone(undefined);
    setIndex([]);
    setWarnings([]);
    try {
      const started = await api.send('bundles/start', request);
      setJob({ id: started.job });
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        if (!live.current) return;
        const status = await api.send('bundles/status', { job: started.job });
        if (status.state === 'running') {
          setJob({ id: started.job, progress: status.progress });
          continue;
        }
        if (status.state === 'done') {
          downloadBase64(status.file.fileName, status.file.bytes, MIME.pdf);
          announceOutputs(request.id);
          setDone(`${status.file.fileName}: ${status.file.pages} ${t('pages')}`);
          setIndex(status.file.index);
          setWarnings(status.file.warnings.map((w) => t(`courier:${w.code}`)));
        } else if (status.state === 'failed') setError(status.error);
        else setDone(t('cancelled'));
        break;
      }
    } catch (failure) {
      // A job cancelled meanwhile is collected by `bundles/cancel`; its status is then gone, which is no error.
      if (errorPayload(failure).code !== 'bundle-job-gone') setError(errorPayload(failure));
    } finally {
      if (live.current) setJob(undefined);
    }
  }

  async function cancel() {
    if (!job) return;
    const { state } = await api.send('bundles/cancel', { job: job.id });
    setJob(undefined);
    setDone(state === 'cancelled' ? t('cancelled') : undefined);
  }

  return { job, error, done, index, warnings, exportBundle, cancel };
}
