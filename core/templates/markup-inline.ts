import type { TextRun } from '../documents/model.js';
import { escapeValue, restore } from './escape.js';

const MARKERS = /(\*\*|__)/;
/** Three or more underscores are a blank for the reader to fill in (`£ ________`), never underline markers. */
const BLANK = /_{3,}/g;

/** `**bold**` and `__underlined__` inside a line; an unmatched marker stays as text, a blank `___…` too. */
export function parseInline(text: string): TextRun[] {
  const parts = text.replace(BLANK, escapeValue).split(MARKERS);
  const runs: TextRun[] = [];
  let bold = false;
  let underline = false;
  const opens = (marker: string, from: number) => parts.indexOf(marker, from + 1) > 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '**' && (bold || opens('**', i))) bold = !bold;
    else if (part === '__' && (underline || opens('__', i))) underline = !underline;
    else if (part !== '') {
      const run: TextRun = { text: restore(part) };
      if (bold) run.bold = true;
      if (underline) run.underline = true;
      const last = runs[runs.length - 1];
      if (last && last.bold === run.bold && last.underline === run.underline) last.text += run.text;
      else runs.push(run);
    }
  }
  return runs;
}

/** The plain text of some runs. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}
