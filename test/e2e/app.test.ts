import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { getCase } from '../../core/store/read-cases.js';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchChromium } from '../support/browser.js';
import { EXAMPLE_CASES } from '../support/examples.js';
import { useTempDir } from '../support/temp-dir.js';

const SHOTS = join(PROJECT_ROOT, 'test-artifacts', 'screenshots');
const tempDir = useTempDir();
let browser: Browser;
let server: AppServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  server = await startAppServer(mkdtempSync(join(tmpdir(), 'casepack-e2e-')), EXAMPLE_CASES);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** Errors the page reported (script errors, console errors): every test ends by checking there were none. */
const pageErrors: string[] = [];

async function open(path: string, lang: 'zh' | 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(`${server.url}?lang=${lang}${path}`);
  return page;
}

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

describe('the app in Chromium, through the web bridge', () => {
  it('lists the example cases with what is owed, in Chinese and in English', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await open('#/', lang);
      await page.locator('table.cases tbody tr').first().waitFor();
      expect(await page.locator('table.cases tbody tr').count()).toBe(EXAMPLE_CASES.length);
      await expect.poll(() => page.locator('table.cases').innerText()).toContain('杭州明禾建材贸易有限公司');
      await page.screenshot({ path: join(SHOTS, `cases-${lang}.png`), fullPage: true });

      await page.getByRole('searchbox').fill('Okafor');
      expect(await page.locator('table.cases tbody tr').count()).toBe(1);
      await page.close();
    }
  });

  it('shows a case with its live statement and limitation', async () => {
    const id = 3; // examples import in folder order: en-gb, property fee, sale of goods
    expect(getCase(server.store, id).data.title).toContain('澄川机电');
    for (const lang of ['zh', 'en'] as const) {
      const page = await open(`#/case/${id}`, lang);
      await page.locator('table.statement').waitFor();
      const text = await page.locator('.case').innerText();
      expect(text).toContain('CC-2024-0312');
      expect(text).toMatch(/元/); // the total in words (人民币大写)
      await page.screenshot({ path: join(SHOTS, `case-${lang}.png`), fullPage: true });
      await page.close();
    }
  });

  it('creates a case by hand and adds two evidence files', async () => {
    const page = await open('#/', 'zh');
    await page.getByRole('button', { name: '新建案件' }).click();
    await page.locator('input[name=title]').fill('测试公司诉某某欠款');
    await page.locator('input[name=creditor]').fill('测试债权人有限公司');
    await page.locator('input[name=debtor]').fill('测试债务人有限公司');
    await page.locator('input[name=contract]').fill('HT-2026-001');
    await page.locator('input[name=description]').fill('货款');
    await page.locator('input[name=amount]').fill('12345.67');
    await page.locator('input[name=dueDate]').fill('2026-06-30');
    await page.screenshot({ path: join(SHOTS, 'new-case-zh.png'), fullPage: true });
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/#\/case\/\d+$/);
    const id = Number(/case\/(\d+)$/.exec(page.url())![1]);

    const files = [
      { name: '合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
      {
        name: 'receipt.png',
        mimeType: 'image/png',
        buffer: Buffer.from(
          '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
          'hex',
        ),
      },
    ];
    for (const [i, file] of files.entries()) {
      await page.getByLabel('添加证据文件').setInputFiles(file);
      await page.locator('input[name=purpose]').fill(`证明目的${i + 1}`);
      await page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.locator('table.evidence tbody tr').count()).toBe(i + 1);
    }
    await page.screenshot({ path: join(SHOTS, 'case-new-evidence-zh.png'), fullPage: true });

    const stored = getCase(server.store, id);
    expect(stored.data.evidence.map((e) => [e.title, e.purpose, e.file])).toEqual([
      ['合同', '证明目的1', 'evidence/合同.pdf'],
      ['receipt', '证明目的2', 'evidence/receipt.png'],
    ]);
    expect(stored.files.map((f) => f.path)).toEqual(['evidence/合同.pdf', 'evidence/receipt.png']);
    await page.close();
  });

  it('previews and exports a demand letter, then exports the evidence bundle', async () => {
    const page = await open('#/case/3', 'zh');
    await page.getByLabel('模板').selectOption('demand-letter');
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).toBe('2');
    expect(await page.locator('.findings').innerText()).toContain('未发现违规措辞');
    await page.screenshot({ path: join(SHOTS, 'documents-zh.png'), fullPage: true });

    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    const letterPath = join(tempDir(), letter.suggestedFilename());
    await letter.saveAs(letterPath);
    const letterText = pdfText(letterPath);
    expect(letterText).toContain('杭州明禾建材贸易有限公司');
    expect(letterText).toContain('CC-2024-0312');

    const [bundle] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: '导出证据材料' }).click(),
    ]);
    const bundlePath = join(tempDir(), bundle.suggestedFilename());
    await bundle.saveAs(bundlePath);
    const evidence = getCase(server.store, 3).data.evidence;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [bundlePath], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(evidence.length + 1);
    const bundleText = pdfText(bundlePath);
    expect(bundleText).toContain('证据目录');
    for (const e of evidence) expect(bundleText).toContain(e.title);
    expect(bundleText.replace(/\s+/g, '')).toContain(`第${pages}页共${pages}页`);
    await expect.poll(() => page.locator('.bundles .ok').innerText()).toContain(`${pages}`);
    await page.screenshot({ path: join(SHOTS, 'bundles-zh.png'), fullPage: true });
    await page.close();
  });
});

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
