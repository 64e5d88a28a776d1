import type { Database } from 'better-sqlite3';
import { sql as cases } from './001-cases.js';
import { sql as caseParties } from './002-case-parties.js';
import { sql as caseLadder } from './003-case-ladder.js';
import { sql as settings } from './004-settings.js';
import { run as fileNameBytes } from './005-file-name-bytes.js';
import { sql as caseRevisions } from './006-case-revisions.js';
import { sql as rateEntries } from './007-rate-entries.js';
import { run as caseOutputs } from './008-case-outputs.js';
import { sql as letterNumbers } from './009-letter-numbers.js';

export interface Migration {
  version: number;
  name: string;
  /** A schema change, or */
  sql?: string;
  /** a change of the data that SQL alone cannot express. */
  run?: (db: Database) => void;
}

/** Every schema change, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-cases', sql: cases },
  { version: 2, name: '002-case-parties', sql: caseParties },
  { version: 3, name: '003-case-ladder', sql: caseLadder },
  { version: 4, name: '004-settings', sql: settings },
  { version: 5, name: '005-file-name-bytes', run: fileNameBytes },
  { version: 6, name: '006-case-revisions', sql: caseRevisions },
  { version: 7, name: '007-rate-entries', sql: rateEntries },
  { version: 8, name: '008-case-outputs', run: caseOutputs },
  { version: 9, name: '009-letter-numbers', sql: letterNumbers },
];
