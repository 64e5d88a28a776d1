import type { ApiErrorPayload } from '../../../core/api/public-api.js';
import { desktopFileErrorsEn, desktopFileErrorsZh } from './desktop-file-messages.js';
import { fieldName } from './field-names.js';
import { fill } from './fill.js';
import { filingsErrorsEn, filingsErrorsZh } from './filings-messages.js';
import { importErrorsEn, importErrorsZh } from './import-messages.js';
import { entriesErrorsEn, entriesErrorsZh } from './entries-messages.js';
import { logErrorsEn, logErrorsZh } from './log-messages.js';
import { MESSAGES, type Language, type MessageKey } from './messages.js';
import { outputsErrorsEn, outputsErrorsZh } from './outputs-messages.js';
import { ratesErrorsEn, ratesErrorsZh } from './rates-messages.js';
import { lettersErrorsEn, lettersErrorsZh } from './letters-messages.js';
import { judgmentHeldErrorsEn, judgmentHeldErrorsZh } from './judgment-held-messages.js';

type Params = Record<string, string | number>;
/** One sentence per error code, written from the error's parameters. */
type ErrorTable = Record<string, (p: Params) => string>;

const zhNumber = (n: string | number | undefined) => Number(n).toLocaleString('zh-CN');
const enNumber = (n: string | number | undefined) => Number(n).toLocaleString('en');

const LIMIT_ZH: Record<string, (n: string) => string> = {
  maxPages: (n) => `${n} 页`,
  maxStreamBytes: (n) => `单个数据块解压后 ${n} 字节`,
  maxImagePixels: (n) => `单张图像 ${n} 像素`,
  maxObjects: (n) => `${n} 个 PDF 对象`,
};
const LIMIT_EN: Record<string, (n: string) => string> = {
  maxPages: (n) => `${n} pages`,
  maxStreamBytes: (n) => `${n} bytes of uncompressed data in one part`,
  maxImagePixels: (n) => `${n} pixels in one image`,
  maxObjects: (n) => `${n} PDF objects`,
};

const RESTORE_FAILED_ZH: Record<string, string> = {
  'disk-full': '磁盘已满，请腾出空间后再试',
  'no-permission': '没有修改数据文件夹的权限',
  'database-in-use': '数据库正被另一个 CasePack 打开，请先关闭它',
  other: '有文件无法移动，请稍后再试',
};
const RESTORE_FAILED_EN: Record<string, string> = {
  'disk-full': 'the disk is full; free some space and try again',
  'no-permission': 'CasePack may not change the data folder',
  'database-in-use': 'the database is open in another CasePack; close it first',
  other: 'a file could not be moved; try again',
};
/** Why an evidence file is refused (core's `ExhibitReason`). */
const EXHIBIT_REASON_ZH: Record<string, string> = {
  missing: '无法读取该文件',
  empty: '是空文件',
  'not-pdf-or-image': '既不是 PDF 也不是图片；请使用 PDF、JPEG、PNG、TIFF、WebP 或 GIF 文件',
  'needs-password': 'PDF 需要密码才能打开；请索取未加密的副本，或打开后打印为新的 PDF',
  encrypted: 'PDF 已加密，无法在此解除；请打开后打印为新的 PDF 再使用',
  damaged: 'PDF 文件已损坏或不完整；请重新获取一份，或打开后打印为新的 PDF',
  'unreadable-image': '图片无法读取；请打开后另存为 JPEG 或 PNG',
};
const EXHIBIT_REASON_EN: Record<string, string> = {
  missing: 'the file cannot be read',
  empty: 'the file is empty',
  'not-pdf-or-image': 'it is neither a PDF nor an image; use a PDF, JPEG, PNG, TIFF, WebP or GIF file',
  'needs-password': 'the PDF needs a password to open; ask for an unprotected copy, or open it and print it to a new PDF',
  encrypted: 'the PDF is encrypted and cannot be unlocked here; open it and print it to a new PDF',
  damaged: 'the PDF is damaged or cut off; get a fresh copy, or open it and print it to a new PDF',
  'unreadable-image': 'the image cannot be read; open it and save it again as JPEG or PNG',
};
/** The exhibit as a user knows it: its title and file name (never the id alone, nor a stored path). */
const zhExhibit = (p: Params) => `证据“${p.title || p.exhibit}”（${p.file}）`;
const enExhibit = (p: Params) => `Exhibit “${p.title || p.exhibit}” (${p.file})`;

