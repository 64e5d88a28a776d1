import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import { updateCase } from '../../core/store/edit-case.js';
import { caseIdByContract, SHOTS, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const SALE = 'CC-2024-0312';

const WORDS = {
  zh: {
    backUp: '备份',
    restoreFrom: '从备份恢复…',
    confirm: '确认恢复',
    copying: /^正在复制文件：(\d+) \/ \1$/,
    checking: /^正在核对备份中的文件：(\d+) \/ \1$/,
    asked: /含 \d+ 个案件、\d+ 个存储文件。恢复将替换当前的 \d+ 个案件/,
  },
  en: {
    backUp: 'Back up',
    restoreFrom: 'Restore from a backup…',
    confirm: 'Restore',
    copying: /^Copying files: (\d+) \/ \1$/,
    checking: /^Checking the files in the backup: (\d+) \/ \1$/,
    asked: /checks out: \d+ case\(s\), \d+ stored file\(s\)\. Restoring replaces the \d+ case\(s\)/,
  },
} as const;

/**
 * Holds back the answer to the API call `name` for a moment once core has done the work, as a slower disk
 * would: meanwhile the page asks how far it has come, and shows core's last answer (every file done).
 */
async function holdAnswer(page: Page, name: string): Promise<void> {
  await page.route('**/api', async (route) => {
    const asked = (route.request().postDataJSON() as { name?: string } | null)?.name;
    if (asked !== name) return route.continue();
    const response = await route.fetch();
    await new Promise((wake) => setTimeout(wake, 1500));
    await route.fulfill({ response });
  });
}

/** The progress row of the backup card as it reads once core has done every file: the fraction, and the bar full. */
async function progressShown(page: Page, pattern: RegExp, shot: string): Promise<number> {
  const row = page.locator('.backup .progress-row');
  let text = '';
  let full = false;
  await expect
    .poll(
      async () => {
        // Read together, before the card moves on to its next step.
        [text, full] = await row
          .evaluate(
            (r) => {
              const bar = r.querySelector('progress')!;
              return [r.querySelector('span')!.textContent!.trim(), bar.value === bar.max] as [string, boolean];
            },
            undefined,
            { timeout: 200 },
          )
          .catch(() => ['', false] as [string, boolean]);
        return text;
      },
      { timeout: 60_000, interval: 50 },
    )
    .toMatch(pattern);
  expect(full).toBe(true);
  await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
  return Number(pattern.exec(text)![1]);
}

/** The backup as the Settings screen downloads it; with `shot`, the progress shown on the way is checked. */
async function downloadBackup(lang: 'zh' | 'en', shot?: string): Promise<{ file: string; copied: number }> {
  const page = await app.open('#/settings', lang);
  if (shot) await holdAnswer(page, 'backup/create');
  const [download, copied] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: WORDS[lang].backUp, exact: true }).click();
      return shot ? progressShown(page, WORDS[lang].copying, shot) : 0;
    })(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^casepack-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = join(tempDir(), download.suggestedFilename());
  await download.saveAs(file);
  await page.close();
  return { file, copied };
}

const dataFolder = () => dirname(app.server().store.db.name);

describe.skipIf(app.missing)('backup and restore in Settings', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`backs up and restores in Settings (${lang}), showing files done of all, the data as it was after`, async () => {
      const words = WORDS[lang];
      const store = app.server().store;
      const id = caseIdByContract(store, SALE);
      const before = getCase(store, id).data;
      const { file: backup, copied } = await downloadBackup(lang, `backup-progress-${lang}.png`);
      expect(readFileSync(backup).subarray(0, 2).toString()).toBe('PK');
      const stored = readdirSync(join(dataFolder(), 'blobs'), { recursive: true }).filter((f) =>
        /^[0-9a-f]{64}$/.test(String(f).split('/').at(-1)!),
      );
      expect(copied).toBe(stored.length + 1); // every stored file and the database

      const changed = lang === 'zh' ? '备份之后改过的标题' : 'Title changed after the backup';
      updateCase(store, id, { ...before, title: changed });
      const asideBefore = readdirSync(dataFolder()).filter((f) => /^casepack\.db\.before-restore-[^.]+$/.test(f)).length;
      const page = await app.open('#/settings', lang);
      await holdAnswer(page, 'backup/check');
      await page.getByLabel(words.restoreFrom).setInputFiles(backup);
      expect(await progressShown(page, words.checking, `restore-progress-${lang}.png`)).toBe(copied);
      const ask = page.getByRole('alertdialog');
      await ask.waitFor();
      const asked = await ask.innerText();
      expect(asked).toContain(backup.split('/').at(-1));
      expect(asked).toMatch(words.asked);
      await page.screenshot({ path: join(SHOTS, `restore-confirm-${lang}.png`), fullPage: true });
      // Asked, not yet done: the change is still there.
      expect(getCase(app.server().store, id).data.title).toBe(changed);

      await page.getByRole('button', { name: words.confirm, exact: true }).click();
      await page.waitForURL(/#\/$/);
      const saleRow = page.locator('table.cases tbody tr', { hasText: SALE });
      await expect.poll(() => saleRow.innerText()).toContain(before.title);
      expect(await page.locator('table.cases').innerText()).not.toContain(changed);
      expect(getCase(app.server().store, id).data).toEqual(before);
      // The replaced database is kept beside the restored one.
      expect(readdirSync(dataFolder()).filter((f) => /^casepack\.db\.before-restore-[^.]+$/.test(f))).toHaveLength(
        asideBefore + 1,
      );
      await page.close();
    });

  it('refuses a tampered backup in one line of the interface language naming the file, replacing nothing', async () => {
    const bytes = readFileSync((await downloadBackup('en')).file);
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
