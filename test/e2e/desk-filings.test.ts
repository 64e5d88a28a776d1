import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import type { Store } from '../../core/store/open.js';
import { readZip } from '../../core/util/read-zip.js';
import { shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('filings');
const CREDITOR = '南山测试商业银行股份有限公司';
const COURT = '深圳市南山区人民法院';

/** A card debt whose 律师函 went out on 2026-10-01: suit fell due 2026-10-21 (the server's today is 2026-11-22). */
function atSuit(store: Store, debtor: string, amount: string, fields: Record<string, unknown> = {}): number {
  return createCase(store, {
    version: 1,
    locale: 'zh-CN',
    title: `南山银行诉${debtor}信用卡纠纷`,
    currency: 'CNY',
    creditor: { name: CREDITOR, kind: 'company', representative: '赵六' },
    debtors: [{ name: debtor, kind: 'person', role: 'debtor', address: `深圳市南山区科技园${debtor.length}号` }],
    claims: [{ id: 'c1', description: '信用卡透支本金', amount, dueDate: '2026-08-01' }],
    events: [{ date: '2026-10-01', kind: 'demand-sent', step: 'lawyer-letter' }],
    ...fields,
  });
}

const court = { filing: { caseType: 'credit-card', court: COURT, courtBasis: 'defendant-domicile' } };
const idsIn = async (page: Page, group: string) =>
  await page
    .locator(`table.desk tbody[data-group="${group}"] tr[data-case]`)
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-case'))));
const rowOf = (page: Page, id: number) => page.locator(`table.desk tr[data-case="${id}"]`);

describe.skipIf(app.missing)('the desk at suit and enforcement', () => {
  it('lists suit and enforcement with the 第250条 deadline, and makes the complaints of the suit step with the fee list', async () => {
    const store = app.server().store;
    const big = atSuit(store, '陈一', '120000.00', court);
    const small = atSuit(store, '林二', '30000.00', court);
    const noCourt = atSuit(store, '黄三', '8000.00');
    // Judgment in force, performance period ended 2024-12-20, unpaid: enforcement from 2024-12-21; apply within two
    // years (第250条): 2026-12-20 is a Sunday, so by Monday 2026-12-21, 29 days after today, inside the 90-day window.
    const judged = atSuit(store, '周四', '50000.00', {
      filing: {
        ...court.filing,
        judgment: {
          kind: 'judgment',
          court: COURT,
          caseNumber: '（2024）粤0305民初9001号',
          effectiveOn: '2024-12-10',
          performanceLastDay: '2024-12-20',
          amount: '50000.00',
        },
      },
    });

    const en = await app.open('#/desk', 'en');
    await en.getByLabel('Creditor', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => idsIn(en, 'suit'), { timeout: 30_000 }).toEqual(expect.arrayContaining([big, small, noCourt]));
    expect(await idsIn(en, 'enforcement')).toEqual([judged]);
    expect(await rowOf(en, judged).innerText()).toContain('Time to apply for enforcement ends 2026-12-21 (29 days left)');
    // Open since 2024-12-21 and not late until its last day: the desk says what is due by when, not "701 days overdue".
    expect(await rowOf(en, judged).innerText()).toMatch(
      /Judgment in force[\s\S]*Enforcement\s+can be made now, by 2026-12-21 \(29 days left\)/,
    );
    expect(await rowOf(en, big).innerText()).toMatch(/Suit\s+32 days overdue/);
    await en.getByLabel('Select every case shown by the filters').check();
    await en.getByRole('button', { name: 'Make complaints…' }).click();
    const enDialog = en.getByRole('dialog');
    expect(await enDialog.innerText()).toContain('for the 3 selected cases at the suit step');
    expect(await enDialog.innerText()).toContain('Selected cases not at the suit step, left out: 1.');
    await en.screenshot({ path: join(SHOTS, 'desk-complaints-en.png'), fullPage: true });
    await enDialog.getByRole('button', { name: 'Close' }).click();
    await en.close();

    const page = await app.open('#/desk', 'zh');
    await page.getByLabel('债权人', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => idsIn(page, 'enforcement'), { timeout: 30_000 }).toEqual([judged]);
    expect(await rowOf(page, judged).innerText()).toContain('申请执行期间 2026-12-21 届满（余 29 天）');
    expect(await rowOf(page, judged).innerText()).toMatch(/申请执行\s+现可申请，2026-12-21 前（余 29 天）/);
    // The counts are those of the cases shown: this creditor's four, all due, one deadline near.
    expect((await page.locator('.desk-counts').innerText()).replace(/\s+/g, ' ')).toContain(
      '到期步骤 4 违背还款承诺 0 期限临近或已届满 1',
    );
    await page.screenshot({ path: join(SHOTS, 'desk-suit-enforcement-zh.png'), fullPage: true });
    await page.getByLabel('全选筛选出的案件').check();
    await page.getByRole('button', { name: '生成起诉状…' }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 170_000 }),
      dialog.getByRole('button', { name: '生成起诉状', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('complaints-2026-11-22.zip');
    const zipFile = join(tempDir(), download.suggestedFilename());
    await download.saveAs(zipFile);
    await expect
      .poll(() => dialog.locator('.ok').innerText(), { timeout: 30_000 })
      .toBe('已生成 2 份起诉状及证据材料，已下载 complaints-2026-11-22.zip（诉讼费清单：fees-2026-11-22.csv）。');
    expect(await dialog.locator('.warnings').innerText()).toContain('南山银行诉黄三信用卡纠纷: 生成这份文书还缺少：受理法院');
    await dialog.screenshot({ path: join(SHOTS, 'complaints-done-zh.png') });

    const files = readZip(readFileSync(zipFile), 'complaints.zip');
    expect([...files.keys()].filter((n) => n.endsWith('/民事起诉状.pdf'))).toHaveLength(2);
    expect([...files.keys()].filter((n) => n.endsWith('/民事起诉状.docx'))).toHaveLength(2);
    // 120,000: 2,300 + 20,000 × 2% = 2,700.00; 30,000: 50 + 20,000 × 2.5% = 550.00 (诉讼费用交纳办法 第13条).
    const csv = parse(Buffer.from(files.get('fees-2026-11-22.csv')!).toString('utf8'), { bom: true }) as string[][];
    expect(csv.slice(1).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
      [COURT, String(big), '120000.00', '2700.00'],
      [COURT, String(small), '30000.00', '550.00'],
      [`${COURT} 小计（2 件）`, '', '150000.00', '3250.00'],
    ]);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.close();
  });
});
