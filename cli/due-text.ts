import type { DeskRow } from '../core/api/desk-list.js';
import type { Language } from '../core/util/language.js';
import { formatTable } from './output.js';

type Deadline = DeskRow['deadlines'][number];

/** The words of `casepack due`, in each language; the rows come from core as codes and dates. */
interface DueWords {
  head(asOf: string, due: number, listed: number, total: number): string;
  header: readonly string[];
  underJudgment(total: string): string;
  /** A ladder step or stage by its id, with the ladder's own title (Chinese ladders carry Chinese titles). */
  step(id: string, title: string | null): string;
  settled: string;
  ladderDone: string;
  dueOn(date: string, overdue: number | null): string;
  opensOn(date: string, by: string): string;
  openUntil(by: string, daysLeft: number): string;
  openPassed(by: string, days: number): string;
  enforcementBy(date: string): string;
  guarantor(date: string, name: string): string;
  deadline(d: Deadline): string;
  promise(p: DeskRow['brokenPromises'][number]): string;
  problem(problem: string): string;
  /** Between two warnings of a row. */
  separator: string;
}

/** Step names for the steps of the English and US ladders (whose titles are English) and the stages after a suit. */
const ZH_STEPS: Record<string, string> = {
  reminder: '还款提醒',
  'letter-before-claim': '诉前催告函（个人债务人）',
  'letter-of-claim': '索赔函（企业债务人）',
  'validation-notice': '催收函及债务核实通知',
  suit: '起诉',
  'suit-filed': '已起诉',
};
/** English names for the steps of the Chinese ladders (whose titles are Chinese) and the stages after a judgment. */
const EN_STEPS: Record<string, string> = {
  reminder: 'Reminder',
  'demand-letter': 'Demand letter',
  'lawyer-letter': "Lawyer's letter",
  'property-fee-notice': 'Fee notice',
  suit: 'Suit',
  'suit-filed': 'Suit filed',
  'judgment-in-force': 'Judgment in force',
  enforcement: 'Enforcement',
};
const ZH_DEADLINE: Record<Deadline['kind'], string> = {
  limitation: '诉讼时效',
  guarantee: '保证期间',
  enforcement: '申请执行期间',
};
const HAN = /\p{Script=Han}/u;

const WORDS: Record<Language, DueWords> = {
  zh: {
    head: (asOf, due, listed, total) => `${asOf}：到期步骤 ${due} 个，列出 ${listed} 件（共 ${total} 件）`,
    header: ['案件', '债务人', '应付合计', '当前阶段', '下一步', '期限', '诉讼时效 / 申请执行期间', '提示'],
    underJudgment: (total) => `${total}（按判决）`,
    step: (id, title) => (title !== null && HAN.test(title) ? title : (ZH_STEPS[id] ?? title ?? id)),
    settled: '已结清',
    ladderDone: '步骤已完成',
    dueOn: (date, overdue) => (overdue === null ? date : overdue === 0 ? `${date} 今日到期` : `${date} 到期，逾期 ${overdue} 天`),
    opensOn: (date, by) => `${date} 起可申请，${by} 前申请`,
    openUntil: (by, daysLeft) => `现可申请，${by} 前（余 ${daysLeft} 天）`,
    openPassed: (by, days) => `期间已于 ${by} 届满（已过 ${days} 天）`,
    enforcementBy: (date) => `${date}（申请执行期间届满）`,
    guarantor: (date, name) => `${date}（保证人 ${name}）`,
    deadline: (d) =>
      d.daysLeft < 0
        ? `${d.name}：${ZH_DEADLINE[d.kind]}已于 ${d.expiresOn} 届满`
        : `${d.name}：${ZH_DEADLINE[d.kind]} ${d.expiresOn} 届满（余 ${d.daysLeft} 天）`,
    promise: (p) => `违背还款承诺：${p.dueOn} 前还款 ${p.amount}，仅还 ${p.paid}`,
    problem: () => '无法计算此案件（用 casepack export 导出后以 casepack validate 查看原因）',
    separator: '；',
  },
  en: {
    head: (asOf, due, listed, total) => `${asOf}: ${due} step(s) due, ${listed} of ${total} case(s) listed`,
    header: ['case', 'debtor', 'owed', 'stage', 'next step', 'due on', 'limitation / deadline', 'warnings'],
    underJudgment: (total) => `${total} (under the judgment)`,
    step: (id, title) => {
      const name = title !== null && !HAN.test(title) ? title : EN_STEPS[id];
      return name ? `${id} (${name})` : id;
    },
    settled: 'settled',
    ladderDone: 'ladder done',
    dueOn: (date, overdue) => (overdue === null ? date : `${date} DUE${overdue ? ` +${overdue}d` : ''}`),
    opensOn: (date, by) => `from ${date} by ${by}`,
    openUntil: (by, daysLeft) => `open by ${by} (${daysLeft} days left)`,
    openPassed: (by, days) => `by ${by} LATE +${days}d`,
    enforcementBy: (date) => `${date} (apply for enforcement by)`,
    guarantor: (date, name) => `${date} (guarantor ${name})`,
    deadline: (d) => `${d.kind} ${d.name} ${d.expiresOn} (${d.daysLeft} days)`,
    promise: (p) => `promise broken: ${p.amount} due ${p.dueOn}, paid ${p.paid}`,
    problem: (problem) => problem,
    separator: '; ',
  },
};

