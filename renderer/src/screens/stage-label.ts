import type { Language } from '../i18n/messages.js';
import { NOT_STARTED } from './case-filter.js';

const EN: Record<string, string> = {
  [NOT_STARTED]: 'Not started',
  reminder: 'Reminder',
  'demand-letter': 'Demand letter',
  'lawyer-letter': "Lawyer's letter",
  suit: 'Suit',
  'property-fee-notice': 'Fee notice',
  'suit-filed': 'Suit filed',
  'judgment-in-force': 'Judgment in force',
  enforcement: 'Enforcement',
};
const ZH: Record<string, string> = { [NOT_STARTED]: '未开始', 'suit-filed': '已起诉' };

/** A ladder step for the table: the ladder's own title in Chinese (it is written in Chinese), a name in English. */
export function stageLabel(id: string | null, title: string | null, language: Language): string {
  if (id === null) return language === 'zh' ? ZH[NOT_STARTED]! : EN[NOT_STARTED]!;
  if (language === 'zh') return title ?? ZH[id] ?? id;
  return EN[id] ?? title ?? id;
}
