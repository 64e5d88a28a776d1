import type { ApiArgs, ApiResult } from '../../../../core/api/public-api.js';
import { api } from '../../api/client.js';
import { useBatchJob } from './use-batch-job.js';

type Finished = Omit<Extract<ApiResult<'complaints/batch-status'>, { state: 'done' }>, 'size'>;

const COMPLAINTS = {
  start: (args: ApiArgs<'complaints/batch-start'>) => api.send('complaints/batch-start', args),
  status: (job: string) => api.send('complaints/batch-status', { job }),
  cancel: (job: string) => api.send('complaints/batch-cancel', { job }),
  read: (job: string, offset: number) => api.send('complaints/batch-read', { job, offset }),
  discard: (job: string) => api.send('complaints/batch-discard', { job }),
  goneCode: 'complaints-job-gone',
};

/** One batch of complaints (complaints/batch-*): progress, cancel, and the zip of complaints, bundles and fee list. */
export const useComplaintsJob = () =>
  useBatchJob<ApiArgs<'complaints/batch-start'> & { caseIds: number[] }, Finished>(COMPLAINTS);
