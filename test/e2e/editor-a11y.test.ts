import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { updateAppSettings } from '../../core/settings/settings-store.js';
import { appAddress, caseIdByContract, SHOTS, useApp } from '../support/app-page.js';
import { withoutJudgment } from '../support/without-judgment.js';

const app = useApp();
const SALE = 'CC-2024-0312';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it stands (evaluated as a script: the app's CSP allows no inline tag). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const { violations, passes } = (await page.evaluate(
    'axe.run().then(({ violations, passes }) => ({ violations, passes: passes.length }))',
  )) as {
    violations: AxeViolation[];
    passes: number;
  };
  expect(passes).toBeGreaterThan(10); // axe really looked at the page
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(app.missing)('the case and editor screens, by keyboard and for assistive technology', () => {
  // The letter's choices and preview need a letter the case may have: none once its judgment is in force.
  beforeAll(() => {
    const store = app.server().store;
    withoutJudgment(store, caseIdByContract(store, SALE));
  });

  it('have no serious axe-core violation, in Chinese and in English', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      await page.locator('table.statement').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // The letter's choices (addressee, date, deadline, 函号) and its preview beside the wording guard.
      await page.getByLabel(lang === 'zh' ? '模板' : 'Template').selectOption('demand-letter');
      await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang === 'zh' ? '编辑案件' : 'Edit case' }).click();
      await page.locator('form.case-editor').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
      // Settings, with the senders' list and form.
      const settings = await app.open('#/settings', lang);
      await settings.locator('.senders').waitFor();
      expect(await seriousViolations(settings)).toEqual([]);
      await settings.close();
    }
  });

  it('edits a claim and saves without a mouse', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    const page = await app.open(`#/case/${id}`, 'zh');
    await page.locator('table.statement').waitFor();
    await page.getByRole('button', { name: '编辑案件' }).focus();
    await page.keyboard.press('Enter');
    const amount = page.locator('input[name="claims[2].amount"]');
    await amount.waitFor();
    // Tab from the last claim's description reaches its amount: the fields are in reading order.
    await page.locator('input[name="claims[2].description"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe('claims[2].amount');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('6万');
    await page.keyboard.press('Enter'); // submits the form
    await page.locator('form.case-editor').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.case').innerText()).toContain('¥60,000.00');
    await page.screenshot({ path: join(SHOTS, 'editor', '8-keyboard-zh.png'), fullPage: true });
    await page.close();
  });

  it('remembers the interface language across reloads; on a first start Settings’ default language sets it', async () => {
    updateAppSettings(app.server().store, { defaultLocale: 'zh-CN' });
    const page = await app.open('#/', 'en');
    const bare = appAddress(app.server().url, 'en', '#/')
      .replace(/([?&])lang=en&?/, '$1')
      .replace(/[?&]#/, '#');
    await page.goto(bare);
    await expect.poll(() => page.locator('nav').innerText()).toContain('案件'); // nothing chosen yet: Settings says zh-CN
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('nav').innerText()).toContain('Cases');
    await page.reload();
    await expect.poll(() => page.locator('nav').innerText()).toContain('Cases');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.close();
  });

  it('clears the 函号 error as soon as the 函号 is typed, without leaving the field', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    await page.getByLabel('模板').selectOption('lawyer-letter');
    const error = page.locator('.documents .error');
    await error.waitFor();
    await page.getByLabel('函号（律师函需要）').fill('申衡律函〔2026〕第102号');
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(0);
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('函号（律师函需要）');
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    await page.close();
  });
});
