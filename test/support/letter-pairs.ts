import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listTemplates } from '../../core/templates/library.js';
import { EXAMPLE_CASES } from './examples.js';

/** One bundled template rendered for one bundled example of its locale. */
export interface LetterPair {
  template: string;
  locale: string;
  /** The example's folder name, e.g. `zh-sale-of-goods`. */
  example: string;
  caseFile: string;
  /** `examples/<name>/letter-settings.json` when the example has one (firm, 函号, account…). */
  settingsFile?: string;
}

/** Every template × every example of the template's locale: the letters a user of the bundled examples can make. */
export function letterPairs(): LetterPair[] {
  const examples = EXAMPLE_CASES.map((caseFile) => {
    const settingsFile = join(dirname(caseFile), 'letter-settings.json');
    return {
      caseFile,
      example: basename(dirname(caseFile)),
      locale: (JSON.parse(readFileSync(caseFile, 'utf8')) as { locale: string }).locale,
      ...(existsSync(settingsFile) ? { settingsFile } : {}),
    };
  });
  // A 物业费通知书 is refused for a case that is not about property fees, and the 14-day letter-of-claim for the en-GB
  // example's sole trader, whom the Debt Protocol covers (core/letters/template-fit.ts).
  const fits = (template: string, example: string) =>
    (template !== 'property-fee-notice' || example === 'zh-property-fee') && template !== 'letter-of-claim';
  return listTemplates().flatMap((meta) =>
    examples.filter((e) => e.locale === meta.locale && fits(meta.id, e.example)).map((e) => ({ template: meta.id, ...e })),
  );
}
