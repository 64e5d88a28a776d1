import { enConcept, zhConcept } from './concepts.js';
import { JUDGMENT_IN_FORCE } from './sources-zh.js';
import type { CategoryRule, WordingContext } from './types.js';

// Only a court (or an arbitral tribunal) issues a summons, a writ, an order or an award; a creditor's paper dressed
// as one — headed as court papers but issued, stamped or "served" by the creditor, or given a judgment's force —
// misstates who speaks and what it can do (民事诉讼法 第120条; 刑法 第280条 forging official documents † by name;
// FDCPA §1692e(9), (13); FCA CONC 7.11).
const ZH_SOURCE = '民事诉讼法 第120条；刑法 第280条（伪造国家机关公文）†';
const EN_SOURCE = 'FDCPA 15 U.S.C. §1692e(1), (9), (13); FCA CONC 7.11 (no misleading statements of law or authority)';
const inProceedings = (context: WordingContext) =>
  context.proceedings?.judgment === true || context.proceedings?.suitFiled === true;

const ZH_PAPER = zhConcept`
传票 电子传票 司法文书 法律文书 裁决书 裁定书 判决书 民事裁定书 民事判决书 执行通知书 强制执行告知书 应诉通知书 出庭通知书 起诉状副本
缺席裁决 裁决预告书 执行令 司法催告函 法院备案 (法院|仲裁)[^，。]{0,4}(通知书|告知书|预告书)
`;
// Who the paper says issued or serves it: the creditor or a company, or the court "through us".
const ZH_ISSUER = zhConcept`
我司 我公司 本公司 本司 我们公司 催收公司 有限公司 资产管理 信息咨询 法务部 签发 落款 盖章 代法院 代表法院 盖了法院的章 法院的章
自动生效 同等(的)?法律效力 强制执行效力 视为(拒不到庭|认可|放弃|同意)
`;

const EN_PAPER = enConcept`
summons | e-summons | writ(?: of \w+)? | order of the court | court order | judicial document | court appearance notice |
enforcement order | default award | arbitration award | legal process notice | notice of (?:pending )?(?:enforcement|execution|judg(?:e)?ment|seizure)
`;
const EN_ISSUER = enConcept`
issued by:? (?:[\w&.,'-]+ ){0,5}(?:ltd|limited|llc|inc|plc|recoveries|collections|management|services|agency|solicitors) |
(?:contact|pay|visit|call) (?:our|this) office | on the court's behalf | on behalf of the court | stamped by the court | click the link |
deemed (?:in )?contempt | (?:carries|has|have) (?:the )?(?:same )?(?:force|effect) (?:of|as) (?:a )?judg(?:e)?ment |
(?:will )?become final (?:in \d+ days )?unless you pay | signed,? (?:[\w&.,'-]+ ){0,3}(?:ltd|limited|llc|inc|management|recoveries|collections)
`;

export const COURT_PAPER_RULES_ZH: readonly CategoryRule[] = [
  {
    id: 'zh-court-paper-dressed',
    category: 'false-legal-claim',
    severity: 'error',
    all: [ZH_PAPER, ZH_ISSUER],
    // 开庭传票将由人民法院依法送达; 本函并非法院文书.
    // A judgment stated as in force (依据…民事判决书，该判决已发生法律效力) is cited, not forged.
    unless: [
      /由(人民)?法院(依法)?送达|(并非|不是|非)[^，。]{0,4}(法院|司法)文书|以(人民)?法院[^，。]{0,6}为准/,
      JUDGMENT_IN_FORCE,
    ],
    exempt: inProceedings,
    source: ZH_SOURCE,
  },
];

export const COURT_PAPER_RULES_EN: readonly CategoryRule[] = [
  {
    id: 'en-court-paper-dressed',
    category: 'false-legal-claim',
    severity: 'error',
    all: [EN_PAPER, EN_ISSUER],
    unless: [/\bnot a court document\b|\b(?:served|issued) (?:on you )?by the court\b|\bthe court will serve\b/i],
    exempt: inProceedings,
    source: EN_SOURCE,
  },
];
