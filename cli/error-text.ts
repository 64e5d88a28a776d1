import type { ErrorParams } from '../core/errors.js';
import type { Language } from '../core/util/language.js';
import { judgmentHeldText, suitJudgmentHeldText } from './judgment-held-text.js';

type Render = (p: ErrorParams) => string;

/** Why an evidence file is refused, for a Chinese reader (the English line keeps core's detail). */
const EXHIBIT_REASON_ZH: Record<string, string> = {
  missing: '无法读取该文件，请检查案件文件中的路径',
  empty: '是空文件',
  'not-pdf-or-image': '既不是 PDF 也不是图片；请使用 PDF、JPEG、PNG、TIFF、WebP 或 GIF 文件',
  'needs-password': 'PDF 需要密码才能打开；请索取未加密的副本，或打开后打印为新的 PDF',
  encrypted: 'PDF 已加密，无法在此解除；请打开后打印为新的 PDF 再使用',
  damaged: 'PDF 文件已损坏或不完整；请重新获取一份，或打开后打印为新的 PDF',
  'unreadable-image': '图片无法读取；请打开后另存为 JPEG 或 PNG',
};

const LIMIT_ZH: Record<string, (n: string) => string> = {
  maxPages: (n) => `${n} 页`,
  maxStreamBytes: (n) => `单个数据块解压后 ${n} 字节`,
  maxImagePixels: (n) => `单张图像 ${n} 像素`,
  maxObjects: (n) => `${n} 个 PDF 对象`,
};

/** Why an output folder cannot be used (core's OutputFolderError), naming the folder and what stands in the way. */
const OUTPUT_FOLDER: Record<Language, Record<string, Render>> = {
  zh: {
    'not-a-folder': (p) => `无法写入 ${p.folder}：${p.blocker} 是文件，不是文件夹；请另选一个文件夹。`,
    'cannot-create': (p) => `无法创建文件夹 ${p.folder}：该位置不能新建文件夹；请另选一个文件夹。`,
    'no-permission': (p) => `无法写入 ${p.folder}：没有在该处新建或写入文件的权限；请另选一个文件夹。`,
  },
  en: {
    'not-a-folder': (p) => `cannot write to ${p.folder}: ${p.blocker} is a file, not a folder; choose another folder`,
    'cannot-create': (p) => `cannot create the folder ${p.folder}: this place does not take new folders; choose another folder`,
    'no-permission': (p) => `cannot write to ${p.folder}: no permission to create or write files there; choose another folder`,
  },
};
const outputFolder = (language: Language) => (p: ErrorParams) =>
  (OUTPUT_FOLDER[language][p.reason!] ?? OUTPUT_FOLDER[language]['cannot-create']!)(p);

const READ_FAILURE_ZH: Record<string, string> = {
  missing: '没有这个文件',
  'no-permission': '没有读取它的权限',
  'is-folder': '这是文件夹，不是文件',
  'path-not-folder': '路径中有一部分是文件而不是文件夹',
  'not-a-file': '这不是普通文件（是设备、管道或链接）',
  unreadable: '无法读取',
};

/** Why a backup is not restored (core's BadBackupError), for a Chinese reader. */
const BACKUP_REASON_ZH: Record<string, string> = {
  unreadable: '无法读取该文件（请检查路径）',
  'not-a-backup': '不是 CasePack 备份文件，或文件已损坏',
  'foreign-file': '其中含有 CasePack 备份不会有的文件',
  'no-database': '备份中没有数据库',
  'file-missing': '备份清单列出的文件缺失',
  'file-changed': '备份中的文件已被改动或损坏（校验值不符）',
  'unlisted-files': '其中含有清单未列出的文件',
  'database-damaged': '备份中的数据库已损坏',
};

const zhNumber = (n: string | number | undefined) => Number(n).toLocaleString('zh-CN');
const zhExhibit = (p: ErrorParams) => `证据“${p.title || p.exhibit}”（${p.file}）`;
const enExhibit = (p: ErrorParams) => `evidence ${p.exhibit}${p.title ? ` “${p.title}”` : ''} (${p.file})`;

