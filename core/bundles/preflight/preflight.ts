import type { PDFDocument } from 'pdf-lib';
import { openBundle, openedBundle, type OpenedBundle } from '../reading/read-bundle.js';
import { RULES, type RuleResult, type RuleSet } from './preflight-rules.js';

export type { RuleResult, RuleSet } from './preflight-rules.js';

/** Without a limit in the manifest or on the command line: a common court upload limit. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface PreflightReport {
  file: string;
  rules: RuleSet;
  ok: boolean;
  results: RuleResult[];
}

/** Runs the published rules of `rules` over one bundle file (or volume), each pass or fail with its pages. */
export async function preflightFile(file: string, rules: RuleSet, maxBytes?: number): Promise<PreflightReport> {
  return preflight(await openBundle(file), rules, maxBytes);
}

/**
 * Runs the rules over a bundle document just saved (as `size` bytes), without parsing the bytes again: the
 * writer writes exactly the objects of `doc`, so the checks see what a reader will.
 */
export function preflightDocument(
  file: string,
  doc: PDFDocument,
  size: number,
  rules: RuleSet,
  maxBytes?: number,
): PreflightReport {
  return preflight(openedBundle(file, size, doc), rules, maxBytes);
}

function preflight(bundle: OpenedBundle, rules: RuleSet, maxBytes?: number): PreflightReport {
  const context = {
    bundle,
    firstNumber: bundle.manifest?.volume.firstPage ?? 1,
    maxBytes: maxBytes ?? bundle.manifest?.volume.maxBytes ?? DEFAULT_MAX_BYTES,
  };
  const results = RULES.filter((r) => r.sets.includes(rules)).map((r) => ({
    rule: r.name,
    source: r.source,
    ...r.check(context, rules),
  }));
  return { file: bundle.file, rules, ok: results.every((r) => r.ok), results };
}

/** The report as the CLI prints it: one line per rule, PASS or FAIL, with the failing pages. */
export function formatPreflight(report: PreflightReport): string {
  const lines = report.results.map(
    (r) =>
      `${r.ok ? 'PASS' : 'FAIL'}  ${r.rule}: ${r.detail}${r.pages.length ? ` (page ${r.pages.slice(0, 20).join(', ')}${r.pages.length > 20 ? ', …' : ''})` : ''}`,
  );
  return [`${report.file} — rules ${report.rules}`, ...lines, report.ok ? 'pre-flight passed' : 'pre-flight FAILED'].join('\n');
}
