import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import { updateCase } from '../../core/store/edit-case.js';
import { caseIdByContract, SHOTS, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const SALE = 'CC-2024-0312';

/** The backup as the Settings screen downloads it. */
async function downloadBackup(lang: 'zh' | 'en'): Promise<string> {
  const page = await app.open('#/settings', lang);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: lang === 'zh' ? '备份' : 'Back up', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^casepack-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = join(tempDir(), download.suggestedFilename());
  await download.saveAs(file);
  await page.close();
  return file;
}

const dataFolder = () => dirname(app.server().store.db.name);

describe.skipIf(app.missing)('backup and restore in Settings', () => {
  it('backs up, and restoring after a change brings the old state back, once confirmed', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const before = getCase(store, id).data;
    const backup = await downloadBackup('zh');
    expect(readFileSync(backup).subarray(0, 2).toString()).toBe('PK');

    updateCase(store, id, { ...before, title: '备份之后改过的标题' });
    const page = await app.open('#/settings', 'zh');
    await page.getByLabel('从备份恢复…').setInputFiles(backup);
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    const asked = await ask.innerText();
    expect(asked).toContain(`备份“${backup.split('/').at(-1)}”`);
    expect(asked).toMatch(/含 \d+ 个案件、\d+ 个存储文件。恢复将替换当前的 \d+ 个案件/);
    await page.screenshot({ path: join(SHOTS, 'restore-confirm-zh.png'), fullPage: true });
    // Asked, not yet done: the change is still there.
    expect(getCase(app.server().store, id).data.title).toBe('备份之后改过的标题');

    await page.getByRole('button', { name: '确认恢复' }).click();
    await page.waitForURL(/#\/$/);
    const saleRow = page.locator('table.cases tbody tr', { hasText: SALE });
    await expect.poll(() => saleRow.innerText()).toContain(before.title);
    expect(await page.locator('table.cases').innerText()).not.toContain('备份之后改过的标题');
    expect(getCase(app.server().store, id).data).toEqual(before);
    // The replaced database is kept beside the restored one.
    expect(readdirSync(dataFolder()).filter((f) => /^casepack\.db\.before-restore-[^.]+$/.test(f))).toHaveLength(1);
    await page.close();
  });

  it('refuses a tampered backup in one line of the interface language naming the file, replacing nothing', async () => {
    const bytes = readFileSync(await downloadBackup('en'));
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const tampered = join(tempDir(), 'tampered-backup.zip');
    writeFileSync(tampered, bytes);
    const asideBefore = readdirSync(dataFolder()).filter((f) => f.includes('before-restore')).length;
    const databaseBefore = app.server().store.db;

    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open('#/settings', lang);
      await page.getByLabel(lang === 'zh' ? '从备份恢复…' : 'Restore from a backup…').setInputFiles(tampered);
      const alert = page.locator('.backup [role=alert]');
      await alert.waitFor();
      const line = (await alert.locator('pre').innerText()).trim();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toBe(
        lang === 'zh'
          ? '备份文件“tampered-backup.zip”无法恢复：备份中的文件已被改动或损坏（校验值不符）。未替换任何数据。'
          : 'The backup “tampered-backup.zip” cannot be restored: a file in it has been changed or damaged (its checksum does not match). Nothing was replaced.',
      );
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, `restore-refused-${lang}.png`), fullPage: true });
      await page.close();
    }
    expect(app.server().store.db).toBe(databaseBefore);
    expect(readdirSync(dataFolder()).filter((f) => f.includes('before-restore'))).toHaveLength(asideBefore);
    expect(readdirSync(dataFolder()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
