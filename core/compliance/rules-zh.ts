import { Dec } from '../money/decimal.js';
import { toDayNumber } from '../dates/calendar-date.js';
import type { WordingContext, WordingRule } from './types.js';

const ACKNOWLEDGMENTS = new Set(['debt-acknowledgment', 'repayment-agreement']);

/** 刑法 第196条 may be named only for a card debt of at least ¥50,000 after two effective demands 30+ days apart. */
export function cardFraudMayBeCited(context: WordingContext): boolean {
  const card = context.creditCard;
  if (!card || new Dec(card.outstanding).lessThan(50000)) return false; // 妨害信用卡刑事案件解释 第8条: 5万元 数额较大
  const days = [...card.demandDates].sort().map(toDayNumber);
  return days.some((d, i) => days.slice(i + 1).some((e) => e - d >= 30)); // 同解释 第6条: 两次有效催收 间隔30日以上
}

/** Rules for Chinese collection letters. Patterns are written for the words a collector would use, not for legal terms in general. */
export const ZH_RULES: readonly WordingRule[] = [
  {
    id: 'zh-threat-violence',
    severity: 'error',
    patterns: [
      /(打断|砍|弄死|废了|卸了?)你|要你(好看|的命)|让你(好看|付出代价|吃不了兜着走)|(小心|注意)(你|您)?(的)?(人身|家人|孩子|安全)|出门小心|走着瞧|给你点颜色|人身安全/g,
    ],
    why: 'A threat of violence or to someone’s safety is never lawful in a demand; collecting by threats is a crime for unlawful debts and an offence for any debt.',
    source: '刑法 第293条之一（暴力、胁迫、恐吓）；治安管理处罚法 第42条（2012年修正，威胁他人人身安全）',
  },
  {
    id: 'zh-harassment',
    severity: 'error',
    patterns: [
      /去(你|您)的?(单位|公司|家|学校|小区)(里)?(闹|堵|找你|找您)|(到|上)(你|您)的?(单位|公司|家|学校)(闹|堵)|上门(闹|堵|催收)|堵(你|您)的?门|天天(打电话|上门|找你)|(24小时|日夜|轮番|不间断)(电话|轰炸|催收|上门)|爆(你|您)?的?通讯录|骚扰(你|您)/g,
    ],
    why: 'Going to the debtor’s workplace or home to make a scene, or calling without end, is harassment.',
    source:
      '刑法 第293条之一 第3项（恐吓、跟踪、骚扰）；治安管理处罚法 第42条 第5项（2012年修正）；商业银行信用卡业务监督管理办法 第70条',
  },
  {
    id: 'zh-third-party-disclosure',
    severity: 'error',
    patterns: [
      /(通知|告知|告诉|联系|找|发给|打给)(你|您|贵司)?的?(家人|亲属|亲戚|父母|配偶|爱人|子女|同事|领导|老板|单位|朋友|邻居|通讯录|联系人)/g,
      /(曝光|公开|公示|张贴|挂到网上|发到(网上|朋友圈|群里))[^。；\n]{0,8}(欠款|欠费|姓名|照片|身份|信息|老赖)/g,
      /(欠款|欠费|个人信息|照片)[^。；\n]{0,6}(曝光|公开|公示|挂到网上|发到(网上|朋友圈|群里))/g,
    ],
    why: 'Telling relatives, colleagues, an employer, neighbours or contacts about a debt discloses personal information without consent and pressures people who owe nothing.',
    source:
      '个人信息保护法 第10条、第13条；刑法 第253条之一；商业银行信用卡业务监督管理办法 第70条（不得对与债务无关的第三人催收）',
  },
  {
    id: 'zh-impersonate-authority',
    severity: 'error',
    patterns: [
      /传票|通缉|拘传|逮捕|拘留证|司法拘留|(公安|警方|派出所|检察院|法院)(机关)?(已经?|将|会)?(立案|介入|抓捕|冻结|上门)|法院(通知书|执行令)|司法(催收|部门通知)|(执行|司法)(局|所)催收/g,
    ],
    why: 'A private letter must not look or sound like a court or police document, nor say that the police or a court have acted when they have not.',
    source: '刑法 第279条（冒充国家机关工作人员招摇撞骗）；商业银行信用卡业务监督管理办法 第70条（不得采用虚假或误导性陈述）',
  },
  {
    id: 'zh-criminal-accusation',
    severity: 'error',
    patterns: [
      /涉嫌(诈骗|犯罪|信用卡诈骗|恶意透支|拒不执行)|构成(诈骗|犯罪|恶意透支)|追究(你|您|贵司|其)?的?刑事责任|刑事(立案|追诉|案件)|报警|坐牢|判刑|移送公安|恶意透支|信用卡诈骗/g,
    ],
    why: 'Accusing the debtor of a crime to make them pay is a false pressure tactic; for a credit-card debt 刑法 第196条 may be cited only when its conditions are met.',
    source: '刑法 第196条；最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释 第6条、第8条',
    exempt: (context, words) => /恶意透支|信用卡诈骗|刑事责任/.test(words) && cardFraudMayBeCited(context),
  },
  {
    id: 'zh-utility-cutoff',
    severity: 'error',
    patterns: [
      /(停|断|切断|中断|停止)(供)?(水|电|暖|热|气|燃气|供暖|网)|限制(用水|用电|供暖|供热)|(停用|注销)(门禁|电梯卡)|禁止(进入|出入)小区/g,
    ],
    why: 'A property manager may not collect fees by cutting water, power, heating or gas; only a reasonable deadline and then a suit or arbitration.',
    source: '民法典 第944条 第3款',
  },
  {
    id: 'zh-personal-account',
    severity: 'error',
    patterns: [/个人(账户|账号|银行卡|卡号)|私人(账户|账号)|(微信|支付宝)(转账|收款)|收款码/g],
    why: 'Payment must go to the creditor’s own account; asking for it to be paid to a person’s account or a QR code invites fraud and may not discharge the debt.',
    source: '商业银行信用卡业务监督管理办法 第70条；人民币银行结算账户管理办法（单位款项不得转入个人账户）',
    severityIn: (context) => (context.creditorIsPerson ? 'info' : 'error'),
  },
  {
    id: 'zh-unlawful-fee',
    severity: 'error',
    patterns: [/催收(服务)?费|上门费|手续费|罚款|罚金/g],
    why: 'A creditor can ask only for what was agreed or what the law gives (principal, agreed late charges or interest, proven losses); fines and collection fees are neither.',
    source: '民法典 第584条、第585条；行政处罚法 第9条（罚款是行政处罚）',
  },
  {
    id: 'zh-late-fee-term',
    severity: 'warning',
    patterns: [/滞纳金/g],
    why: '滞纳金 is an administrative term; between private parties write 违约金 or 逾期付款损失 unless the contract itself says 滞纳金.',
    source: '行政强制法 第45条；民法典 第585条',
  },
  {
    id: 'zh-insult',
    severity: 'error',
    patterns: [/老赖|骗子|无赖|不要脸|畜生|人渣|王八|去死|死全家|滚(蛋|出)|废物|杂种|狗东西|败类|垃圾人/g],
    why: 'Insulting words in a letter can be an insult to the person and weaken the creditor’s case.',
    source: '刑法 第246条；民法典 第1024条（名誉权）；商业银行信用卡业务监督管理办法 第70条',
  },
  {
    id: 'zh-ack-reservation',
    severity: 'warning',
    patterns: [
      /仅确认收到|仅供核对|仅供参考|仅为(对账|核对)|不代表(认可|承认|同意|确认)|不作为(还款|付款)?(承诺|依据)|不构成(对[^。]{0,6})?(承认|确认)|不同意(还款|付款)/g,
    ],
    why: 'Words that confirm only receipt, or say the signature does not admit the debt, defeat an acknowledgment: the debtor’s agreement to pay must be found in it.',
    source: '诉讼时效规定 第14条、第19条',
    severityIn: (context) => (context.documentKind && ACKNOWLEDGMENTS.has(context.documentKind) ? 'error' : 'warning'),
  },
];
