/**
 * pdf-lib reads a PDF object by object and ignores the cross-reference table, so a truncated file or one
 * whose table points at the wrong bytes loads without complaint (a console warning at most), missing pages
 * or objects. These checks find that before the exhibit reaches a bundle. Returns what is wrong, if anything.
 */
export function pdfStructureProblem(bytes: Uint8Array): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const header = text.indexOf('%PDF-');
  const tail = text.slice(-2048);
  if (!tail.includes('%%EOF')) return 'it is truncated: the end-of-file marker is missing';
  const startxref = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/.exec(tail) ?? lastStartxref(tail);
  if (!startxref) return 'it has no startxref pointer to its cross-reference table';
  const seen = new Set<number>();
  let offset: number | undefined = Number(startxref[1]);
  while (offset !== undefined && !seen.has(offset)) {
    seen.add(offset);
    const at = header + offset;
    if (at >= text.length) return `its cross-reference offset ${offset} is past the end of the file`;
    if (/^\d+\s+\d+\s+obj\b/.test(text.slice(at, at + 40))) return undefined; // a cross-reference stream
    if (!text.startsWith('xref', at)) return `its cross-reference offset ${offset} does not point at a cross-reference table`;
    const end = text.indexOf('trailer', at);
    if (end < 0) return 'its cross-reference table has no trailer';
    const problem = xrefTableProblem(text, header, text.slice(at + 4, end));
    if (problem) return problem;
    const prev = /\/Prev\s+(\d+)/.exec(text.slice(end, text.indexOf('startxref', end)));
    offset = prev ? Number(prev[1]) : undefined;
  }
  return undefined;
}

function lastStartxref(tail: string): RegExpExecArray | null {
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  return (matches.at(-1) as RegExpExecArray | undefined) ?? null;
}

/** Every in-use entry of a classic table must point at `num gen obj`. */
function xrefTableProblem(text: string, header: number, table: string): string | undefined {
  const lines = table.split(/\r\n|\r|\n/);
  let num = 0;
  for (const line of lines) {
    const section = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
    if (section) {
      num = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (!entry) continue;
    if (entry[3] === 'n') {
      const offset = header + Number(entry[1]);
      const expected = new RegExp(`^\\s*${num}\\s+${Number(entry[2])}\\s+obj\\b`);
      if (!expected.test(text.slice(offset, offset + 40)))
        return `its cross-reference table points object ${num} at the wrong place`;
    }
    num += 1;
  }
  return undefined;
}

/** True when a trailer or cross-reference stream names an /Encrypt dictionary (those are never encrypted). */
export function declaresEncryption(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(text);
}