const TABLES: Record<Language, Record<string, Render>> = {
  zh: {
    'exhibit-refused': (p) => `${zhExhibit(p)}：${EXHIBIT_REASON_ZH[p.reason!] ?? EXHIBIT_REASON_ZH.damaged}。`,
    'exhibit-over-limit': (p) => {
      const what = LIMIT_ZH[p.limit!] ?? LIMIT_ZH.maxPages!;
      const has = p.value === undefined ? `超过 ${what(zhNumber(p.max))}` : what(zhNumber(p.value));
      return `${zhExhibit(p)}超出限制：有 ${has}，上限为 ${zhNumber(p.max)}；请拆分该文件，或以较低分辨率重新扫描。`;
    },
    'output-folder': outputFolder('zh'),
    'file-unreadable': (p) => `无法读取 ${p.file}：${READ_FAILURE_ZH[p.reason!] ?? READ_FAILURE_ZH.unreadable}。`,
    'backup-refused': (p) =>
      `无法恢复备份 ${p.file}：${BACKUP_REASON_ZH[p.reason!] ?? BACKUP_REASON_ZH['not-a-backup']}。未替换任何数据。`,
    'lint-not-text': (p) =>
      `${p.file} ${p.kind === 'pdf' ? '是 PDF 文件' : '不是文本文件'}：措辞检查只读取文本（.txt，UTF-8）、DOCX 或模板；请把信函另存为其中一种再检查。`,
    'text-encoding': (p) => `${p.file} 以 ${p.encoding} 编码保存，不是 UTF-8；请另存为 UTF-8 后再检查。`,
    'case-file-encoding': (p) => `${p.file} 以 ${p.encoding} 编码保存，不是 UTF-8；请另存为 UTF-8 后重试。`,
    'case-file-json': (p) => `${p.file} 不是有效的 JSON 文件：第 ${p.line} 行第 ${p.column} 列有误；请用文本编辑器改正后重试。`,
    'database-missing': (p) => `没有找到数据库 ${p.file}：请检查 --db 的路径（casepack import 会新建数据库）。`,
    'revision.no-case': (p) => `没有编号为 ${p.caseId} 的案件（见 casepack list）。`,
    'revision.nothing-to-undo': (p) => `案件 ${p.caseId}：没有可撤销的修改（案件仍是最初保存时的样子）。`,
    'revision.not-found': (p) => `案件 ${p.caseId} 没有第 ${p.revision} 版（见 casepack history ${p.caseId}）。`,
    'letter.judgment-held': (p) => judgmentHeldText(p, 'zh'),
    'filing.judgment-held': (p) => suitJudgmentHeldText(p, 'zh'),
  },
  en: {
    'exhibit-refused': (p) => `${enExhibit(p)}: ${p.detail}`,
    'exhibit-over-limit': (p) => `${enExhibit(p)}: ${p.detail}`,
    'output-folder': outputFolder('en'),
    'letter.judgment-held': (p) => judgmentHeldText(p, 'en'),
    'filing.judgment-held': (p) => suitJudgmentHeldText(p, 'en'),
  },
};

/**
 * The lines the CLI prints for an error with a code it words (one per problem where the error names several),
 * in `language`; undefined for an error it leaves to core's own English message.
 */
export function errorLines(error: object, language: Language): string[] | undefined {
  const { code, params, details: list } = error as { code?: unknown; params?: unknown; details?: unknown };
  const details = Array.isArray(list) ? (list as { code: string; params: ErrorParams }[]) : undefined;
  if (details) {
    const lines = details.map((d) => TABLES[language][d.code]?.(d.params));
    return lines.every((l): l is string => l !== undefined) ? lines : undefined;
  }
  if (typeof code !== 'string') return undefined;
  const render = TABLES[language][code];
  return render && [render((params ?? {}) as ErrorParams)];
}
