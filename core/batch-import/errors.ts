import { basename } from 'node:path';
import { CasePackError, type ErrorParams } from '../errors.js';

/** One value in one row that cannot go into a case: where it is, what it holds and what is wrong. */
export interface RowProblem {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The column's header as written in the file, or `--defaults` for a shared fact. */
  column: string;
  value: string;
  /** What is wrong, for the app to word in its language (`missing`, `amount-format`, `duplicate-row` …). */
  code: string;
  params?: Record<string, string | number>;
  /** The same in English, for the CLI. */
  message: string;
}

/** A problem as the app receives it: without the CLI's English message (the app words it from code and params). */
export type CodedProblem = Omit<RowProblem, 'message'>;

export function codedProblem(p: RowProblem): CodedProblem {
  return { row: p.row, column: p.column, value: p.value, code: p.code, ...(p.params && { params: p.params }) };
}

export function formatProblem(p: RowProblem): string {
  return `row ${p.row}, column ${p.column}${p.value === '' ? '' : ` "${p.value}"`}: ${p.message}`;
}

const SHOWN = 50;

/** Some rows are bad and `--skip-bad` was not given: nothing was imported. Every problem is listed. */
export class BatchImportError extends CasePackError {
  override name = 'BatchImportError';
  readonly code = 'batch-bad-rows';
  constructor(
    readonly file: string,
    readonly problems: readonly RowProblem[],
  ) {
    const rows = new Set(problems.map((p) => p.row)).size;
    const lines = problems.slice(0, SHOWN).map((p) => `  ${formatProblem(p)}`);
    if (problems.length > SHOWN) lines.push(`  … and ${problems.length - SHOWN} more`);
    super(
      `${file}: ${rows} bad row(s), nothing imported; fix them, or give --skip-bad to import the good rows\n${lines.join('\n')}`,
    );
  }

  get params(): ErrorParams {
    return { file: basename(this.file), rows: new Set(this.problems.map((p) => p.row)).size };
  }
}

/** The file as a whole cannot be read as a table of cases: its header, its encoding, a map or defaults file. */
export class BatchFileError extends CasePackError {
  override name = 'BatchFileError';
  constructor(
    readonly file: string,
    detail: string,
    /** Where the app words the error itself: `batch-no-rows`, `batch-unreadable` …, with `file` among the params. */
    readonly code?: string,
    private readonly extra: ErrorParams = {},
  ) {
    super(`${file}: ${detail}`);
  }

  get params(): ErrorParams {
    return { file: basename(this.file), ...this.extra };
  }
}
