import type { IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import type { Store } from '../store/open.js';

/** The 函号 asked for is already on another letter of this sender: a number is never issued twice. */
export class LetterNoTakenError extends CasePackError {
  override name = 'LetterNoTakenError';
  readonly code = 'letter-no-taken';
  constructor(
    readonly letterNo: string,
    readonly caseId: number,
    readonly nextNo: string,
  ) {
    super(`letterNo: ${letterNo} was already issued on a letter of case ${caseId}; the next free number is ${nextNo}`);
  }

  get params() {
    return { letterNo: this.letterNo, caseId: this.caseId, nextNo: this.nextNo };
  }
}

/** 〔2026〕第019号 after the sender's prefix: the year, and the running number in three digits at least. */
export function formatLetterNo(prefix: string | undefined, year: number, seq: number): string {
  return `${prefix ?? ''}〔${year}〕第${String(seq).padStart(3, '0')}号`;
}

/** The year and running number of a 函号 of the usual form (brackets 〔〕, [] or 【】), else undefined. */
export function parseLetterNo(letterNo: string): { year: number; seq: number } | undefined {
  const match = /[〔[【(（](\d{4})[〕\]】)）]\s*第?\s*(\d{1,6})\s*号?\s*$/u.exec(letterNo.trim());
  return match ? { year: Number(match[1]), seq: Number(match[2]) } : undefined;
}

/** The number a sender's next letter dated `date` gets: one more than the highest it issued that year. */
export function nextLetterNo(store: Store, sender: { id: string; prefix?: string | undefined }, date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const row = store.db
    .prepare('SELECT MAX(seq) AS last FROM letter_numbers WHERE sender = ? AND year = ?')
    .get(sender.id, year) as { last: number | null };
  return formatLetterNo(sender.prefix, year, (row.last ?? 0) + 1);
}

interface Issue {
  sender: { id: string; prefix?: string | undefined };
  letterNo: string;
  caseId: number;
  template: string;
  date: IsoDate;
}

/**
 * Records a 函号 as issued; call inside the transaction that records the letter. The same letter exported again
 * (same case and template, as a DOCX after the PDF) keeps its number; any other letter asking for it is refused.
 */
export function issueLetterNo(store: Store, { sender, letterNo, caseId, template, date }: Issue): void {
  const held = store.db
    .prepare('SELECT case_id AS caseId, template FROM letter_numbers WHERE sender = ? AND letter_no = ?')
    .get(sender.id, letterNo) as { caseId: number; template: string } | undefined;
  if (held) {
    if (held.caseId === caseId && held.template === template) return;
    throw new LetterNoTakenError(letterNo, held.caseId, nextLetterNo(store, sender, date));
  }
  const parsed = parseLetterNo(letterNo);
  store.db
    .prepare(
      'INSERT INTO letter_numbers (sender, letter_no, year, seq, case_id, template, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      sender.id,
      letterNo,
      parsed?.year ?? Number(date.slice(0, 4)),
      parsed?.seq ?? null,
      caseId,
      template,
      new Date().toISOString(),
    );
}
