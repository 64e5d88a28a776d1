import type { LetterWarning } from '../../../core/api/public-api.js';
import type { Language } from './messages.js';

/** A document warning in the interface's language, written from its code and parameters. */
export function letterWarningText(warning: LetterWarning, language: Language): string {
  // 担保制度解释 第34条 第1款: the court checks the guarantee period of its own motion.
  return language === 'zh'
    ? `保证人${warning.guarantor}的保证期间已于 ${warning.periodEnd} 届满，起诉状未将其列为被告（法院依职权审查保证期间，担保制度解释第三十四条第一款）。`
    : `The guarantee given by ${warning.guarantor} ended on ${warning.periodEnd}, so the complaint does not name them as a defendant (the court checks the guarantee period of its own motion, Guarantee Interpretation art. 34(1)).`;
}
