import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdBundleJobsAt } from '../../core/api/bundle-jobs.js';
import { callApi } from '../../core/api/handlers.js';
import { caseIdByContract, pdfPages, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('desk');
const SALE = 'CC-2024-0312';
/** The sale example's evidence files: the bar counts each read, each placed, and the file written. */
const FILES = 5;
const TOTAL = 2 * FILES + 1;

afterEach(() => holdBundleJobsAt(undefined));

describe.skipIf(app.missing)('bundle progress in the app', () => {
  it('shows how many files are read of how many, then finishes the bundle (zh)', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const kept = await outputs(id);
    // The job is held after its second file, so the bar is seen part-way on a machine of any speed.
    holdBundleJobsAt(2);
    const page = await app.open(`#/case/${id}`, 'zh');
    const bar = page.locator('.bundles progress');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: '导出证据材料' }).click();
    await expect.poll(() => bar.getAttribute('value'), { timeout: 60_000 }).toBe('2');
    expect(await bar.getAttribute('max')).toBe(String(TOTAL));
    expect(await page.locator('.bundles .progress-row').innerText()).toContain(`正在读取文件 2 / ${FILES}`);
    await page.locator('.card.bundles').screenshot({ path: join(SHOTS, 'bundle-progress-zh.png') });

    holdBundleJobsAt(undefined);
    const file = join(tempDir(), 'bundle.pdf');
    await (await download).saveAs(file);
    await expect.poll(() => page.locator('.bundles .ok').innerText()).toMatch(/\d+ 页/);
    expect(await bar.count()).toBe(0);
    expect(await page.locator('.bundles .ok').innerText()).toContain(`${pdfPages(file)} 页`);
    expect(await outputs(id)).toBe(kept + 1);
    await page.close();
  });

  it('shows the pages placed, and Cancel stops the bundle with nothing kept or downloaded (en)', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const kept = await outputs(id);
    holdBundleJobsAt(FILES + 2); // two exhibits placed
    const page = await app.open(`#/case/${id}`, 'en');
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    const bar = page.locator('.bundles progress');
    await page.getByRole('button', { name: 'Export evidence bundle' }).click();
    await expect.poll(() => bar.getAttribute('value'), { timeout: 60_000 }).toBe(String(FILES + 2));
    expect(await bar.getAttribute('max')).toBe(String(TOTAL));
    expect(await page.locator('.bundles .progress-row').innerText()).toMatch(/Placing pages \d+ \/ \d+/);
    await page.locator('.card.bundles').screenshot({ path: join(SHOTS, 'bundle-progress-en.png') });

    await page.locator('.bundles').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.bundles .ok').innerText()).toBe('Cancelled.');
    holdBundleJobsAt(undefined);
    expect(await bar.count()).toBe(0);
    expect(downloaded).toBe(false);
    expect(await outputs(id)).toBe(kept);
    await page.close();
  });

  it('counts a courier bundle by its letter, waybill and tracking record (en)', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    holdBundleJobsAt(1);
    const page = await app.open(`#/case/${id}`, 'en');
    const bar = page.locator('.bundles progress');
    await page.locator('.bundles label', { hasText: 'Reconstruct a letter not kept' }).locator('input').check();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: /^Export courier receipt/ }).click();
    await expect.poll(() => bar.getAttribute('value'), { timeout: 60_000 }).toBe('1');
    expect(await bar.getAttribute('max')).toBe('7');
    expect(await page.locator('.bundles .progress-row').innerText()).toContain('Reading files 1 / 3');
    holdBundleJobsAt(undefined);
    await download;
    await page.close();
  });
});

async function outputs(id: number): Promise<number> {
  const context = { store: app.server().store, today: () => '2026-11-22' };
  return ((await callApi(context, 'outputs/list', { id })) as unknown[]).length;
}
