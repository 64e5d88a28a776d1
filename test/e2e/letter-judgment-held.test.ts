import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SALE = 'CC-2024-0312'; // its judgment （2026）浙0105民初4521号 is in force from 2026-09-15; the app's today is 2026-11-22
const SHOTS = shotsFolder('legal');

describe.skipIf(app.missing)('no 催款函 once the judgment is in force: the reason instead of the export', () => {
  it.each([
    {
      lang: 'zh' as const,
      template: '模板',
      date: '函件日期',
      pdf: '导出 PDF',
      says: '不能出具催款函：本案的民事判决书已于 2026-09-15 生效（案号：（2026）浙0105民初4521号），函件日期 2026-11-22 时债务以该文书确定的为准，下一步是申请强制执行（民事诉讼法第二百四十七条）',
    },
    {
      lang: 'en' as const,
      template: 'Template',
      date: 'Letter date',
      pdf: 'Export PDF',
      says: "Demand letter not made: the case's judgment (（2026）浙0105民初4521号) took effect on 2026-09-15, so on the letter date 2026-11-22 the debt is what it awards and the next step is to enforce it (Civil Procedure Law art. 247)",
    },
  ])('says why in $lang, and makes the letter dated the day before the judgment took effect', async (c) => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, c.lang);
    await page.getByLabel(c.template).selectOption('demand-letter');
    const alert = page.locator('.documents').getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 60_000 }).toContain(c.says);
    expect(await page.locator('.pdf-preview').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: c.pdf }).isDisabled()).toBe(true);
    // The refused letter's date stays in its field, to be changed.
    const date = page.getByLabel(c.date);
    await expect.poll(() => date.inputValue()).toBe('2026-11-22');
    await page.locator('.card.documents').screenshot({ path: join(SHOTS, `judgment-held-${c.lang}.png`) });

    // The day before the judgment took effect the debt was not yet decided: the 催款函 of that day is made.
    await date.fill('2026-09-14');
    await date.blur();
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    expect(await page.locator('.documents .error').count()).toBe(0);
    expect(await page.getByRole('button', { name: c.pdf }).isDisabled()).toBe(false);
    await page.close();
  });
});
