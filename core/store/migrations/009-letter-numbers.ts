/**
 * Each 函号 a sender has issued (core/senders/letter-numbers.ts): written in the same transaction as the
 * export that prints it, so a number is never handed out twice. `seq` is the running number of `year` when
 * the 函号 has the form …〔2026〕第019号, else NULL (a number typed in another form still blocks reuse).
 */
export const sql = `
CREATE TABLE letter_numbers (
  sender     TEXT NOT NULL,
  letter_no  TEXT NOT NULL,
  year       INTEGER NOT NULL,
  seq        INTEGER,
  case_id    INTEGER NOT NULL,
  template   TEXT NOT NULL,
  issued_at  TEXT NOT NULL,
  PRIMARY KEY (sender, letter_no)
);
CREATE INDEX letter_numbers_by_year ON letter_numbers (sender, year, seq);
`;