const BACKUP_REASON_ZH: Record<string, string> = {
  unreadable: '无法读取该文件',
  'not-a-backup': '不是 CasePack 备份文件，或文件已损坏',
  'foreign-file': '其中含有 CasePack 备份不会有的文件',
  'no-database': '备份中没有数据库',
  'file-missing': '备份清单列出的文件缺失',
  'file-changed': '备份中的文件已被改动或损坏（校验值不符）',
  'unlisted-files': '其中含有清单未列出的文件',
  'database-damaged': '备份中的数据库已损坏',
};
const BACKUP_REASON_EN: Record<string, string> = {
  unreadable: 'the file cannot be read',
  'not-a-backup': 'it is not a CasePack backup, or it is damaged',
  'foreign-file': 'it holds a file a CasePack backup does not have',
  'no-database': 'it holds no database',
  'file-missing': 'a file its list names is missing',
  'file-changed': 'a file in it has been changed or damaged (its checksum does not match)',
  'unlisted-files': 'it holds files its list does not name',
  'database-damaged': 'its database is damaged',
};

/** What a template's required field is called on screen (core names them by their path in the letter data). */
const TEMPLATE_FIELDS: Record<string, Record<Language, string>> = {
  'filing.court': { zh: '受理法院', en: 'the court' },
  'filing.caseTypeName': { zh: '案由（案件类型）', en: 'the type of case' },
  'filing.courtBasisText': { zh: '管辖依据', en: 'why the court may hear the case' },
  'filing.preservation.security': { zh: '保全的担保方式', en: 'the security offered for the preservation' },
  'judgment.caseNumber': { zh: '生效法律文书的案号', en: 'the case number of the judgment' },
  'creditor.representative': { zh: '债权人的法定代表人', en: "the creditor's legal representative" },
  'firm.name': { zh: '律师事务所名称', en: 'the law firm' },
  'lawyer.name': { zh: '律师姓名', en: 'the lawyer' },
  'lawyer.licenseNo': { zh: '律师执业证号', en: "the lawyer's licence number" },
  letterNo: { zh: '函号', en: 'the letter reference' },
};

function templateFieldLabels(fields: string | number | undefined, language: Language): string {
  const labels = String(fields ?? '')
    .split(',')
    .map((field) => TEMPLATE_FIELDS[field]?.[language])
    .filter(Boolean);
  return labels.join(language === 'zh' ? '、' : ', ');
}

