import type { Database } from 'better-sqlite3';
import type { LadderState } from './ladder-state.js';

export interface CaseLadderRow {
  caseId: number;
  ladder: string;
  stage: string | null;
  stageOn: string | null;
  nextStep: string | null;
  nextDueOn: string | null;
}

/** Stores a case's ladder and where it stands (table case_ladder, migration 003). Call inside a transaction. */
export function writeLadderRow(db: Database, caseId: number, ladder: string, state: LadderState): void {
  writeStageRow(db, {
    caseId,
    ladder,
    stage: state.stage,
    stageOn: state.stageOn,
    nextStep: state.next?.id ?? null,
    nextDueOn: state.nextDueOn,
  });
}

/** The same, from a stage already worked out (the desk's rows). Call inside a transaction. */
export function writeStageRow(db: Database, row: CaseLadderRow): void {
  db.prepare(
    `INSERT INTO case_ladder (case_id, ladder, stage, stage_on, next_step, next_due_on, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET ladder = excluded.ladder, stage = excluded.stage, stage_on = excluded.stage_on,
       next_step = excluded.next_step, next_due_on = excluded.next_due_on, updated_at = excluded.updated_at`,
  ).run(row.caseId, row.ladder, row.stage, row.stageOn, row.nextStep, row.nextDueOn, new Date().toISOString());
}

const SELECT_ROWS = `SELECT case_id AS caseId, ladder, stage, stage_on AS stageOn, next_step AS nextStep, next_due_on AS nextDueOn
  FROM case_ladder`;

/** Every case's stored ladder row, by case id; cases imported before migration 003 have none. */
export function readLadderRows(db: Database): Map<number, CaseLadderRow> {
  return new Map((db.prepare(SELECT_ROWS).all() as CaseLadderRow[]).map((r) => [r.caseId, r]));
}

export function readLadderRow(db: Database, caseId: number): CaseLadderRow | undefined {
  return db.prepare(`${SELECT_ROWS} WHERE case_id = ?`).get(caseId) as CaseLadderRow | undefined;
}
