import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { SHOTS, useApp } from '../support/app-page.js';

const app = useApp();

/**
 * A debt due 2024-03-15 with a joint guarantor (丁某) and a demand delivered to the debtor on 2025-09-01: the
 * debtor's three years run to 2028-09-01 (民法典 第195条). Without a demand on the guarantor, the guarantee
 * ended on 2024-09-18 (民法典 第692、693条); with one on 2024-06-03, the guarantor is liable until 2027-06-03
 * (第694条 第2款).
 */
function addCase(contract: string, guarantorDemanded: boolean): void {
  createCase(app.server().store, {
    version: 1,
    locale: 'zh-CN',
    title: `时效列 ${contract}`,
    currency: 'CNY',
    creditor: { name: '甲公司', kind: 'company' },
    debtors: [
      { name: '乙公司', kind: 'company', role: 'debtor' },
      { name: '丁某', kind: 'person', role: 'guarantor', guarantee: { kind: 'joint' } },
    ],
    contract: { title: '购销合同', number: contract },
    claims: [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2024-03-15' }],
    events: [
      { date: '2025-09-01', kind: 'demand-delivered', party: 0 },
      ...(guarantorDemanded ? [{ date: '2024-06-03', kind: 'demand-delivered' as const, party: 1 }] : []),
    ],
  });
}

describe.skipIf(app.missing)('the limitation column of the cases list', () => {
  it('shows the debtor’s date past a lapsed guarantee, and names a guarantor still liable whose date is first', async () => {
    addCase('LIM-LAPSED', false);
    addCase('LIM-LIVE', true);
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open('#/', lang);
      const cell = (contract: string) => page.locator('table.cases tbody tr', { hasText: contract }).locator('td:nth-child(8)');
      await expect.poll(() => cell('LIM-LAPSED').innerText(), { timeout: 30_000 }).toBe('2028-09-01');
      await expect
        .poll(() => cell('LIM-LIVE').innerText(), { timeout: 30_000 })
        .toBe(lang === 'zh' ? '2027-06-03 保证人 丁某' : '2027-06-03 guarantor 丁某');
      await page.screenshot({ path: join(SHOTS, `cases-limitation-${lang}.png`), fullPage: true });
      await page.close();
    }
  });
});
