import { zhConcept as c } from './concepts.js';
import { ZH, ZH_THIRD_WORDS } from './lexicon-zh.js';
import { ZH_IMPLIED as I } from './lexicon-zh-implied.js';
import {
  CREDITOR_SPEAKS,
  IMPOSTOR_WARNING,
  LAWFUL_PARTY,
  LAW_CITED,
  POSING_AS_US_ZH,
  NO_DISCLOSURE,
  PERSONAL_INFO,
  PRIVACY,
  REPUTATION,
  SERVICE_WORKS,
  SERVICE_SOURCE,
  THREAT,
  COURT_ONLY,
  WORKPLACE_LAWFUL,
  WORKPLACE_SOURCE,
} from './sources-zh.js';
import type { CategoryRule } from './types.js';

// A consequence stated as law (法律后果, 诉讼, 违约金, 征信) is a lawful warning, not a menace.
const LAWFUL_CONSEQUENCE = /法律|诉讼|起诉|仲裁|法院|违约|依法|合同|利息|罚息|信用记录|征信|不必要的|经济损失|不利|费用|律师/;
const THIRD_PARTY_LAWFUL = new RegExp(`${LAWFUL_PARTY.source}|代(您|你)|代为|陪同|经(您|你)同意|授权`);

const THIRD = new RegExp(ZH_THIRD_WORDS, 'g');
// A third party named first, then what we do to them: 你的亲戚朋友我们一个个都会打电话说明; 要不我们替你说.
const THIRD_THEN_US = new RegExp(
  `(?:${ZH_THIRD_WORDS})[^，。]{0,6}(?:我们|我方|我)(?:(?!不|没|别|勿|未)[^，。]){0,8}(?:${ZH.tell.source})|(?:替|帮)(?:你|您)(?:说|讲|告诉|转达|解释|开口)`,
  'g',
);

