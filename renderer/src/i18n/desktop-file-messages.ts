type Params = Record<string, string | number>;

/** The desktop shell's failures with an exported file (core/api/desktop-files.ts), in Chinese and English. */
export const desktopFileErrorsZh = {
  'desktop-save-failed': (p: Params) => `无法保存“${p.file}”：请换一个文件夹，或检查是否有写入权限。`,
  'desktop-file-missing': (p: Params) => `找不到“${p.file}”：它已被移动、改名或删除。请重新导出。`,
  'desktop-not-saved-here': (p: Params) => `只能打开本次由 CasePack 保存的文件。请重新导出“${p.file}”。`,
  'desktop-open-failed': (p: Params) => `无法打开“${p.file}”：系统没有可打开此类文件的程序，或程序拒绝打开。`,
  'desktop-print-failed': (p: Params) => `无法打印“${p.file}”：请检查打印机，或先打开文件再从查看器中打印。`,
  'desktop-wrong-window': () => '此操作只能在 CasePack 的主窗口中进行。',
};

export const desktopFileErrorsEn: Record<keyof typeof desktopFileErrorsZh, (p: Params) => string> = {
  'desktop-save-failed': (p) => `“${p.file}” could not be saved: choose another folder, or check that you may write there.`,
  'desktop-file-missing': (p) => `“${p.file}” is not there any more: it was moved, renamed or deleted. Export it again.`,
  'desktop-not-saved-here': (p) => `Only files CasePack saved in this session can be opened. Export “${p.file}” again.`,
  'desktop-open-failed': (p) => `“${p.file}” could not be opened: no program on this computer opens it, or the program refused.`,
  'desktop-print-failed': (p) =>
    `“${p.file}” could not be printed: check the printer, or open the file and print from the viewer.`,
  'desktop-wrong-window': () => 'This can only be done in the CasePack main window.',
};
