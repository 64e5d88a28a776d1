import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiContext } from '../core/api/context.js';
import { CONTENT_SECURITY_POLICY } from '../core/api/content-security-policy.js';
import { PROJECT_ROOT } from '../core/project-root.js';
import { openStore } from '../core/store/open.js';
import { sweepOwnTemps } from '../core/util/own-temp.js';
import { setupFiles } from './files.js';
import { setupIpc } from './ipc.js';

let mainWindow: BrowserWindow | undefined;

/**
 * The desktop shell: one locked-down window over the renderer. No Node in the page, no navigation away,
 * no new windows; http(s) links open in the system browser.
 */
function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'CasePack',
    webPreferences: {
      preload: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
      // Checked by test/security/electron-window.test.ts and by electronegativity, both reading this literal.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would open a link in a new window without passing setWindowOpenHandler's check.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadFile(join(PROJECT_ROOT, 'renderer', 'dist', 'index.html'));
  return window;
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => mainWindow?.focus());
  app.on('web-contents-created', (_event, contents) => contents.on('will-attach-webview', (event) => event.preventDefault()));
  void app.whenReady().then(() => {
    const store = openStore(join(app.getPath('userData'), 'casepack.db'));
    app.on('will-quit', () => store.close());
    // Temporary case folders a crashed CasePack left behind hold ID and phone numbers.
    void sweepOwnTemps('folders');
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
    );
    setupIpc(apiContext(store), () => mainWindow);
    setupFiles(
      () => mainWindow,
      () => app.getPath('documents'),
    );
    mainWindow = createWindow();
  });
  app.on('window-all-closed', () => app.quit());
}
