import { enConcept, zhConcept as c, type Concept } from './concepts.js';
import { ZH, ZH_THIRD_WORDS } from './lexicon-zh.js';
import { PERSONAL_INFO, THREAT } from './sources-zh.js';
import type { Category, Severity } from './types.js';

/**
 * A rule over two neighbouring sentences: what one says is harmless alone and becomes abuse with the other
 * ("We know where your daughter goes to school. Pay by Friday."; 你前女友早就知道了。我们把合同也给她看了。).
 * `first` concepts must all be in one sentence (a concept listed twice needs two places) and `then` concepts all
 * in one of the next two sentences (or, when `either`, the two before); no sentence of the pair may state a
 * lawful condition of `unless`, and the first `then` concept may not be negated (我们不会跟她说). A rule with no
 * `then` is one sentence that says enough alone (你老婆今天几点下的班，你猜猜).
 */
export interface CrossRule {
  id: string;
  category: Category;
  severity: Severity;
  first: readonly Concept[];
  then: readonly Concept[];
  either?: boolean;
  unless?: RegExp;
  source: string;
}

// Third parties first: an alternation tries its words in order, and 你 must not hide 你妈.
const ZH_PERSON = new RegExp(`${ZH_THIRD_WORDS}|${ZH.you.source}`, 'g');
// A routine or a place the writer has watched: the time, what the person does then, where they are.
const ZH_ROUTINE = c`
[零一二三四五六七八九十两\d]+点(半|[零一二三四五六七八九十\d]+分?)? 早上 清早 傍晚 每天早上 每天晚上 每天下午 周[一二三四五六日末] 礼拜[一二三四五六天日] 星期[一二三四五六天日]
几点 平时 停在 [东西南北]门 下的班 上的班 放的学 出门 跑步 散步 上学 放学 接送 接孩子 送孩子 跳舞 广场舞 遛狗 买菜 下楼 下班 坐公交 坐地铁 锻炼 打球 踢球 晨练
[零一二三四五六七八九十\d]+(层|楼|号楼|单元|年级|班) 窗户 朝南 朝北 朝东 朝西 车位 车牌 哪条路 小道 小路 公园 江边 河边 小学 中学 幼儿园 补习班 培训班 菜市场 那栋楼 那个小区
`;
// Asked or checked with the person, as one who already knows: 吧, 对吧, 你猜猜.
const ZH_CONFIRM = c`
吧 吗 呢 对吧 是吧 没错吧 猜猜 猜一猜 你猜
`;
const ZH_FAMILY = new RegExp(`${ZH.family.source}`, 'g');
// Scheduling a call with the debtor (您平时几点方便接听) is no watching.
const ZH_CALL_SCHEDULING = /方便|请问|联系|致电|接听|回电|来电|预约/;
const ZH_DEMAND = c`
钱 还 还钱 还款 欠款 欠 拖 看着办 准备好 凑齐 掂量 想清楚 结清 到账
`;
// A lawful statement of a date, an address or hours: 还款日, 送达, 工作日.
const ZH_SCHEDULE_LAWFUL = /还款日|到期日|送达|邮寄|地址|开户|账户|工作日|营业时间|办公时间|我司|本所|开庭|法院/;

const EN_PERSON = enConcept(
  '(?:your|ur) (?:\\w+ )?(?:son|daughter|kids?|children|wife|husband|partner|mum|mom|dad|mother|father|parents|girlfriend|boyfriend|family|dog|cat)',
);
const EN_ROUTINE = enConcept`
plays | walks | goes | takes | catches | leaves | gets off | gets home | jogs | runs | drops | picks up | trains | swims |
on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends) | every (?:morning|evening|day|week) |
after school | at (?:\\d{1,2}(?::\\d\\d)?|half past \\w+) | bus | route | park | school | gym | playground | corner | stop
`;
const EN_DEMAND = enConcept`
pay | pay up | payment | money | owe | owed | deadline | due | settle | balance | cash
`;
const EN_SCHEDULE_LAWFUL = /\b(?:payment (?:date|day)|due date|address|office hours|opening hours|hearing|court)\b/i;