/** `casepack due`'s table: the desk's rows (core/api/desk-list.ts) worded in `language`. */
export function dueText(rows: readonly DeskRow[], total: number, asOf: string, language: Language): string {
  const words = WORDS[language];
  const head = words.head(asOf, rows.filter((r) => r.due).length, rows.length, total);
  if (rows.length === 0) return head;
  const table = rows.map((r) => [
    String(r.id),
    r.debtor,
    r.total === null ? '—' : r.owedUnder === 'judgment' ? words.underJudgment(r.total) : r.total,
    r.stage ? `${stageName(r.stage, r.stageTitle, language)} ${r.stageOn}` : '—',
    r.group === 'settled' ? words.settled : r.nextStep ? words.step(r.nextStep, r.nextStepTitle) : words.ladderDone,
    dueOn(r, words),
    limitation(r, words),
    warnings(r, words),
  ]);
  return `${head}\n${formatTable(words.header, table)}`;
}

/** The stage column: the stage's id in English (as `--json` and the ladder config name it), its name in Chinese. */
const stageName = (id: string, title: string | null, language: Language) => (language === 'zh' ? WORDS.zh.step(id, title) : id);

/** The next step's day, due once it has come and overdue by N days after; a step with a last day is open until then. */
function dueOn(r: DeskRow, words: DueWords): string {
  if (!r.nextDueOn) return '—';
  if (r.dueBy) {
    if (!r.due) return words.opensOn(r.nextDueOn, r.dueBy.date);
    return r.dueBy.daysLeft < 0
      ? words.openPassed(r.dueBy.date, -r.dueBy.daysLeft)
      : words.openUntil(r.dueBy.date, r.dueBy.daysLeft);
  }
  return words.dueOn(r.nextDueOn, r.due ? (r.daysOverdue ?? 0) : null);
}

/**
 * The case's one limitation date, as the cases list shows it, naming the guarantor when it is theirs; for a judgment
 * in force, the last day to apply for enforcement (民事诉讼法 第250条).
 */
function limitation(r: DeskRow, words: DueWords): string {
  if (!r.limitationExpiresOn) return '—';
  if (r.limitationKind === 'enforcement') return words.enforcementBy(r.limitationExpiresOn);
  return r.limitationParty ? words.guarantor(r.limitationExpiresOn, r.limitationParty.name) : r.limitationExpiresOn;
}

function warnings(r: DeskRow, words: DueWords): string {
  const notes = [...r.deadlines.map(words.deadline), ...r.brokenPromises.map(words.promise)];
  if (r.problem) notes.push(words.problem(r.problem));
  return notes.join(words.separator);
}
