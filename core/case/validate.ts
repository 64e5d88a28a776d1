import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { CaseValidationError, FileError, type CaseIssue } from '../errors.js';
import { crossReferenceIssues } from './cross-references.js';
import { fileReferences } from './file-references.js';
import { formatJsonPath } from './json-path.js';
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
  const parsed = caseFileShape.safeParse(raw);
  if (!parsed.success) return { issues: parsed.error.issues.flatMap(toCaseIssues) };
  const issues = crossReferenceIssues(parsed.data);
  return issues.length > 0 ? { issues } : { data: parsed.data, issues };
}

function toCaseIssues(issue: z.core.$ZodIssue): CaseIssue[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: formatJsonPath([...issue.path, key]),
      message: 'unknown field (check its spelling)',
    }));
  return [{ path: formatJsonPath(issue.path), message: issue.message }];
}

/** Parses JSON text, naming the line and column of a syntax error. */
export function parseCaseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FileError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads, parses and validates a case file, and checks that every file it names exists. */
export async function loadCaseFile(file: string): Promise<LoadedCase> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new FileError(file, `cannot read the case file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const raw = parseCaseJson(file, text);
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
    const found = await stat(resolve(dir, ref.path)).catch(() => undefined);
    if (!found) issues.push({ path: ref.jsonPath, message: `file not found: ${ref.path}` });
    else if (!found.isFile()) issues.push({ path: ref.jsonPath, message: `not a file: ${ref.path}` });
    else if (found.size === 0) issues.push({ path: ref.jsonPath, message: `file is empty: ${ref.path}` });
  }
  return issues;
}
