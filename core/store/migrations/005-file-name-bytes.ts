import type { Database } from 'better-sqlite3';

/**
 * Shortens stored file names longer than 200 bytes of UTF-8 (an evidence name of 100 Chinese characters
 * made its case impossible to export or bundle), in `case_files` and in the case document that names
 * them. Self-contained on purpose: a migration must not change when the code around it does.
 */
export function run(db: Database): void {
  const MAX = 200;
  const long = db.prepare('SELECT case_id AS caseId, json_path AS jsonPath, path FROM case_files').all() as {
    caseId: number;
    jsonPath: string;
    path: string;
  }[];
  const segments = new Intl.Segmenter('und', { granularity: 'grapheme' });
  const fit = (name: string, max: number) => {
    if (Buffer.byteLength(name) <= max) return name;
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 16 ? name.slice(dot) : '';
    let room = max - Buffer.byteLength(ext);
    let stem = '';
    for (const { segment } of segments.segment(name.slice(0, name.length - ext.length))) {
      room -= Buffer.byteLength(segment);
      if (room < 0) break;
      stem += segment;
    }
    return stem + ext;
  };
  const taken = new Map<number, Set<string>>();
  for (const row of long) (taken.get(row.caseId) ?? taken.set(row.caseId, new Set()).get(row.caseId)!).add(row.path);
  const setPath = db.prepare('UPDATE case_files SET path = ? WHERE case_id = ? AND json_path = ?');
  const readDoc = db.prepare('SELECT document FROM cases WHERE id = ?');
  const writeDoc = db.prepare('UPDATE cases SET document = ? WHERE id = ?');
  for (const row of long) {
    const parts = row.path.split('/');
    if (parts.every((p) => Buffer.byteLength(p) <= MAX)) continue;
    const names = taken.get(row.caseId)!;
    let path = parts.map((p) => fit(p, MAX)).join('/');
    for (let n = 2; names.has(path); n++)
      path = parts
        .map((p, i) => (i === parts.length - 1 ? fit(p, MAX - 8).replace(/(\.[^.]*)?$/, `-${n}$1`) : fit(p, MAX)))
        .join('/');
    names.add(path);
    setPath.run(path, row.caseId, row.jsonPath);
    const document = JSON.parse((readDoc.get(row.caseId) as { document: string }).document) as Record<string, unknown>;
    const match = /^(evidence|mailings)\[(\d+)\]\.(\w+)$/.exec(row.jsonPath);
    const item = match && (document[match[1]!] as Record<string, unknown>[] | undefined)?.[Number(match[2])];
    if (item) item[match[3]!] = path;
    writeDoc.run(JSON.stringify(document), row.caseId);
  }
}
