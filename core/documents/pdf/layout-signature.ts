import type { SignatureBlock } from '../model.js';
import { breakLines, type Line } from './line-breaker.js';
import type { TextContext } from './layout-text-blocks.js';
import { baselineIn } from './page-flow.js';
import { PAGE, TEXT_WIDTH } from './pdf-style.js';

const GUTTER = 24;
/** Lines to sign or write a date on get more room than a line of text. */
const FILL_IN_PITCH = 1.5;

interface ColumnLine {
  line: Line;
  leading: number;
  /** Draw a rule from the end of the text to the column's right edge (a blank to fill in). */
  blank: boolean;
}

/**
 * Parties side by side, two to a row; a single party (the sender of a letter) signs in the right half
 * in a Chinese letter, at the left margin in an English one. Each party: its label, its name, then the lines to fill in with a rule to write
 * on. The block is kept on one page.
 */
export function layoutSignature({ flow, style, script }: TextContext, block: SignatureBlock): void {
  const body = style.body;
  const single = block.parties.length === 1;
  const columnWidth = single ? TEXT_WIDTH / 2 : (TEXT_WIDTH - GUTTER) / 2;
  const columns = block.parties.map((party): ColumnLine[] => {
    const lines = (text: string, bold: boolean, leading: number, blank: boolean) =>
      breakLines([{ text, face: bold ? style.bold : body.face, size: body.size }], {
        width: columnWidth,
        align: 'left',
        script,
      }).map((line) => ({ line, leading, blank }));
    return [
      ...lines(party.label, true, body.leading, false),
      ...(party.name ? lines(party.name, false, body.leading, false) : []),
      ...party.lines.flatMap((text) => lines(text, false, body.leading * FILL_IN_PITCH, true)),
    ];
  });
  const heightOf = (column: ColumnLine[]) => column.reduce((sum, { leading }) => sum + leading, 0);
  const rows: ColumnLine[][][] = [];
  for (let i = 0; i < columns.length; i += 2) rows.push(columns.slice(i, i + 2));
  const rowHeights = rows.map((row) => Math.max(...row.map(heightOf)));
  const gap = body.leading;

  flow.keep(gap + rowHeights.reduce((sum, height) => sum + height + gap / 2, 0));
  flow.space(gap);
  rows.forEach((row, r) => {
    flow.keep(rowHeights[r]!);
    const top = flow.y;
    row.forEach((column, c) => {
      const left = PAGE.marginLeft + (single ? (script === 'cjk' ? TEXT_WIDTH / 2 : 0) : c * (columnWidth + GUTTER));
      let y = top;
      for (const { line, leading, blank } of column) {
        const baseline = baselineIn(y, leading, body.size) - (leading - body.leading) / 2;
        flow.page.lines.push({
          role: 'signature',
          text: line.text,
          x: left,
          y: baseline,
          runs: line.runs.map((run) => ({ ...run, x: left + run.x })),
        });
        if (blank) {
          const from = left + line.right + 2;
          flow.page.rules.push({ x1: from, y1: baseline - 2, x2: left + columnWidth, y2: baseline - 2, thickness: 0.5 });
        }
        y -= leading;
      }
    });
    flow.advance(rowHeights[r]!);
    flow.space(gap / 2);
  });
}
