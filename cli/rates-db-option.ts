import { Option } from 'commander';
import { defaultDatabasePath } from '../core/paths.js';

/**
 * `--db` for the commands on a case.json path, which need no database: the LPR and Bank Rate values added to
 * it (`casepack rates add`, Settings › Rates) are used over the bundled data. By default the database in the
 * user data folder, when there is one. The command calls installRatesOfFile with it.
 */
export const ratesDbOption = () =>
  new Option('--db <file>', 'database whose added LPR and Bank Rate values to use').default(
    defaultDatabasePath(),
    'casepack.db in the user data folder, if any',
  );
