/**
 * What the desktop shell does with a file the app exported: save it where the user chooses, then open it,
 * show it in its folder or print it. The preload exposes it as `window.casepackFiles` (electron/files.ts);
 * the browser build has none and downloads instead. A path is only ever one this window saved.
 */
export interface DesktopFiles {
  /** The save dialog, then the bytes written; `null` when the user cancels. */
  save(fileName: string, base64: string): Promise<{ path: string } | null>;
  open(path: string): Promise<void>;
  show(path: string): Promise<void>;
  print(path: string): Promise<void>;
}