/** Chinese rules for abuse worded without its usual keywords (menace, watching, sent people, restricted services). */
export const ZH_IMPLIED_RULES: readonly CategoryRule[] = [
  {
    id: 'zh-threat-implied',
    category: 'threat',
    severity: 'error',
    all: [I.menace],
    // The negation is often the threat itself (不想…出事, 没好果子); only "we will not" clears it.
    negatable: false,
    unless: [LAWFUL_CONSEQUENCE, /(不会|绝不|决不|从不|从未)(对|向|让|以|采取|使用|用)/],
    source: THREAT,
  },
  {
    id: 'zh-threat-unforeseen',
    category: 'threat',
    severity: 'error',
    all: [I.unforeseen],
    // 不可 is part of the menace here, not a negation of it.
    negatable: false,
    unless: [LAWFUL_CONSEQUENCE],
    source: THREAT,
  },
  {
    id: 'zh-threat-watching',
    category: 'threat',
    severity: 'error',
    all: [I.watch, I.whereabouts],
    any: [ZH.you, ZH.family, ZH.victim],
    // 知道你在上班，方便时回个消息: a courtesy about when to reply, not a watch on the debtor.
    unless: [/地址|送达|邮寄|联系方式|账户|开户/, /方便(时|的时候)[^。]{0,6}回/],
    source: THREAT,
  },
  {
    id: 'zh-harassment-until',
    category: 'harassment',
    severity: 'error',
    all: [ZH.contact, I.untilYou],
    unless: [/联系我|联系本|致电我|到我|工作日|工作时间/],
    source: `${PRIVACY}；刑法 第293条（追逐、拦截、恐吓）`,
  },
  {
    id: 'zh-harassment-call-until',
    category: 'harassment',
    severity: 'error',
    all: [I.callUntil],
    source: `${PRIVACY}；刑法 第293条（追逐、拦截、恐吓）`,
  },
  {
    id: 'zh-harassment-sent',
    category: 'harassment',
    severity: 'error',
    all: [I.sentPerson, I.yourPlace],
    unless: [/送达|邮寄|我司|本所|预约|经(您|你)同意/, POSING_AS_US_ZH, IMPOSTOR_WARNING],
    source: `刑法 第245条（非法侵入住宅）、第293条；${PRIVACY}`,
  },
  {
    id: 'zh-harassment-visit-work',
    category: 'harassment',
    severity: 'error',
    all: [I.visitWork],
    unless: [WORKPLACE_LAWFUL],
    source: WORKPLACE_SOURCE,
  },
  {
    id: 'zh-harassment-visits',
    category: 'harassment',
    severity: 'error',
    all: [I.yourPlace],
    any: [ZH.often, ZH.night, I.untilYou],
    unless: [/送达|邮寄|我司|本所|预约|经(您|你)同意|工作日|工作时间/],
    source: `刑法 第245条（非法侵入住宅）、第293条；${PRIVACY}`,
  },
  {
    id: 'zh-disclosure-topic',
    category: 'disclosure',
    severity: 'error',
    all: [THIRD_THEN_US],
    unless: [THIRD_PARTY_LAWFUL, NO_DISCLOSURE],
    source: `${PERSONAL_INFO}；刑法 第253条之一`,
  },
  {
    id: 'zh-disclosure-about-you',
    category: 'disclosure',
    severity: 'error',
    all: [I.tellAboutYou, THIRD],
    unless: [THIRD_PARTY_LAWFUL, NO_DISCLOSURE],
    source: `${PERSONAL_INFO}；刑法 第253条之一`,
  },
  {
    id: 'zh-disclosure-receive',
    category: 'disclosure',
    severity: 'error',
    all: [I.receive, THIRD, I.news],
    unless: [THIRD_PARTY_LAWFUL, NO_DISCLOSURE, /财务部门|贵司/, POSING_AS_US_ZH, /不会再/],
    source: `${PERSONAL_INFO}；刑法 第253条之一`,
  },
  {
    id: 'zh-disclosure-held-over',
    category: 'disclosure',
    severity: 'error',
    all: [THIRD, I.thirdContactHeld],
    unless: [THIRD_PARTY_LAWFUL, NO_DISCLOSURE, /但(我|我们)?(不会|不|绝不)(打|联系|用|找)/],
    source: `${PERSONAL_INFO}；刑法 第253条之一`,
  },
  {
    id: 'zh-disclosure-not-yet',
    category: 'disclosure',
    severity: 'error',
    all: [I.notYetKnown, THIRD],
    negatable: false,
    unless: [THIRD_PARTY_LAWFUL, NO_DISCLOSURE],
    source: `${PERSONAL_INFO}；刑法 第253条之一`,
  },
  {
    id: 'zh-disclosure-enlist',
    category: 'disclosure',
    severity: 'error',
    all: [I.enlist],
    any: [ZH.family, ZH.work, ZH.social],
    unless: [THIRD_PARTY_LAWFUL, NO_DISCLOSURE],
    source: `${PERSONAL_INFO}；${PRIVACY}`,
  },
  {
    id: 'zh-shaming-publish',
    category: 'shaming',
    severity: 'error',
    all: [I.publish, I.exposed, I.venue],
    unless: [
      /失信被执行人名单|人民法院|法院依法/,
      /(通知书?|催缴单|催款函)[^，。]{0,8}(张贴|粘贴)[^，。]{0,3}(照片|记录|于?[^，。]{0,6}(入户门|房门|门上))/,
    ],
    source: `${REPUTATION}；民法典 第1032条`,
  },
  {
    id: 'zh-false-legal-step',
    category: 'false-legal-claim',
    severity: 'error',
    all: [I.courtStepMore],
    any: [ZH.you, ZH.certain, ZH.authority, ZH.courtStep],
    // 不履行 makes a step lawful only when what is not performed is a judgment (判决生效后不履行).
    unless: [
      /依法|申请|有权|可能|可以|判决生效|生效判决|生效法律文书|(判决|裁定|调解书)[^，。]{0,10}不履行|胜诉|(如|若|一旦)[^，。]{0,8}(法院|判决|诉讼)/,
      // The law stated: only after a judgment (法院判了以后…才会有).
      /判(决)?了?以后[^。]{0,16}才/,
      // The law stated: only after a court's judgment is not performed (都得法院判了以后、你又不履行才会有).
      /(判了|判决)以后|还没到那一步|才会有/,
    ],
    exempt: (context) => context.proceedings?.judgment === true,
    source: COURT_ONLY,
  },
  {
    id: 'zh-false-officers',
    category: 'false-legal-claim',
    severity: 'error',
    all: [I.officersComing],
    unless: [/冒充|诈骗|谨防|如遇|警惕|(如|若|一旦)[^，。]{0,8}(判决|裁定)/],
    exempt: (context) => context.proceedings?.judgment === true,
    source: '刑法 第279条（冒充国家机关工作人员）；民事诉讼法 第120条',
  },
  {
    id: 'zh-service-restrict',
    category: 'service-cut',
    severity: 'error',
    all: [I.restrict, I.propertyService, I.arrears],
    // 不得 is the restriction here (车辆不得进入), so only "will not" clears it.
    // 物业不得以欠费为由停止服务 quotes the law (民法典 第944条 第3款).
    unless: [SERVICE_WORKS, /不会|不以|承诺不|不得以|不得采取|第(九百四十四|944)条/, LAW_CITED],
    source: SERVICE_SOURCE,
  },
  {
    id: 'zh-unlawful-fee-collection',
    category: 'unlawful-fee',
    severity: 'error',
    all: [I.collectionCost],
    unless: [/诉讼费|保全费|执行费|律师费|不收|不产生|无需|免收|不会|不得|不另|(合同|协议)约定的?(逾期)?(违约金|利息|罚息)/],
    source: '民法典 第584条、第585条（损失与违约金以约定和实际损失为限）',
  },
  {
    // A fee said to be owed whatever the contract says (无论合同是否约定均应由贵方承担).
    id: 'zh-unlawful-fee-regardless',
    category: 'unlawful-fee',
    severity: 'error',
    all: [
      c(
        '(无论|不论|不管)[^，。]{0,4}合同(中)?(是否|有没有|有无)?(约定|规定)',
        '合同(未|没有|没)(约定|规定)[^，。]{0,8}(也|仍|均|照样)(应|要|需|得)',
      ),
    ],
    unless: [/不(会|予|得|另)?收取|不承担|无需|免收/],
    source: '民法典 第584条、第585条（损失与违约金以约定和实际损失为限）',
  },
  {
    // The non-payment said to meet a crime's elements (已符合…犯罪的构成要件).
    id: 'zh-criminal-elements',
    category: 'criminal-accusation',
    severity: 'error',
    all: [c('(符合|构成|满足|达到)[^，。]{0,12}(犯罪|罪)的?(构成要件|要件|立案标准)', '(涉嫌|构成)[^，。]{0,8}(类)?犯罪')],
    unless: [/生效判决|判决生效|拒不履行[^，。]{0,6}(判决|裁定)|司法机关依法|谨防|冒充|诈骗分子/],
    source: '刑法 第246条（捏造事实诽谤）；民法典 第1024条',
  },
  {
    id: 'zh-personal-account-person',
    category: 'personal-account',
    severity: 'error',
    all: [I.personPays],
    unless: [/(不|勿|禁止|严禁|拒绝|一律不|不要|不接受|从不|切勿)[^。]{0,10}(个人|私人|微信|支付宝|收款码|卡)/, CREDITOR_SPEAKS],
    severityIn: (context) => (context.creditorIsPerson ? 'info' : 'error'),
    source: '人民币银行结算账户管理办法（单位款项不得转入个人账户）',
  },
];
