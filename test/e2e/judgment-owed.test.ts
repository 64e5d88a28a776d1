import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../core/case/validate.js';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { importCase } from '../../core/store/import-case.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('judgment');
const EXAMPLE = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json');

/** The visible text with runs of white space made one space, as a reader takes it in. */
const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

/**
 * The example's judgment took effect 2026-09-15, to be paid by 2026-09-25; 50,000.00 was paid 2026-10-20. On the
 * server's today, 2026-11-22, the judgment orders 229,650.50 + doubled interest 2,549.70 + costs 5,800.00 =
 * 238,000.20 paid (民事诉讼法 第264条), not the contract's 309,791.40; enforcement may be applied for until
 * 2028-09-25 (第250条), 673 days away.
 */
describe.skipIf(app.missing)('a case whose judgment is in force', () => {
  it('shows what the judgment orders paid and the enforcement deadline on the desk, the cases list and the case', async () => {
    const store = app.server().store;
    const id = await importCase(store, await loadCaseFile(EXAMPLE));
    const row = `tr[data-case="${id}"]`;

    for (const lang of ['zh', 'en'] as const) {
      const zh = lang === 'zh';
      const desk = await app.open('#/desk', lang);
      await desk.locator(row).waitFor({ timeout: 30_000 });
      await expect.poll(() => text(desk, row), { timeout: 30_000 }).toContain('238,000.20');
      const deskRow = await text(desk, row);
      expect(deskRow).not.toContain('309,791.40');
      expect(deskRow).toContain(zh ? '按判决' : 'under the judgment');
      expect(deskRow).toContain(zh ? '现可申请，2028-09-25 前（余 673 天）' : 'can be made now, by 2028-09-25 (673 days left)');
      expect(deskRow).not.toMatch(zh ? /逾期/ : /overdue/);
      await desk.locator(row).screenshot({ path: join(SHOTS, `desk-row-${lang}.png`) });
      await desk.screenshot({ path: join(SHOTS, `desk-${lang}.png`), fullPage: true });
      await desk.close();

      const list = await app.open('#/', lang);
      // By its link: other tests on the same server may hold the example too.
      const listRow = list.locator('table.cases tbody tr', { has: list.locator(`a[href="#/case/${id}"]`) });
      await expect.poll(() => listRow.innerText(), { timeout: 30_000 }).toContain('238,000.20');
      const listText = (await listRow.innerText()).replace(/\s+/g, ' ');
      expect(listText).toContain('229,650.50');
      expect(listText).toContain(zh ? '2028-09-25 申请执行期间' : '2028-09-25 Time to apply for enforcement');
      expect(await text(list, 'table.cases thead')).toContain(
        zh ? '诉讼时效 / 申请执行期间届满' : 'Limitation / enforcement deadline',
      );
      await list.screenshot({ path: join(SHOTS, `cases-${lang}.png`), fullPage: true });
      await list.close();

      const page = await app.open(`#/case/${id}`, lang);
      const owed = page.locator('.statement-panel .judgment-owed');
      await owed.waitFor({ timeout: 30_000 });
      const owedText = (await owed.innerText()).replace(/\s+/g, ' ');
      expect(owedText).toContain(
        zh
          ? '判决确定的金额（含迟延履行期间的加倍部分债务利息）'
          : 'Owed under the judgment, with doubled interest for late performance',
      );
      expect(owedText).toMatch(zh ? /自 2026-09-26 起.*2,549\.70/ : /from 2026-09-26.*2,549\.70/);
      expect(owedText).toMatch(zh ? /合计 ¥?238,000\.20/ : /Total ¥?238,000\.20/);
      expect(await text(page, '.statement-panel')).toMatch(
        zh ? /按合同计算的合计（判决前） ¥?309,791\.40/ : /Total under the contract \(before the judgment\) ¥?309,791\.40/,
      );
      await owed.screenshot({ path: join(SHOTS, `case-judgment-owed-${lang}.png`) });
      await page.close();
    }
  });
});
