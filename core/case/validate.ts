import { dirname, resolve } from 'node:path';
import { UnreadableFileError } from '../util/read-failure.js';
import type { z } from 'zod';
import { CaseJsonSyntaxError, CaseValidationError, type CaseIssue } from '../errors.js';
import { readRegularFile } from '../util/open-regular-file.js';
import { resolveCaseFilePath } from './case-file-path.js';
import { decodeCaseJson } from './decode-case-json.js';
import { crossReferenceIssues } from './cross-references.js';
import { fileReferences } from './file-references.js';
import { formatJsonPath } from './json-path.js';
import { jsonSyntaxPlace } from './json-syntax-error.js';
import { schemaIssueCode } from './issue-codes.js';
import { caseFileShape, type CaseFile } from './schema.js';

/** A case file read from disk: the validated case, the JSON as written, and where it lives. */
export interface LoadedCase {
  file: string;
  dir: string;
  data: CaseFile;
  /** The JSON exactly as parsed, before defaults: what import stores and export writes back. */
  raw: unknown;
}

/** Checks a parsed case (no file system access): schema first, then references between lists. */
export function caseIssues(raw: unknown): { data?: CaseFile; issues: CaseIssue[] } {
  const parsed = caseFileShape.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { issues: parsed.error.issues.flatMap(toCaseIssues) };
  const issues = crossReferenceIssues(parsed.data);
  return issues.length > 0 ? { issues } : { data: parsed.data, issues };
}

function toCaseIssues(issue: z.core.$ZodIssue): CaseIssue[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: formatJsonPath([...issue.path, key]),
      message: 'unknown field (check its spelling)',
      code: 'unknown-field' as const,
    }));
  return [{ path: formatJsonPath(issue.path), message: issue.message, code: schemaIssueCode(issue) }];
}

/**
 * Parses JSON text, naming the line and column of a syntax error and never quoting the text: the file may
 * not be a case file at all, and its first bytes must not reach a screen or a log.
 */
export function parseCaseJson(file: string, text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch {
    const { line, column, problem } = jsonSyntaxPlace(body);
    throw new CaseJsonSyntaxError(file, line, column, problem);
  }
}

/** Reads, parses and validates a case file, and checks that every file it names exists. */
export async function loadCaseFile(file: string): Promise<LoadedCase> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (error) {
    throw new UnreadableFileError(file, error, 'the case file');
  }
  const raw = parseCaseJson(file, decodeCaseJson(file, bytes));
  const { data, issues } = caseIssues(raw);
  if (!data) throw new CaseValidationError(file, issues);
  const dir = dirname(resolve(file));
  const missing = await missingFiles(dir, data);
  if (missing.length > 0) throw new CaseValidationError(file, missing);
  return { file, dir, data, raw };
}

async function missingFiles(dir: string, data: CaseFile): Promise<CaseIssue[]> {
  const issues: CaseIssue[] = [];
  for (const ref of fileReferences(data)) {
    const found = await resolveCaseFilePath(dir, ref.path);
    if ('problem' in found) issues.push({ path: ref.jsonPath, message: found.problem, code: found.code, file: ref.path });
  }
  return issues;
}
