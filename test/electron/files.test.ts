import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { errorText } from '../../renderer/src/i18n/error-messages.js';
import { useTempDir } from '../support/temp-dir.js';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const electron = vi.hoisted(() => ({
  channels: new Map<string, Listener>(),
  window: {} as object,
  savePath: '',
  openFailure: '',
}));

vi.mock('electron', () => ({
  ipcMain: {
    removeHandler: (channel: string) => electron.channels.delete(channel),
    handle: (channel: string, listener: Listener) => electron.channels.set(channel, listener),
  },
  BrowserWindow: { fromWebContents: (sender: unknown) => sender },
  dialog: { showSaveDialog: async () => ({ canceled: false, filePath: electron.savePath }) },
  shell: { openPath: async () => electron.openFailure, showItemInFolder: () => undefined },
}));

const { setupFiles } = await import('../../electron/files.js');
const tempDir = useTempDir();
const call = (channel: string, ...args: unknown[]) =>
  electron.channels.get(channel)!({ sender: electron.window, senderFrame: { parent: null } }, ...args);

describe('the desktop shell’s file channels', () => {
  beforeEach(() =>
    setupFiles(
      () => electron.window as never,
      () => tempDir(),
    ),
  );

  it('answers a code and the file’s name, never the system’s English, a path or a thrown error', async () => {
    const dir = tempDir();
    electron.savePath = join(dir, '2026-11-25 律师函 杭州明禾建材贸易.pdf');
    expect(await call('files:save', 'letter.pdf', Buffer.from('%PDF-1.7').toString('base64'))).toEqual({
      path: electron.savePath,
    });
    expect(await call('files:open', electron.savePath)).toBeNull();
    expect(await call('files:show', electron.savePath)).toBeNull();

    electron.openFailure = 'Failed to open path: no application is associated with this file type';
    expect(await call('files:open', electron.savePath)).toEqual({
      failed: 'open-failed',
      file: '2026-11-25 律师函 杭州明禾建材贸易.pdf',
    });
    rmSync(electron.savePath);
    for (const channel of ['files:open', 'files:show', 'files:print'])
      expect(await call(channel, electron.savePath)).toEqual({
        failed: 'file-missing',
        file: '2026-11-25 律师函 杭州明禾建材贸易.pdf',
      });
    // A path this window did not save is refused, whatever is there.
    const other = join(dir, 'other.pdf');
    writeFileSync(other, '%PDF-1.7');
    expect(await call('files:open', other)).toEqual({ failed: 'not-saved-here', file: 'other.pdf' });
    // Bytes that cannot be written (the folder is gone): a code, the name only.
    electron.savePath = join(dir, 'gone', 'letter.pdf');
    expect(await call('files:save', 'letter.pdf', 'AAAA')).toEqual({ failed: 'save-failed', file: 'letter.pdf' });
    // A call from another frame or window.
    const foreign = await electron.channels.get('files:open')!({ sender: {}, senderFrame: { parent: null } }, other);
    expect(foreign).toEqual({ failed: 'wrong-window', file: 'other.pdf' });
  });

  it('is worded by the interface in its own language', () => {
    const error = {
      name: 'DesktopFileError',
      message: 'open-failed: a.pdf',
      code: 'desktop-open-failed',
      params: { file: 'a.pdf' },
    };
    expect(errorText(error, 'zh')).toBe('无法打开“a.pdf”：系统没有可打开此类文件的程序，或程序拒绝打开。');
    expect(errorText(error, 'en')).toBe(
      '“a.pdf” could not be opened: no program on this computer opens it, or the program refused.',
    );
  });
});
