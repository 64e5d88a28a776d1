import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { appAddress, SHOTS } from '../support/app-page.js';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { lacksTools } from '../support/system-tools.js';

// A data folder with no case at all, as on the first start.
const app = { missing: lacksTools('the app tests in Chromium', 'chromium') };
let browser: Browser;
let server: AppServer;
let dataDir: string;
beforeAll(async () => {
  if (app.missing) return;
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  dataDir = mkdtempSync(join(tmpdir(), 'casepack-e2e-'));
  server = await startAppServer(dataDir, []);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(app.missing)('the empty desk', () => {
  it('says there are no cases yet and leads to a new case or a batch import, in Chinese and English', async () => {
    const words = {
      zh: {
        line: '还没有案件。从这里开始： 新建案件 · 批量导入（CSV 或 Excel）',
        create: '新建案件',
        batch: '批量导入（CSV 或 Excel）',
        import: '批量导入欠款表',
      },
      en: {
        line: 'No cases yet. Start here: New case · Import a batch (CSV or Excel)',
        create: 'New case',
        batch: 'Import a batch (CSV or Excel)',
        import: 'Import a table of debts',
      },
    } as const;
    for (const lang of ['zh', 'en'] as const) {
      const w = words[lang];
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(appAddress(server.url, lang, '#/desk'));
      const start = page.locator('.desk-start');
      await start.waitFor();
      expect((await start.innerText()).trim()).toBe(w.line);
      await page.screenshot({ path: join(SHOTS, `desk-empty-${lang}.png`), fullPage: true });

      await start.getByRole('link', { name: w.create }).click();
      await page.waitForURL(/#\/new$/);
      // The new-case form is open at once: its save button is there.
      await page.locator('main form.case-editor').waitFor();
      await page.goBack();
      await page.locator('.desk-start').getByRole('link', { name: w.batch }).click();
      await page.waitForURL(/#\/import$/);
      await expect.poll(() => page.locator('main h2').first().innerText()).toBe(w.import);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