const zh: ErrorTable = {
  ...importErrorsZh,
  ...filingsErrorsZh,
  ...logErrorsZh,
  ...entriesErrorsZh,
  ...ratesErrorsZh,
  ...outputsErrorsZh,
  ...lettersErrorsZh,
  ...judgmentHeldErrorsZh,
  ...desktopFileErrorsZh,
  'exhibit-over-limit': (p) => {
    const what = LIMIT_ZH[p.limit!] ?? LIMIT_ZH.maxPages!;
    const has = p.value === undefined ? `超过 ${what(zhNumber(p.max))}` : what(zhNumber(p.value));
    return `${zhExhibit(p)}超出限制：有 ${has}，上限为 ${zhNumber(p.max)}。请拆分该文件，或以较低分辨率重新扫描。`;
  },
  'exhibit-refused': (p) => `${zhExhibit(p)}：${EXHIBIT_REASON_ZH[p.reason!] ?? EXHIBIT_REASON_ZH.damaged}。`,
  'exhibits-refused': (p) => `有 ${p.count} 份证据无法使用：`,
  'stored-file-changed': (p) => `一个已存储的文件在添加后被改动过（${p.sha256}…），不会再使用它；请从备份恢复。`,
  'database-busy': () => '数据库正被另一个 CasePack 写入，请等它完成后再试。',
  'case-file-outside-folder': (p) =>
    `${p.file} 引用的“${p.path}”在案件文件夹之外；请把该文件复制到案件文件夹内，再从那里引用。${zhMore(p)}`,
  'case-file-missing': (p) => `${p.file} 引用的“${p.path}”在文件夹中找不到。${zhMore(p)}`,
  'case-not-a-file': (p) => `${p.file} 引用的“${p.path}”不是普通文件。${zhMore(p)}`,
  'case-file-empty': (p) => `${p.file} 引用的“${p.path}”是空文件。${zhMore(p)}`,
  'case-file-encoding': (p) => `${p.file} 以 ${p.encoding} 编码保存，不是 UTF-8；请另存为 UTF-8 后重新导入。`,
  'case-file-json': (p) =>
    `${p.file} 不是有效的 JSON 文件：第 ${p.line} 行第 ${p.column} 列有误。请用文本编辑器改正，或从 CasePack 重新导出该案件。`,
  'case-folder-no-case-json': () => '所选文件夹的顶层没有 case.json；请选择含有 case.json 的案件文件夹。',
  'case-field': (p) => `${p.file ? `${p.file}：` : ''}${p.where}：${p.why}`,
  'invalid-input': (p) => (p.labels ? `以下内容不符合要求：${p.labels}。请修改后重试。` : '提交的内容不符合要求，请检查后重试。'),
  'bundle-job-gone': () => '这个生成任务已经结束，请重新生成。',
  'letters-job-gone': () => '这批函件的生成任务已经结束，请重新生成。',
  'backup-refused': (p) =>
    `备份文件“${p.file}”无法恢复：${BACKUP_REASON_ZH[p.reason!] ?? BACKUP_REASON_ZH['not-a-backup']}。未替换任何数据。`,
  'backup-transfer-gone': () => '这次备份传输已结束（已完成、已取消或闲置过久），请重新开始。',
  'restore-failed': (p) =>
    `恢复未完成：${RESTORE_FAILED_ZH[p.reason!] ?? RESTORE_FAILED_ZH.other}。现有数据保持原样，未替换任何内容。`,
  'app-unreachable': () => '无法连接 CasePack（程序可能已关闭），请重新打开后再试。',
  'revision.no-case': (p) => `没有编号为 ${p.caseId} 的案件。`,
  'revision.nothing-to-undo': () => '没有可撤销的修改：案件已是最初保存时的样子。',
  'revision.not-found': (p) => `此案件没有第 ${p.revision} 版。`,
  'guarantee-lapsed': (p) =>
    `保证人${p.guarantor}的保证期间已于 ${p.periodEnd} 届满（民法典第六百九十三条）：不能再向其发出催款函、律师函或确认书，其此时签字也不能恢复保证责任（担保制度解释第三十四条）。`,
  'mailed-letter-missing': (p) =>
    `邮件 ${p.mailing} 没有留存寄出的信件。请在邮寄记录中附上寄出的 PDF，或勾选“未留存寄出信件时重新生成”（每页将标明为重新生成件）。`,
  'mailed-letter-changed': (p) =>
    `邮件 ${p.mailing} 留存的信件（${p.file}）与寄出时记录的校验值不符，不是寄出的那一份；请重新附上寄出的 PDF。`,
  'template-missing-fields': (p) =>
    p.labels
      ? `生成这份文书还缺少：${p.labels}。请在案件或信函设置中填写后再试。`
      : '生成这份文书还缺少必填内容，请在案件或信函设置中填写后再试。',
  'certificate-needs-company': () => '法定代表人身份证明书只适用于单位债权人；本案债权人是自然人。',
  'letter-of-claim-needs-company': () =>
    '14 天催告函（letter of claim）只用于向公司发出；向个人或个体经营者催收应使用债务催收预诉议定书规定的 letter before claim。',
  'debt-protocol-needs-individual': () =>
    '债务催收预诉议定书（Pre-Action Protocol for Debt Claims）的 letter before claim 只用于向个人或个体经营者发出；向公司请改用 letter of claim。',
  'property-notice-needs-property-fee': () => '物业服务费催收通知书只用于物业服务费案件；本案是其他债务，请改用催款函或律师函。',
  'preservation.over-claim': (p) =>
    `保全数额 ${p.amount} 元超过诉讼请求 ${p.claimed} 元；财产保全限于请求的范围（民事诉讼法第一百零五条）。`,
  'judgment-not-in-force': (p) =>
    `执行依据于 ${p.effectiveOn} 才发生法律效力，晚于申请日 ${p.asOf}；只能依据已生效的法律文书申请执行（民事诉讼法第二百四十七条）。`,
};

