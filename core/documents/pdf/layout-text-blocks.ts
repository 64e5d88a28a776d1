import type { Heading, List, Paragraph, TextRun } from '../model.js';
import type { Script } from './fonts.js';
import { breakLines, type Line, type StyledRun } from './line-breaker.js';
import type { LineRole, PlacedLine } from './layout-types.js';
import type { PageFlow } from './page-flow.js';
import { PAGE, TEXT_WIDTH, type PdfStyle, type TextStyle } from './pdf-style.js';

export interface TextContext {
  flow: PageFlow;
  style: PdfStyle;
  script: Script;
}

/** The model's runs in a text style: bold runs take the style's bold face unless it is bold already. */
export function styledRuns(runs: readonly TextRun[], text: TextStyle, bold: PdfStyle['bold']): StyledRun[] {
  return runs.map((run) => ({
    text: run.text,
    face: run.bold && text.face === 'serif' ? bold : text.face,
    size: text.size,
    italic: run.italic,
    underline: run.underline,
  }));
}

/**
 * Places lines from the top of the free space, continuing on new pages. Never leaves the first line of
 * a paragraph alone at the foot of a page, nor its last line alone at the head of the next.
 */
export function placeLines(flow: PageFlow, lines: Line[], left: number, text: TextStyle, role: LineRole): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let next = 0;
  while (next < lines.length) {
    const rest = lines.length - next;
    const fit = Math.floor((flow.remaining + 0.01) / text.leading);
    let take = Math.min(fit, rest);
    if (take < rest) {
      if (rest - take === 1 && take >= 2) take -= 1;
      if (next === 0 && take === 1 && lines.length > 1) take = 0;
      if (take <= 0 && flow.isFresh) take = Math.max(1, fit);
    }
    for (const line of lines.slice(next, next + take)) placed.push(flow.placeLine(line, left, text.leading, text.size, role));
    next += take;
    if (next < lines.length) flow.newPage();
  }
  return placed;
}

export function layoutParagraph({ flow, style, script }: TextContext, block: Paragraph): void {
  const body = style.body;
  const lines = breakLines(styledRuns(block.runs, body, style.bold), {
    width: TEXT_WIDTH,
    align: block.align ?? 'justify',
    script,
    firstIndent: (block.indent ?? 0) * body.size,
  });
  placeLines(flow, lines, PAGE.marginLeft, body, 'body');
  flow.space(style.paragraphGap);
}

/** A heading stays with at least two lines of what follows it. */
export function layoutHeading({ flow, style, script }: TextContext, block: Heading): void {
  const heading = style.headings[block.level];
  const lines = breakLines(styledRuns(block.runs, heading, style.bold), {
    width: TEXT_WIDTH,
    align: block.level === 1 ? 'center' : 'left',
    script,
  });
  const height = heading.before + lines.length * heading.leading + heading.after + 2 * style.body.leading;
  flow.keep(height);
  flow.space(heading.before);
  placeLines(flow, lines, PAGE.marginLeft, heading, 'heading');
  flow.space(heading.after);
}

/** Items hang: the number or bullet sits at the marker indent and wrapped lines align with the text. */
export function layoutList({ flow, style, script }: TextContext, block: List): void {
  const body = style.body;
  const markers = block.items.map((_, i) => (block.ordered ? `${i + 1}.` : '•'));
  const markerLines = markers.map(
    (marker) =>
      breakLines([{ text: marker, face: body.face, size: body.size }], { width: TEXT_WIDTH, align: 'left', script })[0]!,
  );
  const markerLeft = PAGE.marginLeft + style.listMarkerIndent * body.size;
  const textLeft = markerLeft + Math.max(...markerLines.map((line) => line.right)) + body.size * 0.5;
  block.items.forEach((item, i) => {
    const lines = breakLines(styledRuns(item, body, style.bold), {
      width: PAGE.marginLeft + TEXT_WIDTH - textLeft,
      align: 'justify',
      script,
    });
    const [first] = placeLines(flow, lines, textLeft, body, 'list');
    if (first) {
      first.runs.unshift(...markerLines[i]!.runs.map((run) => ({ ...run, x: markerLeft + run.x })));
      first.text = `${markers[i]} ${first.text}`;
    }
    flow.space(style.paragraphGap / 2);
  });
  flow.space(style.paragraphGap / 2);
}
