import type { Evidence } from '../case/schema.js';
import type { ExhibitRef } from './errors.js';

/**
 * One evidence entry as a bundle shows it: the case file's id and path (for messages and `verify`), its number
 * in the case's current evidence order, and what the index (证据目录) says of it. The index row, the divider,
 * the bookmark and the manifest all read the number from here, so a reordered case shows one number everywhere.
 */
export interface ExhibitEntry extends ExhibitRef {
  /** 1 for the first entry of the case's evidence list as it stands now. */
  number: number;
  title: string;
  source: string;
  purpose: string;
  original: boolean;
}

/** The case's evidence in its current order, numbered from 1: the one place exhibit numbers are given. */
export function numberEvidence(evidence: readonly Evidence[]): ExhibitEntry[] {
  return evidence.map((e, i) => ({
    id: e.id,
    number: i + 1,
    title: e.title,
    file: e.file,
    source: e.source ?? '',
    purpose: e.purpose,
    original: e.original,
  }));
}
