/**
 * A PDF written object by object with a correct cross-reference table, for hostile inputs pdf-lib will not
 * build: `objects[i]` is the body of object i + 1 (a string, or a dictionary and raw stream bytes); object 1
 * is the catalog.
 */
export function rawPdf(objects: (string | { dict: string; stream: Uint8Array })[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n`, 'latin1'));
    if (typeof body === 'string') push(Buffer.from(body, 'latin1'));
    else {
      const dict = body.dict.replace(/>>\s*$/, ` /Length ${body.stream.length} >>`);
      push(Buffer.from(`${dict}\nstream\n`, 'latin1'));
      push(Buffer.from(body.stream));
      push(Buffer.from('\nendstream', 'latin1'));
    }
    push(Buffer.from('\nendobj\n', 'latin1'));
  });
  const xref = length;
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** A plain A4 page dictionary whose parent is object `parent`, with optional extra entries. */
export function pageDict(parent: number, extra = ''): string {
  return `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] ${extra} >>`;
}
