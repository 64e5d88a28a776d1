import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { readBlob, storeBlobBytes, type StoredBlob } from '../store/blobs.js';
import type { Store } from '../store/open.js';

/** What CasePack makes and keeps with a case. */
export type OutputKind = 'letter' | 'evidence-bundle' | 'courier-bundle';

/** The letter log of a kept letter: its template, the template's version, its 函号 and the mailing it went by. */
export interface LetterLog {
  template?: string | undefined;
  templateVersion?: string | undefined;
  letterNo?: string | undefined;
  mailing?: string | undefined;
}

/** One output to keep: already in the blob store, written with the case's other rows (see `insertOutputs`). */
export interface PendingOutput extends LetterLog {
  caseId: number;
  kind: OutputKind;
  fileName: string;
  blob: StoredBlob;
  madeAt: string;
  madeBy: string;
}

/** A kept output as the case lists it: `format` from its file name, `size` in bytes, `madeAt` an ISO timestamp (or a date). */
export interface CaseOutput extends LetterLog {
  id: number;
  kind: OutputKind;
  fileName: string;
  format: 'pdf' | 'docx' | 'other';
  sha256: string;
  size: number;
  madeAt: string;
  madeBy: string;
}

/** No kept output with that number on that case. */
export class OutputMissingError extends StoreError {
  override name = 'OutputMissingError';
  readonly code = 'output-missing';
  constructor(
    readonly caseId: number,
    readonly output: number,
  ) {
    super(`case ${caseId} keeps no document numbered ${output}`);
  }

  get params() {
    return { output: this.output };
  }
}

/** Writes output rows; call inside the transaction that records what the outputs were made for, if any. */
export function insertOutputs(db: Database, outputs: readonly PendingOutput[]): number[] {
  const blob = db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)');
  const row = db.prepare(
    `INSERT INTO case_outputs (case_id, kind, file_name, sha256, made_at, made_by, template, template_version, letter_no, mailing)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return outputs.map((o) => {
    blob.run(o.blob.sha256, o.blob.size, o.madeAt);
    return Number(
      row.run(
        o.caseId,
        o.kind,
        o.fileName,
        o.blob.sha256,
        o.madeAt,
        o.madeBy,
        o.template ?? null,
        o.templateVersion ?? null,
        o.letterNo ?? null,
        o.mailing ?? null,
      ).lastInsertRowid,
    );
  });
}

/** Stores the bytes as a blob and keeps them with the case at once; the new output's number. */
export async function keepOutput(store: Store, output: Omit<PendingOutput, 'blob'> & { bytes: Uint8Array }): Promise<number> {
  const { bytes, ...rest } = output;
  const blob = await storeBlobBytes(store.blobDir, bytes);
  return store.db.transaction(() => {
    if (!store.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(rest.caseId))
      throw new StoreError(`${store.db.name}: no case with id ${rest.caseId}`);
    return insertOutputs(store.db, [{ ...rest, blob }])[0]!;
  })();
}

interface OutputRow {
  id: number;
  kind: OutputKind;
  fileName: string;
  sha256: string;
  size: number;
  madeAt: string;
  madeBy: string;
  template: string | null;
  templateVersion: string | null;
  letterNo: string | null;
  mailing: string | null;
}

const SELECT = `SELECT o.id, o.kind, o.file_name AS fileName, o.sha256, b.size, o.made_at AS madeAt, o.made_by AS madeBy,
                       o.template, o.template_version AS templateVersion, o.letter_no AS letterNo, o.mailing
                  FROM case_outputs o JOIN blobs b USING (sha256)`;

function fromRow(row: OutputRow): CaseOutput {
  const ext = /\.(pdf|docx)$/i.exec(row.fileName)?.[1]?.toLowerCase();
  const { template, templateVersion, letterNo, mailing, ...rest } = row;
  return {
    ...rest,
    format: ext === 'pdf' || ext === 'docx' ? ext : 'other',
    ...(template !== null && { template }),
    ...(templateVersion !== null && { templateVersion }),
    ...(letterNo !== null && { letterNo }),
    ...(mailing !== null && { mailing }),
  };
}

/** The case's kept outputs, newest first. */
export function listOutputs(db: Database, caseId: number): CaseOutput[] {
  const rows = db.prepare(`${SELECT} WHERE o.case_id = ? ORDER BY o.made_at DESC, o.id DESC`).all(caseId) as OutputRow[];
  return rows.map(fromRow);
}

/** One kept output with its bytes, read from the blob store and checked against its hash (a changed file is refused). */
export async function readOutput(store: Store, caseId: number, id: number): Promise<{ output: CaseOutput; bytes: Buffer }> {
  const row = store.db.prepare(`${SELECT} WHERE o.case_id = ? AND o.id = ?`).get(caseId, id) as OutputRow | undefined;
  if (!row) throw new OutputMissingError(caseId, id);
  return { output: fromRow(row), bytes: await readBlob(store.blobDir, row.sha256) };
}
