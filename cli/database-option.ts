import { Option } from 'commander';
import { defaultDatabasePath } from '../core/paths.js';
import { openStore, type Store } from '../core/store/open.js';

export const databaseOption = () =>
  new Option('--db <file>', 'database file').default(defaultDatabasePath(), 'casepack.db in the user data folder');

/** Opens the store for one command and always closes it. */
export async function withStore<T>(file: string, work: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openStore(file);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
