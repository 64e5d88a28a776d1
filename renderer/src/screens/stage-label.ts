import type { Language } from '../i18n/messages.js';
import { NOT_STARTED } from './case-filter.js';

const EN: Record<string, string> = {
  [NOT_STARTED]: 'Not started',
  reminder: 'Reminder',
  'demand-letter': 'Demand letter',
  'lawyer-letter': "Lawyer's letter",
  suit: 'Suit',
  'property-fee-notice': 'Fee notice',
  'letter-before-claim': 'Letter before claim',
  'letter-of-claim': 'Letter of claim',
  'validation-notice': 'Demand letter (validation notice)',
  'suit-filed': 'Suit filed',
  'judgment-in-force': 'Judgment in force',
  enforcement: 'Enforcement',
};
/** Chinese names, for the steps of the English and US ladders (whose own titles are English) and the stages after. */
const ZH: Record<string, string> = {
  [NOT_STARTED]: '未开始',
  reminder: '还款提醒',
  'letter-before-claim': '诉前催告函（个人债务人）',
  'letter-of-claim': '索赔函（企业债务人）',
  'validation-notice': '催收函及债务核实通知',
  suit: '起诉',
  'suit-filed': '已起诉',
};

const HAN = /\p{Script=Han}/u;

/**
 * A ladder step for the table: the ladder's own title when it is written in the interface's language (the
 * Chinese ladders in Chinese, the English and US ones in English), else the step's name in that language.
 */
export function stageLabel(id: string | null, title: string | null, language: Language): string {
  if (id === null) return language === 'zh' ? ZH[NOT_STARTED]! : EN[NOT_STARTED]!;
  if (title !== null && HAN.test(title) === (language === 'zh')) return title;
  return (language === 'zh' ? ZH[id] : EN[id]) ?? title ?? id;
}
