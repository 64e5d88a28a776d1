/** Why the desktop shell could not do what was asked with a file: a code, worded by the interface in its language. */
export type DesktopFileProblem =
  'save-failed' | 'file-missing' | 'not-saved-here' | 'open-failed' | 'print-failed' | 'wrong-window';

/** A failure of the desktop shell with a file: what went wrong, and the file's name (never its folder). */
export interface DesktopFileFailure {
  failed: DesktopFileProblem;
  file: string;
}

/**
 * What the desktop shell does with a file the app exported: save it where the user chooses, then open it,
 * show it in its folder or print it. The preload exposes it as `window.casepackFiles` (electron/files.ts);
 * the browser build has none and downloads instead. A path is only ever one this window saved. Nothing is
 * thrown across the bridge: a failure comes back as a code for the interface to word.
 */
export interface DesktopFiles {
  /** The save dialog, then the bytes written; `null` when the user cancels. */
  save(fileName: string, base64: string): Promise<{ path: string } | DesktopFileFailure | null>;
  /** Each `null` once done. */
  open(path: string): Promise<DesktopFileFailure | null>;
  show(path: string): Promise<DesktopFileFailure | null>;
  print(path: string): Promise<DesktopFileFailure | null>;
}