const en: ErrorTable = {
  ...importErrorsEn,
  ...filingsErrorsEn,
  ...logErrorsEn,
  ...entriesErrorsEn,
  ...ratesErrorsEn,
  ...outputsErrorsEn,
  ...lettersErrorsEn,
  ...judgmentHeldErrorsEn,
  ...desktopFileErrorsEn,
  'exhibit-over-limit': (p) => {
    const what = LIMIT_EN[p.limit!] ?? LIMIT_EN.maxPages!;
    const has = p.value === undefined ? `more than ${what(enNumber(p.max))}` : what(enNumber(p.value));
    return `${enExhibit(p)} is over a limit: it has ${has}, over the limit of ${enNumber(p.max)}. Split the file, or scan it again at a lower resolution.`;
  },
  'exhibit-refused': (p) => `${enExhibit(p)}: ${EXHIBIT_REASON_EN[p.reason!] ?? EXHIBIT_REASON_EN.damaged}.`,
  'exhibits-refused': (p) => `${p.count} exhibits cannot be used:`,
  'stored-file-changed': (p) =>
    `A stored file has changed on disk since it was added (${p.sha256}…) and will not be used; restore it from a backup.`,
  'database-busy': () => 'The database is busy (another CasePack is writing to it); try again when it has finished.',
  'case-file-outside-folder': (p) =>
    `${p.file} names “${p.path}”, which is outside the case folder; copy the file into the folder and name it from there.${enMore(p)}`,
  'case-file-missing': (p) => `${p.file} names “${p.path}”, which is not in the folder.${enMore(p)}`,
  'case-not-a-file': (p) => `${p.file} names “${p.path}”, which is not a regular file.${enMore(p)}`,
  'case-file-empty': (p) => `${p.file} names “${p.path}”, which is empty.${enMore(p)}`,
  'case-file-encoding': (p) => `${p.file} is saved as ${p.encoding}, not UTF-8; save it again as UTF-8 and import it again.`,
  'case-file-json': (p) =>
    `${p.file} is not valid JSON: there is a mistake at line ${p.line}, column ${p.column}. Correct it in a text editor, or export the case from CasePack again.`,
  'case-folder-no-case-json': () => 'The chosen folder has no case.json at its top; choose the case folder that holds case.json.',
  'case-field': (p) => `${p.file ? `${p.file}: ` : ''}${p.where}: ${p.why}`,
  'invalid-input': (p) =>
    p.labels
      ? `Not accepted: ${p.labels}. Change it and try again.`
      : 'Something entered was not accepted; check it and try again.',
  'bundle-job-gone': () => 'That bundle job has ended; start it again.',
  'letters-job-gone': () => 'That batch of letters has ended; start it again.',
  'backup-refused': (p) =>
    `The backup “${p.file}” cannot be restored: ${BACKUP_REASON_EN[p.reason!] ?? BACKUP_REASON_EN['not-a-backup']}. Nothing was replaced.`,
  'backup-transfer-gone': () => 'That backup transfer has ended (finished, cancelled or idle too long); start again.',
  'restore-failed': (p) =>
    `The restore stopped: ${RESTORE_FAILED_EN[p.reason!] ?? RESTORE_FAILED_EN.other}. Your data is as it was; nothing was replaced.`,
  'app-unreachable': () => 'CasePack cannot be reached (it may have been closed); open it again and retry.',
  'revision.no-case': (p) => `There is no case number ${p.caseId}.`,
  'revision.nothing-to-undo': () => 'Nothing to undo: the case is as it was first stored.',
  'revision.not-found': (p) => `This case has no revision ${p.revision}.`,
  'guarantee-lapsed': (p) =>
    `The guarantee given by ${p.guarantor} ended on ${p.periodEnd} (Civil Code art. 693): no demand, lawyer's letter or acknowledgment may go to this guarantor, and a signature now would revive nothing (Guarantee Interpretation art. 34).`,
  'mailed-letter-missing': (p) =>
    `Mailing ${p.mailing} has no copy of the letter that was posted. Attach the PDF that was mailed to the mailing, or tick “Reconstruct a letter not kept” (every page is then marked as a reconstruction).`,
  'mailed-letter-changed': (p) =>
    `The letter kept for mailing ${p.mailing} (${p.file}) does not match the checksum recorded when it was posted, so it is not the copy mailed; attach the PDF that was posted.`,
  'template-missing-fields': (p) =>
    p.labels
      ? `This document still needs ${p.labels}. Fill them in on the case or in the letter settings and try again.`
      : 'This document still needs a required detail. Fill it in on the case or in the letter settings and try again.',
  'certificate-needs-company': () =>
    'A legal representative certificate is only for a creditor that is a company; this creditor is a person.',
  'letter-of-claim-needs-company': () =>
    'The 14-day letter of claim is for a company; for an individual or a sole trader use the letter before claim of the Pre-Action Protocol for Debt Claims.',
  'debt-protocol-needs-individual': () =>
    'The letter before claim of the Pre-Action Protocol for Debt Claims is for an individual or a sole trader; for a company use the letter of claim.',
  'property-notice-needs-property-fee': () =>
    "The property-fee notice is only for property service fees; this case is another kind of debt: use the demand letter or the lawyer's letter.",
  'preservation.over-claim': (p) =>
    `The amount to preserve (${p.amount}) is more than what is claimed (${p.claimed}); a preservation is limited to the claim (Civil Procedure Law art. 105).`,
  'judgment-not-in-force': (p) =>
    `The judgment takes effect on ${p.effectiveOn}, after the application's date ${p.asOf}; enforcement can only rest on a judgment in force (Civil Procedure Law art. 247).`,
};

