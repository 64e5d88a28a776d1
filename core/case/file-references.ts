import type { CaseFile } from './schema.js';

/** A field of the case file that names a file, with the path as written (relative to the case file). */
export interface FileReference {
  jsonPath: string;
  path: string;
}

/** A mailing's `document` is a template id (`demand-letter`) unless it looks like a path. */
export function isTemplateId(document: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(document);
}

/** Every file the case refers to, in a stable order. */
export function fileReferences(file: CaseFile): FileReference[] {
  const refs: FileReference[] = [];
  file.evidence.forEach((e, i) => refs.push({ jsonPath: `evidence[${i}].file`, path: e.file }));
  file.mailings.forEach((m, i) => {
    if (!isTemplateId(m.document)) refs.push({ jsonPath: `mailings[${i}].document`, path: m.document });
    for (const field of ['letter', 'waybill', 'tracking'] as const) {
      const value = m[field];
      if (value !== undefined) refs.push({ jsonPath: `mailings[${i}].${field}`, path: value });
    }
  });
  return refs;
}

/** Sets the file named at `jsonPath` (as produced by `fileReferences`) in a raw case object. */
export function setFileReference(raw: unknown, jsonPath: string, value: string): void {
  const match = /^(evidence|mailings)\[(\d+)\]\.(\w+)$/.exec(jsonPath);
  const list = match && (raw as Record<string, unknown>)[match[1]!];
  const item = Array.isArray(list) ? (list[Number(match![2])] as Record<string, unknown> | undefined) : undefined;
  if (!match || !item) throw new Error(`not a file reference: ${jsonPath}`);
  item[match[3]!] = value;
}
