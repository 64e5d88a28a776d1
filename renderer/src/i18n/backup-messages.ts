/** The Settings screen's backup and restore, in Chinese and English (merged into `MESSAGES`). */
export const backupZh = {
  backupAndRestore: '备份与恢复',
  backupHint: '备份文件包含全部案件、设置和已存储的证据文件，并附每个文件的校验值。',
  backUp: '备份',
  backingUp: '正在备份…',
  backedUp: '已备份：{file}',
  restoreFrom: '从备份恢复…',
  checkingBackup: '正在校验备份…',
  restoreAsk:
    '备份“{file}”（{createdAt}）已校验无误，含 {cases} 个案件、{files} 个存储文件。恢复将替换当前的 {current} 个案件；当前数据库会另存一份，不会删除。',
  restoreConfirm: '确认恢复',
  restoring: '正在恢复…',
  'backupProgress.starting': '正在准备…',
  'backupProgress.read': '正在计算校验值：{done} / {total} 个文件',
  'backupProgress.copy': '正在复制文件：{done} / {total}',
  'backupProgress.save': '正在保存备份文件：{percent}%',
  'backupProgress.upload': '正在读取备份文件：{percent}%',
  'backupProgress.check': '正在核对备份中的文件：{done} / {total}',
} as const;

export const backupEn: Record<keyof typeof backupZh, string> = {
  backupAndRestore: 'Backup and restore',
  backupHint: 'A backup holds every case, the settings and every stored evidence file, with a checksum of each.',
  backUp: 'Back up',
  backingUp: 'Backing up…',
  backedUp: 'Backed up: {file}',
  restoreFrom: 'Restore from a backup…',
  checkingBackup: 'Checking the backup…',
  restoreAsk:
    'The backup “{file}” ({createdAt}) checks out: {cases} case(s), {files} stored file(s). Restoring replaces the {current} case(s) in CasePack now; the current database is kept aside, not deleted.',
  restoreConfirm: 'Restore',
  restoring: 'Restoring…',
  'backupProgress.starting': 'Getting ready…',
  'backupProgress.read': 'Checksumming files: {done} / {total}',
  'backupProgress.copy': 'Copying files: {done} / {total}',
  'backupProgress.save': 'Saving the backup file: {percent}%',
  'backupProgress.upload': 'Reading the backup file: {percent}%',
  'backupProgress.check': 'Checking the files in the backup: {done} / {total}',
};
