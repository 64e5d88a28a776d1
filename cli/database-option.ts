import { Option } from 'commander';
import { apiContext } from '../core/api/context.js';
import { runUseCase, type UseCaseArgs, type UseCaseResult, type UseCaseTable } from '../core/api/run-use-case.js';
import { defaultDatabasePath } from '../core/paths.js';
import { busyAsStoreError } from '../core/store/busy.js';
import { requireDatabase } from '../core/store/missing-database.js';
import { openStore, type Store } from '../core/store/open.js';

export const databaseOption = () =>
  new Option('--db <file>', 'database file').default(defaultDatabasePath(), 'casepack.db in the user data folder');

/**
 * How a command treats a database file that does not exist: only the commands that store something new
 * (import, rates add/import) make it; every other one refuses it, so a mistyped `--db` is not a new empty database.
 */
export interface StoreUse {
  create?: boolean;
}

/** Opens the database for one command, runs one use case on it (core/api/use-cases.ts) and closes it. */
export async function useCase<T extends UseCaseTable, N extends keyof T & string>(
  file: string,
  table: T,
  name: N,
  args: UseCaseArgs<T, N>,
  use: StoreUse = {},
): Promise<UseCaseResult<T, N>> {
  return withStore(file, (store) => runUseCase(apiContext(store), table, name, args), use);
}

/** Opens the store for one command and always closes it. */
export async function withStore<T>(file: string, work: (store: Store) => Promise<T> | T, use: StoreUse = {}): Promise<T> {
  if (!use.create) requireDatabase(file);
  const store = openStore(file);
  try {
    return await work(store);
  } catch (error) {
    throw busyAsStoreError(error, file);
  } finally {
    store.close();
  }
}
