import { StoreError } from '../errors.js';

/** Another CasePack (the app, or a second command) held the database for longer than the busy timeout. */
export class DatabaseBusyError extends StoreError {
  override name = 'DatabaseBusyError';
  readonly code = 'database-busy';
  readonly params = {};
  constructor(readonly file: string) {
    super(`${file}: the database is busy (another CasePack is writing to it); try again when it has finished`);
  }
}

/**
 * How long a write waits for another process's write to finish before giving up: 10 s, or
 * `CASEPACK_BUSY_TIMEOUT_MS` (tests make contention fail fast with it).
 */
export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CASEPACK_BUSY_TIMEOUT_MS ? Number(env.CASEPACK_BUSY_TIMEOUT_MS) : NaN;
  return Number.isInteger(given) && given >= 0 ? given : 10_000;
}

/** The SQLite error of a lock not obtained in time, as a `DatabaseBusyError`; any other error unchanged. */
export function busyAsStoreError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' ? new DatabaseBusyError(file) : error;
}
