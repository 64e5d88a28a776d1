import { zhLawfulParty } from './lexicon-zh.js';

/** Where the Chinese rules are written, and the lawful conditions several rules share. */
// Citations: statutes in /work/shared/law were checked; 民法典 人格权编 and 治安管理处罚法 (2025) are not there
// and are listed as to be checked in docs/compliance.md.
export const PRIVACY = '民法典 第1032条、第1033条（私人生活安宁）';
export const PERSONAL_INFO = '民法典 第1034条；个人信息保护法 第10条、第13条';
export const REPUTATION = '民法典 第1024条（名誉权）；刑法 第246条（侮辱、诽谤）';
export const SERVICE_SOURCE = '民法典 第944条 第3款（不得以停止供电、供水、供热、供燃气等方式催交物业费）';
// Maintenance or a utility's own lawful suspension.
export const SERVICE_WORKS =
  /检修|维修|维保|维护|施工|故障|保养|抢修|改造|升级|年检|检测|检验|安全检查|例行|线路|管网|供电企业|供水企业|供热企业|燃气企业|电力公司|自来水公司|法律规定|车辆.{0,4}违停|照常/;
// …or a statement that the service will not be cut.
export const SERVICE_LAWFUL = new RegExp(`${SERVICE_WORKS.source}|不会|不得|不以|承诺不`);
// A promise not to tell: 不会透露任何欠款信息, 不会向第三方提及.
export const NO_DISCLOSURE =
  /(不会|不得|绝不|决不|从不|并不|亦不|也不)(会)?((向|对|把|在)[^，。]{0,8})?(透露|告知|告诉|披露|泄露|提及|谈及|公布|公开|张贴)|不涉及|不点名|只(会)?(联系|找)(您|你)本人|(不会|不得|不再)(把|将|去)[^，。]{0,10}(告诉|找|联系|打给|告知)|不会再发生|致歉|误拨|共同借款人/;
export const COURT_ONLY = '民事诉讼法 第106条、第120条、第255条、第266条（保全、执行、限制出境与征信由人民法院决定）';

// A judgment stated as in force (判决已发生法律效力, 依据已生效的…判决): enforcement after it is lawful.
export const JUDGMENT_IN_FORCE =
  /(已经?发生法律效力|已生效|生效的?)[^。]{0,30}(判决|裁定|调解书)|(判决|裁定|调解书)[^。]{0,20}(已经?发生法律效力|已经?生效)/;

// A statute or regulation cited by name (根据《民法典》第九百四十四条, 依据《征信业管理条例》): the sentence states the law.
export const LAW_CITED = /(根据|依据|依照|按照|依|按)《[^》]{1,20}》|《[^》]{1,20}》第[一二三四五六七八九十百零\d]+条/;
// The debtor told to report others (冒充我司者, threats from anyone) to the police: advice, not our accusation.
export const POSING_AS_US_ZH = /自称|冒充|以(本|我)(公司|司|行|所)名义/;
export const REPORT_ADVICE =
  /自称|冒充|以(本|我)(公司|司|行|所)名义|(遭遇|遇到|遭受)[^，。]{0,10}(威胁|恐吓|辱骂|骚扰)|(你|您)可以[^，。]{0,8}(报警|报案|反映|投诉|举报)|请(您|你)?[^，。]{0,4}(直接|立即|及时|马上)?(报警|向公安)|(你|您)的权利/;

// The debtor asked to contact someone itself (你主动联系执行法官), or told where it may object (可以向业委会反映).
export const DEBTOR_ASKED = /(你|您)(主动|尽快|直接|自己)(去)?(联系|致电|咨询|找)|(有意见|有异议|有疑问)[^。]{0,20}可以|调解/;

// The court serving its own notice (法院向您的工作单位发出协助执行通知书): lawful once there is a judgment.
export const COURT_SERVES = /法院[^。]{0,16}(送达|发出|向)/;
// The creditor is a natural person and says so (本人为出借人, 房子是我自己的): its own account is lawful.
export const CREDITOR_SPEAKS =
  /本人(为|是|系)(出借人|债权人|房东|出租人)|我是(房东|出借人|债权人)|房子是我(自己)?的|借条所载|出借人本人/;

export const THREAT = '刑法 第293条（恐吓他人）；治安管理处罚法（威胁他人人身安全）';
export const WORKPLACE_SOURCE = `${PRIVACY}；${PERSONAL_INFO}；刑法 第293条`;
// Our own office, service of documents, a company's registered address: not a visit to the debtor's workplace.
export const WORKPLACE_LAWFUL =
  /到我司|来我司|至我司|本所|我司(办公室|地址)|送达|邮寄|法院|营业执照|注册地|住所地|(来|到|至)(物业)?前台|物业服务中心|管理处|方便(不|吗)|是否方便|预约|对接/;

// A company debtor's own finance or legal staff (向贵司财务部门寄送对账单) are the debtor, not a third party.
export const DEBTOR_OWN_STAFF = zhLawfulParty(/(贵司|贵公司|贵方|贵单位)的?(财务|会计|出纳|法务|法定代表人)/);
// Impostors the debtor is warned about (如果有人自称是我们公司的人…那不是我们派的).
export const IMPOSTOR_WARNING = /有人(自称|冒充)|不是我们派的|(你|您)(也)?可以?(直接)?报警/;
// A guarantor, an agent, a lawyer or a company's legal representative may be written to.
export const LAWFUL_PARTY = zhLawfulParty(/保证人|担保人|代理人|律师|法定代表人|共同借款人|共同还款人|执行法官|法院/);