// A pronoun in the second sentence that points at the third party named in the first: 跟她说, 给他看, "told her".
const ZH_TELL_PRONOUN = c`
(跟|和|同|向|对|给|让|告诉|通知|找)(她|他|他们|她们|人家|老人家)[^，。]{0,10}(说|讲|聊|唠|提|看|听|知道|了解|明白|清楚|透露|反映|解释|介绍)
`;
const ZH_THIRD = new RegExp(ZH_THIRD_WORDS, 'g');
const EN_TELL_PRONOUN = enConcept`
(?:told|tell|showed|show|sent|send|gave|give|let|informed|inform|emailed|called|rang|texted) (?:him|her|them)
`;
const EN_THIRD = enConcept(
  '(?:your|ur|his|her) (?:\\w+ )?(?:wife|husband|partner|ex|ex-wife|ex-husband|girlfriend|boyfriend|mum|mom|dad|mother|father|parents|sister|brother|boss|employer|manager|neighbou?rs?|friends?|landlord|colleagues?|in-laws)',
);
const EN_DEBT_TOPIC = enConcept`
debt | loan | balance | arrears | account | agreement | contract | statement | what you owe | the money | paperwork | letter
`;
const THIRD_LAWFUL = /保证人|担保人|代理人|律师|guarantor|co-?signer|solicitor|attorney|lawyer/i;

export const CROSS_RULES: readonly CrossRule[] = [
  {
    id: 'zh-threat-watched-routine',
    category: 'threat',
    severity: 'error',
    first: [ZH_PERSON, ZH_ROUTINE, ZH_ROUTINE],
    then: [ZH_DEMAND],
    either: true,
    unless: ZH_SCHEDULE_LAWFUL,
    source: THREAT,
  },
  {
    id: 'zh-threat-watched-family',
    category: 'threat',
    severity: 'error',
    first: [ZH_FAMILY, ZH_ROUTINE, ZH_ROUTINE, ZH_CONFIRM],
    then: [],
    unless: new RegExp(`${ZH_SCHEDULE_LAWFUL.source}|${ZH_CALL_SCHEDULING.source}`),
    source: THREAT,
  },
  {
    id: 'zh-threat-watched-you',
    category: 'threat',
    severity: 'error',
    first: [ZH.you, ZH_ROUTINE, ZH_ROUTINE, ZH_ROUTINE, ZH_CONFIRM],
    then: [],
    unless: new RegExp(`${ZH_SCHEDULE_LAWFUL.source}|${ZH_CALL_SCHEDULING.source}`),
    source: THREAT,
  },
  {
    id: 'en-threat-watched-routine',
    category: 'threat',
    severity: 'error',
    first: [EN_PERSON, EN_ROUTINE, EN_ROUTINE],
    then: [EN_DEMAND],
    either: true,
    unless: EN_SCHEDULE_LAWFUL,
    source: 'FDCPA 15 U.S.C. §1692d(1); FCA CONC 7.9 (no pressure, harassment or threats)',
  },
  {
    id: 'zh-disclosure-pronoun',
    category: 'disclosure',
    severity: 'error',
    first: [ZH_THIRD],
    then: [ZH_TELL_PRONOUN],
    unless: THIRD_LAWFUL,
    source: `${PERSONAL_INFO}；刑法 第253条之一`,
  },
  {
    id: 'en-disclosure-pronoun',
    category: 'disclosure',
    severity: 'error',
    first: [EN_THIRD],
    then: [EN_TELL_PRONOUN, EN_DEBT_TOPIC],
    unless: THIRD_LAWFUL,
    source: 'FDCPA 15 U.S.C. §1692c(b); FCA CONC 7.9 (third parties)',
  },
];
