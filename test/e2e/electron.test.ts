import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';

/** The Electron binary's path, or why there is none (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). */
function electronBinary(): { path?: string; why?: string } {
  try {
    return { path: createRequire(import.meta.url)('electron') as string };
  } catch (error) {
    return { why: (error as Error).message.split('\n')[0] };
  }
}

const binary = electronBinary();
if (!binary.path) console.log(`SKIP electron app test: no Electron binary on this machine (${binary.why})`);

describe('the desktop app', () => {
  it.skipIf(!binary.path)('opens a sandboxed window that lists cases through IPC', async () => {
    const app = await _electron.launch({
      executablePath: binary.path!,
      args: [PROJECT_ROOT],
      env: { ...process.env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'casepack-electron-')) },
    });
    const page = await app.firstWindow();
    await page.locator('.toolbar').waitFor();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { casepack?: { send?: unknown } }).casepack?.send)).toBe('function');
    await page.screenshot({ path: join(PROJECT_ROOT, 'test-artifacts', 'screenshots', 'electron-cases.png') });
    await app.close();
  });
});
