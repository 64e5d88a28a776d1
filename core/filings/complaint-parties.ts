import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LimitationEntry } from '../limitation/types.js';
import { isFilingTemplate } from './filing-templates.js';

/** Something a generated document left out or changed that its reader must know, by code; the CLI and app word it. */
export type LetterWarning = { code: 'guarantor-left-out'; party: number; guarantor: string; periodEnd: IsoDate };

/**
 * The parties a filing names as 被告, and a warning for each guarantor left out: one whose guarantee lapsed for
 * every outstanding claim (民法典 第693条). The court examines the guarantee period of its own motion (担保制度解释
 * 第34条 第1款), unlike limitation (第193条), so a claim against that guarantor fails and its costs fall on the
 * creditor (诉讼费用交纳办法 第29条); leaving it out, rather than refusing the complaint, keeps the suit against the
 * debtor, which is what stops the debtor's limitation (第195条 第3项). Letters name no defendant: all parties stay.
 */
export function defendantsOf(
  data: CaseFile,
  limitation: readonly LimitationEntry[],
  templateId: string,
): { parties: number[]; warnings: LetterWarning[] } {
  const parties: number[] = [];
  const warnings: LetterWarning[] = [];
  data.debtors.forEach((d, party) => {
    const lapsed = d.role === 'guarantor' && isFilingTemplate(templateId) ? limitation[party]?.guaranteeLapsed : null;
    if (lapsed) warnings.push({ code: 'guarantor-left-out', party, guarantor: d.name, periodEnd: lapsed.periodEnd });
    else parties.push(party);
  });
  return { parties, warnings };
}

/** A warning as a sentence, in Chinese or English. */
export function letterWarningText(w: LetterWarning, zh: boolean): string {
  return zh
    ? `保证人${w.guarantor}的保证期间已于${w.periodEnd}届满，债权人未在期间内依法主张，保证责任消灭（民法典第693条），起诉状未将其列为被告；如在期间内已经主张，请在案件中补记该催告或起诉后重新生成`
    : `guarantor ${w.guarantor} is not named as a defendant: the guarantee period ended on ${w.periodEnd} without a timely demand or suit (民法典 第693条), and the court checks that itself (担保制度解释 第34条); if the guarantee was claimed in time, record that demand or suit in the case and generate the complaint again`;
}
