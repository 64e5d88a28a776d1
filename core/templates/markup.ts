import type { Align, Block, SignatureBlock } from '../documents/model.js';
import { TemplateError } from './errors.js';
import { parseInline } from './markup-inline.js';
import { buildTable, parseSeparator, splitRow } from './markup-table.js';

/** Settings a template sets for the whole document with `@name value` lines. */
export interface Directives {
  title?: string;
  header?: string;
  pageLabel?: string;
}

const DIRECTIVES: Record<string, keyof Directives> = { title: 'title', header: 'header', 'page-label': 'pageLabel' };
const FENCES = ['right', 'center', 'left', 'signature'];
const HEADING = /^(#{1,3}) +(.*)$/;
const BULLET = /^- +(.*)$/;
const NUMBERED = /^\d+[.)] +(.*)$/;
const FENCE = /^:::\s*(\S*)\s*$/;
const DIRECTIVE = /^@([a-z-]+)\s+(.*)$/;
const PAGE_BREAK = /^-{3}\s*page\s*-{3}$/;
const INDENT = /^\u3000+/;

/**
 * Reads the light markup of a rendered template into blocks. `origins[i]` is the template line that
 * output line `i` came from, so that an error points into the template file.
 */
export function parseMarkup(
  text: string,
  origins: readonly number[],
  file: string,
  language: string,
): { blocks: Block[]; directives: Directives } {
  const lines = text.split('\n').map((l) => l.replace(/[ \t\r]+$/, ''));
  const blocks: Block[] = [];
  const directives: Directives = {};
  const fail = (index: number, detail: string): never => {
    throw new TemplateError(file, { line: origins[index] ?? origins[origins.length - 1] ?? 1, column: 1 }, detail);
  };
  const startsBlock = (line: string) =>
    line === '' ||
    HEADING.test(line) ||
    line.startsWith('|') ||
    FENCE.test(line) ||
    PAGE_BREAK.test(line.trim()) ||
    DIRECTIVE.test(line) ||
    BULLET.test(line) ||
    NUMBERED.test(line);
  const joiner = language === 'zh-CN' ? '' : ' ';

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    let match: RegExpExecArray | null;
    if (line.trim() === '') i++;
    else if (PAGE_BREAK.test(line.trim())) {
      blocks.push({ type: 'page-break' });
      i++;
    } else if ((match = DIRECTIVE.exec(line))) {
      const key = DIRECTIVES[match[1]!];
      if (!key)
        fail(
          i,
          `unknown setting "@${match[1]}" (known: ${Object.keys(DIRECTIVES)
            .map((d) => '@' + d)
            .join(', ')})`,
        );
      directives[key!] = parseInline(match[2]!)
        .map((r) => r.text)
        .join('');
      i++;
    } else if ((match = HEADING.exec(line))) {
      blocks.push({ type: 'heading', level: match[1]!.length as 1 | 2 | 3, runs: parseInline(match[2]!) });
      i++;
    } else if ((match = FENCE.exec(line))) {
      const kind = match[1]!;
      if (!FENCES.includes(kind)) fail(i, `unknown block "::: ${kind}" (known: ${FENCES.map((f) => '::: ' + f).join(', ')})`);
      const start = i++;
      const inner: string[] = [];
      while (i < lines.length && !/^:::\s*$/.test(lines[i]!)) inner.push(lines[i++]!);
      if (i >= lines.length) fail(start, `"::: ${kind}" is never closed: add a line ":::"`);
      i++;
      if (kind === 'signature') blocks.push(signatureBlock(inner));
      else
        for (const l of inner)
          if (l.trim() !== '') blocks.push({ type: 'paragraph', align: kind as Align, runs: parseInline(l.trim()) });
    } else if (line.startsWith('|')) {
      const start = i;
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const separator = rows[1] === undefined ? null : parseSeparator(rows[1]);
      if (!separator) fail(start + 1, 'a table needs a row such as |---|---:| under its header row');
      const header = splitRow(rows[0]!);
      const columns = separator!.widths.length;
      if (header.length !== columns)
        fail(start, `the header row has ${header.length} cell(s) but the table has ${columns} column(s)`);
      const body = rows.slice(2).map((r, k) => {
        const cells = splitRow(r);
        if (cells.length !== columns)
          fail(start + 2 + k, `this row has ${cells.length} cell(s) but the table has ${columns} column(s)`);
        return cells;
      });
      blocks.push(buildTable(header, separator!, body));
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = NUMBERED.test(line);
      const pattern = ordered ? NUMBERED : BULLET;
      const items = [];
      while (i < lines.length && (match = pattern.exec(lines[i]!))) {
        items.push(parseInline(match[1]!));
        i++;
      }
      blocks.push({ type: 'list', ordered, items });
    } else {
      const indent = INDENT.exec(line)?.[0].length ?? 0;
      const parts = [line.slice(indent).trim()];
      i++;
      while (i < lines.length && !startsBlock(lines[i]!)) parts.push(lines[i++]!.trim());
      blocks.push(
        indent > 0
          ? { type: 'paragraph', indent, runs: parseInline(parts.join(joiner)) }
          : { type: 'paragraph', runs: parseInline(parts.join(joiner)) },
      );
    }
  }
  return { blocks, directives };
}

/** Parties separated by blank lines; each party's first line is `label：name`, the rest are lines to fill in. */
function signatureBlock(lines: string[]): SignatureBlock {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') groups.push([]);
    else groups[groups.length - 1]!.push(line.trim());
  }
  const parties = groups
    .filter((g) => g.length > 0)
    .map(([first, ...rest]) => {
      const text = parseInline(first!)
        .map((r) => r.text)
        .join('');
      const split = /^(.*?(?:：|: ))(.*)$/.exec(text);
      return {
        label: split ? split[1]!.replace(/(：|: )$/, '') : text,
        name: split ? split[2]!.trim() : '',
        lines: rest.map((l) =>
          parseInline(l)
            .map((r) => r.text)
            .join(''),
        ),
      };
    });
  return { type: 'signature', parties };
}
