import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';
import type { Store } from '../../core/store/open.js';
import { startAppServer, type AppServer } from './app-server.js';
import { launchChromium } from '../../scripts/chromium.js';
import { EXAMPLE_CASES } from './examples.js';
import { lacksTools } from './system-tools.js';

export { pageCount as pdfPages, pdfText } from './pdf-tools.js';

export const SHOTS = join(PROJECT_ROOT, 'test-artifacts', 'screenshots');

/** The screenshots folder of one area of the app (desk, editor, filings …), made if missing. */
export function shotsFolder(area: string): string {
  const folder = join(SHOTS, area);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * One Chromium and one web bridge over the bundled examples for a test file. Each test ends by checking that
 * no page reported a script or console error. `missing` is true where Chromium or poppler is not installed
 * outside CI (use it in `describe.skipIf`); under CI a missing one fails the file, naming its package.
 */
export function useApp(): { missing: boolean; server(): AppServer; open(path: string, lang: 'zh' | 'en'): Promise<Page> } {
  const missing = lacksTools('the app tests in Chromium', 'chromium', 'pdftotext', 'pdfinfo');
  let browser: Browser;
  let server: AppServer;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    if (missing) return;
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    server = await startAppServer(mkdtempSync(join(tmpdir(), 'casepack-e2e-')), EXAMPLE_CASES);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  return {
    missing,
    server: () => server,
    async open(path, lang) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text() + ' ' + m.location().url));
      await page.goto(appAddress(server.url, lang, path));
      return page;
    },
  };
}

/** A bundled example's id in this database, found by its contract number (examples may be added or reordered). */
export function caseIdByContract(store: Store, contractNumber: string): number {
  const row = store.db.prepare('SELECT id FROM cases WHERE contract_number = ?').get(contractNumber) as
    { id: number } | undefined;
  if (!row) throw new Error(`no example case with contract number ${contractNumber}`);
  return row.id;
}

/** The bridge's printed address (which carries its token) with the interface language and a screen's hash. */
export function appAddress(bridgeUrl: string, lang: 'zh' | 'en', hash: string): string {
  const address = new URL(bridgeUrl);
  address.searchParams.set('lang', lang);
  address.hash = hash;
  return address.href;
}