const TABLES: Record<Language, ErrorTable> = { zh, en };

function zhMore(p: Params): string {
  return Number(p.more) > 0 ? `另有 ${p.more} 处问题。` : '';
}
function enMore(p: Params): string {
  return Number(p.more) > 0 ? ` ${p.more} more problem(s).` : '';
}

/**
 * The interface's own labels of the fields an API call refused (`firm.name` → 律师事务所名称), so that no JSON
 * path reaches the screen; a field with no label is left out.
 */
function fieldLabels(fields: string | number | undefined, language: Language): string {
  const labels = String(fields ?? '')
    .split(',')
    .filter(Boolean)
    .map((field) => {
      const parts = field.split(/[.[\]]/).filter((x) => x && !/^\d+$/.test(x));
      const joined = parts.map((x, i) => (i === 0 ? x : x[0]!.toUpperCase() + x.slice(1))).join('');
      const key = [joined, parts.at(-1)].find((k): k is MessageKey => !!k && Object.hasOwn(MESSAGES[language], k));
      return key && MESSAGES[language][key];
    });
  return [...new Set(labels.filter(Boolean))].join(language === 'zh' ? '、' : ', ');
}

/**
 * A refused field of a case file as the editor labels it (`claims[0].amount` → 欠款 第 1 项 · 金额) and why, in
 * the editor's words for the reason's code; a field the case file spells wrongly is quoted as written.
 */
function caseFieldWords(params: Params, language: Language): Params {
  const t = (key: MessageKey) => MESSAGES[language][key];
  const path = String(params.field ?? '');
  const unknown = params.reason === 'unknown-field' ? path.match(/([^.[\]]+)$/)?.[1] : undefined;
  const where = fieldName(path, t) + (unknown ? ` “${unknown}”` : '');
  const reason = `err.${String(params.reason)}`;
  const why = fill(Object.hasOwn(MESSAGES[language], reason) ? t(reason as MessageKey) : t('err.invalid'), params);
  return { ...params, where, why };
}

/**
 * An error as the interface says it: from its code and parameters in the interface's language, or, for an
 * error that has no code (yet), core's own English message.
 */
export function errorText(error: ApiErrorPayload, language: Language): string {
  // An error naming several problems (every bad exhibit of a bundle): a heading, then one line each.
  if (error.code && error.details?.length)
    return [
      TABLES[language][error.code]?.(error.params ?? {}),
      ...error.details.map((d) => errorText({ name: error.name, message: error.message, ...d }, language)),
    ]
      .filter(Boolean)
      .join('\n');
  const render = error.code ? TABLES[language][error.code] : undefined;
  if (!render) return error.message;
  const params = error.params ?? {};
  if (error.code === 'invalid-input') return render({ ...params, labels: fieldLabels(params.fields, language) });
  if (error.code === 'case-field') return render(caseFieldWords(params, language));
  if (error.code === 'template-missing-fields')
    return render({ ...params, labels: templateFieldLabels(params.fields, language) });
  return render(params);
}
