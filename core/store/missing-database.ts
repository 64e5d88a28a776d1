import { existsSync } from 'node:fs';
import { CasePackError } from '../errors.js';

/** A command that only works on stored cases was pointed at a database file that does not exist (a typo). */
export class MissingDatabaseError extends CasePackError {
  override name = 'MissingDatabaseError';
  readonly code = 'database-missing';
  constructor(readonly file: string) {
    super(`there is no database at ${file} (check the --db path; \`casepack import\` makes one)`);
  }

  get params() {
    return { file: this.file };
  }
}

/** Refuses a database file that does not exist, rather than opening (and so creating) an empty one. */
export function requireDatabase(file: string): void {
  if (!existsSync(file)) throw new MissingDatabaseError(file);
}
