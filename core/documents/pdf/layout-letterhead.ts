import type { Letterhead } from '../model.js';
import type { Script } from './fonts.js';
import { breakLines } from './line-breaker.js';
import { imageInfo } from '../image-info.js';
import { baselineIn, type PageFlow } from './page-flow.js';
import { mm, PAGE, TEXT_WIDTH, type PdfStyle, type TextStyle } from './pdf-style.js';

const TOP = PAGE.height - mm(13);
const LOGO_MAX_HEIGHT = mm(16);
const LOGO_MAX_WIDTH = mm(40);

/**
 * The firm's letterhead at the top of page 1: the logo on the left with the name and address lines beside
 * it, or, without a logo, the name and lines centred; then a double rule across the text width. The body
 * starts below the rule, or at the top margin if the letterhead is shorter.
 */
export function layoutLetterhead(flow: PageFlow, letterhead: Letterhead, style: PdfStyle, script: Script): void {
  let left = PAGE.marginLeft;
  let logoBottom = TOP;
  if (letterhead.logo) {
    const info = imageInfo(letterhead.logo);
    const scale = Math.min(LOGO_MAX_HEIGHT / info.height, LOGO_MAX_WIDTH / info.width);
    const width = info.width * scale;
    const height = info.height * scale;
    flow.page.images.push({ x: left, y: TOP - height, width, height, bytes: letterhead.logo, format: info.format });
    left += width + mm(4);
    logoBottom = TOP - height;
  }
  const align = letterhead.logo ? 'left' : 'center';
  const width = PAGE.marginLeft + TEXT_WIDTH - left;
  let y = TOP;
  const place = (text: string, textStyle: TextStyle) => {
    for (const line of breakLines([{ text, face: textStyle.face, size: textStyle.size }], { width, align, script })) {
      const baseline = baselineIn(y, textStyle.leading, textStyle.size);
      flow.page.lines.push({
        role: 'letterhead',
        text: line.text,
        x: left,
        y: baseline,
        runs: line.runs.map((run) => ({ ...run, x: left + run.x })),
      });
      y -= textStyle.leading;
    }
  };
  place(letterhead.name, style.letterheadName);
  for (const text of letterhead.lines) place(text, style.small);

  const rule = Math.min(y, logoBottom) - mm(2.5);
  flow.page.rules.push({ x1: PAGE.marginLeft, y1: rule, x2: PAGE.marginLeft + TEXT_WIDTH, y2: rule, thickness: 1.2 });
  flow.page.rules.push({ x1: PAGE.marginLeft, y1: rule - 2.2, x2: PAGE.marginLeft + TEXT_WIDTH, y2: rule - 2.2, thickness: 0.4 });
  flow.y = Math.min(flow.y, rule - mm(8));
}
