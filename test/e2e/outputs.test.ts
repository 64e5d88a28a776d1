import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOutputs } from '../../core/outputs/case-outputs.js';
import { sha256Hex } from '../../core/util/sha256.js';
import { caseIdByContract, pdfPages, pdfText, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('desk');
const SALE = 'CC-2024-0312';

describe.skipIf(app.missing)('the documents kept with a case', () => {
  it('lists the letter and the bundle just exported, previews one and exports each again byte for byte', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const page = await app.open(`#/case/${id}`, 'zh');
    const panel = page.locator('.card.outputs');
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('尚未生成文件');

    // Dated before the example's judgment took effect (2026-09-15): no 催款函 is made after it (民事诉讼法 第247条).
    await page.getByLabel('函件日期').fill('2026-09-14');
    await page.getByLabel('函件日期').blur();
    await page.getByLabel('模板').selectOption('demand-letter');
    await expect.poll(() => page.locator('.documents .pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).toBe('2');
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    const letterFile = join(tempDir(), 'letter.pdf');
    await letter.saveAs(letterFile);
    const [bundle] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: '导出证据材料' }).click(),
    ]);
    const bundleFile = join(tempDir(), 'bundle.pdf');
    await bundle.saveAs(bundleFile);

    // Both are kept with the case as they were handed over, newest first, and the panel lists them at once.
    const kept = listOutputs(store.db, id);
    expect(kept.map((o) => [o.kind, o.sha256])).toEqual([
      ['evidence-bundle', sha256Hex(readFileSync(bundleFile))],
      ['letter', sha256Hex(readFileSync(letterFile))],
    ]);
    const rows = panel.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);
    const [bundleRow, letterRow] = [rows.nth(0), rows.nth(1)];
    expect(await bundleRow.innerText()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+证据材料\s+\d{4}-\d{2}-\d{2} 证据材料 \S.*\.pdf/,
    );
    expect(await letterRow.innerText()).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+催款函\\s+${letter.suggestedFilename()}\\s+.+?\\s+${kept[1]!.templateVersion}`,
      ),
    );
    expect(await letterRow.innerText()).toContain(`${kept[1]!.madeBy}`);
    expect(await letterRow.innerText()).toContain(`${kept[1]!.sha256.slice(0, 16)}…`);
    for (const [row, original] of [
      [letterRow, letterFile],
      [bundleRow, bundleFile],
    ] as const) {
      const [again] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '再次导出' }).click()]);
      const againFile = join(tempDir(), `again-${again.suggestedFilename()}`);
      await again.saveAs(againFile);
      expect(readFileSync(againFile).equals(readFileSync(original))).toBe(true);
      // Then it can be opened or printed as any export (in the desktop app also shown in its folder).
      await expect.poll(() => panel.locator('.exported').innerText()).toContain(again.suggestedFilename());
    }
    expect(pdfPages(bundleFile)).toBeGreaterThan(2);
    expect(pdfText(letterFile)).toContain(SALE);

    await letterRow.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => panel.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).toBe('2');
    await panel.screenshot({ path: join(SHOTS, 'outputs-zh.png') });
    await page.close();

    const en = await app.open(`#/case/${id}`, 'en');
    const enPanel = en.locator('.card.outputs');
    await expect.poll(() => enPanel.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2);
    expect(await enPanel.locator('h2').innerText()).toBe('Kept documents');
    expect(await enPanel.locator('thead').innerText()).toMatch(
      /Made\s+Document\s+File name\s+Letter number\s+Template version\s+Made by\s+SHA-256/,
    );
    expect(await enPanel.locator('tbody tr').nth(0).innerText()).toContain('Evidence bundle');
    expect(await enPanel.locator('tbody tr').nth(1).innerText()).toContain('Demand letter');
    await enPanel.screenshot({ path: join(SHOTS, 'outputs-en.png') });
    await en.close();
  });
});
