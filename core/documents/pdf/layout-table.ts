import { TableShapeError } from '../errors.js';
import type { Table, TableCell } from '../model.js';
import { breakLines, type Line } from './line-breaker.js';
import { styledRuns, type TextContext } from './layout-text-blocks.js';
import { baselineIn } from './page-flow.js';
import { PAGE, TEXT_WIDTH } from './pdf-style.js';

const BORDER = 0.5;
const HEADER_SHADE = 0.92;

/** One row, its cells already broken into lines. */
type RowLines = Line[][];

/**
 * A bordered table across the text width. Cells wrap; header rows are repeated at the top of every page
 * the table runs onto; a row that does not fit moves to the next page whole, and only a row taller than
 * a page is split between pages.
 */
export function layoutTable(context: TextContext, table: Table): void {
  const { flow, style, script } = context;
  const cell = style.cell;
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const columns = table.widths.map((width) => (width / total) * TEXT_WIDTH);
  const lineRows = (rows: TableCell[][], header: boolean, part: string): RowLines[] =>
    rows.map((row, r) => {
      if (row.length !== columns.length) throw new TableShapeError(`${part} row ${r + 1}`, row.length, columns.length);
      const text = header ? { ...cell, face: style.bold } : cell;
      return row.map((c, i) =>
        breakLines(styledRuns(c.runs, text, style.bold), {
          width: columns[i]! - 2 * style.cellPaddingX,
          align: c.align ?? (header ? 'center' : 'left'),
          script,
        }),
      );
    });
  const header = lineRows(table.header, true, 'header');
  const body = lineRows(table.body, false, 'body');

  const rowHeight = (row: RowLines) => Math.max(1, ...row.map((lines) => lines.length)) * cell.leading + 2 * style.cellPaddingY;
  const headerHeight = header.reduce((sum, row) => sum + rowHeight(row), 0);

  // Borders are drawn as one rule under each row plus the column lines once per page: far fewer drawing
  // operations than a rectangle per cell, for the same picture.
  const left = PAGE.marginLeft;
  const edges = columns.reduce((xs, width) => [...xs, xs[xs.length - 1]! + width], [left]);
  const rule = (x1: number, y1: number, x2: number, y2: number) => flow.page.rules.push({ x1, y1, x2, y2, thickness: BORDER });
  let segmentTop: number | undefined;
  const closeSegment = () => {
    if (segmentTop !== undefined) for (const x of edges) rule(x, segmentTop, x, flow.y);
    segmentTop = undefined;
  };
  const placeRow = (row: RowLines, shaded: boolean) => {
    const height = rowHeight(row);
    const top = flow.y;
    if (segmentTop === undefined) {
      segmentTop = top;
      rule(left, top, left + TEXT_WIDTH, top);
    }
    if (shaded) flow.page.boxes.push({ x: left, y: top - height, width: TEXT_WIDTH, height, fill: HEADER_SHADE });
    row.forEach((lines, i) => {
      const textLeft = edges[i]! + style.cellPaddingX;
      lines.forEach((line, l) => {
        const y = baselineIn(top - style.cellPaddingY - l * cell.leading, cell.leading, cell.size);
        flow.page.lines.push({
          role: 'cell',
          text: line.text,
          x: textLeft,
          y,
          runs: line.runs.map((run) => ({ ...run, x: textLeft + run.x })),
        });
      });
    });
    rule(left, top - height, left + TEXT_WIDTH, top - height);
    flow.advance(height);
  };
  const placeHeader = () => header.forEach((row) => placeRow(row, true));
  const continueOnNewPage = () => {
    closeSegment();
    flow.newPage();
    placeHeader();
  };

  flow.space(style.body.leading * 0.4);
  const first = body[0];
  flow.keep(headerHeight + (first ? Math.min(rowHeight(first), 2 * cell.leading + 2 * style.cellPaddingY) : 0));
  placeHeader();
  for (const row of body) {
    let rest = row;
    let justMoved = false;
    for (;;) {
      const height = rowHeight(rest);
      if (height <= flow.remaining + 0.01) {
        placeRow(rest, false);
        break;
      }
      if (height <= flow.fullHeight - headerHeight && !justMoved) {
        continueOnNewPage();
        justMoved = true;
        continue;
      }
      // Taller than a page: split it, at least one line per page so that this always ends.
      const room = Math.floor((flow.remaining - 2 * style.cellPaddingY + 0.01) / cell.leading);
      const fit = justMoved ? Math.max(1, room) : room;
      if (fit >= 2 || justMoved) {
        placeRow(
          rest.map((lines) => lines.slice(0, fit)),
          false,
        );
        rest = rest.map((lines) => lines.slice(fit));
      }
      continueOnNewPage();
      justMoved = true;
    }
  }
  closeSegment();
  flow.space(style.body.leading * 0.6);
}
