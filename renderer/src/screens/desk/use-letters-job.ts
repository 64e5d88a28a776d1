import type { ApiArgs, ApiResult } from '../../../../core/api/public-api.js';
import { api } from '../../api/client.js';
import { useBatchJob } from './use-batch-job.js';

type Finished = Omit<Extract<ApiResult<'letters/batch-status'>, { state: 'done' }>, 'size'>;

const LETTERS = {
  start: (args: ApiArgs<'letters/batch-start'>) => api.send('letters/batch-start', args),
  status: (job: string) => api.send('letters/batch-status', { job }),
  cancel: (job: string) => api.send('letters/batch-cancel', { job }),
  read: (job: string, offset: number) => api.send('letters/batch-read', { job, offset }),
  discard: (job: string) => api.send('letters/batch-discard', { job }),
  goneCode: 'letters-job-gone',
};

/** One batch of letters (letters/batch-*): progress, cancel, and the zip of letters and the EMS list. */
export const useLettersJob = () => useBatchJob<ApiArgs<'letters/batch-start'> & { caseIds: number[] }, Finished>(LETTERS);
