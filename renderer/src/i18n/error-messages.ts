import type { ApiErrorPayload } from '../../../core/api/public-api.js';
import type { Language } from './messages.js';

type Params = Record<string, string | number>;
/** One sentence per error code, written from the error's parameters. */
type ErrorTable = Record<string, (p: Params) => string>;

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

const zh: ErrorTable = {
  'backup-refused': (p) =>
    `备份文件“${p.file}”无法恢复：${BACKUP_REASON_ZH[p.reason!] ?? BACKUP_REASON_ZH['not-a-backup']}。未替换任何数据。`,
  'backup-transfer-gone': () => '这次备份传输已结束（已完成、已取消或闲置过久），请重新开始。',
  'app-unreachable': () => '无法连接 CasePack（程序可能已关闭），请重新打开后再试。',
};

const en: ErrorTable = {
  'backup-refused': (p) =>
    `The backup “${p.file}” cannot be restored: ${BACKUP_REASON_EN[p.reason!] ?? BACKUP_REASON_EN['not-a-backup']}. Nothing was replaced.`,
  'backup-transfer-gone': () => 'That backup transfer has ended (finished, cancelled or idle too long); start again.',
  'app-unreachable': () => 'CasePack cannot be reached (it may have been closed); open it again and retry.',
};

const TABLES: Record<Language, ErrorTable> = { zh, en };

/**
 * An error as the interface says it: from its code and parameters in the interface's language, or, for an
 * error that has no code (yet), core's own English message.
 */
export function errorText(error: ApiErrorPayload, language: Language): string {
  const render = error.code ? TABLES[language][error.code] : undefined;
  return render ? render(error.params ?? {}) : error.message;
}
