import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { caseIdByContract, pdfText, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('filings');
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(app.missing)('court filings on the case screen', () => {
  it('offers enforcement for the judgment in force, with its fee, and exports the application', async () => {
    const id = caseIdByContract(app.server().store, 'CC-2024-0312');
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      const panel = page.locator('.card.filings');
      await panel.locator('.filing-list').waitFor();
      const text = flat(await panel.innerText());
      expect(text).toContain('杭州市拱墅区人民法院');
      expect(text).toContain(lang === 'zh' ? '被告住所地' : "Defendant's domicile");
      // On 2026-11-22: 279,650.50 × 25 days + 229,650.50 × 33 days at 1.75‱ = 2,549.70 doubled interest;
      // + 229,650.50 unpaid + 5,800.00 costs = 238,000.20; 申请执行费 50 + 228,000.20 × 1.5% = 3,470.00.
      expect(text).toContain(lang === 'zh' ? '申请执行，执行 ¥238,000.20' : 'Enforcement of ¥238,000.20');
      expect(text).toContain('¥3,470.00');
      const enforcement = panel.locator('li', { hasText: lang === 'zh' ? '强制执行申请书' : 'Application for enforcement' });
      expect(await enforcement.innerText()).toContain(lang === 'zh' ? '可生成' : 'Ready');
      const complaint = flat(
        await panel.locator('li', { hasText: lang === 'zh' ? '民事起诉状' : 'Civil complaint' }).innerText(),
      );
      expect(complaint).toContain(
        lang === 'zh'
          ? '本案已有生效法律文书：下一步是申请强制执行'
          : 'The case holds a judgment: the next step is to apply for its enforcement',
      );
      await enforcement.getByRole('button').click();
      await panel.locator('.pdf-preview canvas').first().waitFor();
      await panel.screenshot({ path: join(SHOTS, `enforcement-${lang}.png`) });
      if (lang === 'zh') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          panel.getByRole('button', { name: '导出 PDF' }).click(),
        ]);
        const path = join(SHOTS, 'enforcement-application.pdf');
        await download.saveAs(path);
        const pdf = flat(pdfText(path, false));
        expect(pdf).toContain('强制执行申请书');
        expect(pdf).toContain('（2026）浙0105民初4521号');
        expect(pdf).toContain('229,650.50');
      }
      await page.close();
    }
  });

  it('asks for the court when none is chosen, keeps it with the case, then offers the complaint with fees worked by hand', async () => {
    const store = app.server().store;
    const id = createCase(store, {
      version: 1,
      locale: 'zh-CN',
      title: '甲公司诉张三货款',
      currency: 'CNY',
      creditor: { name: '上海甲贸易有限公司', kind: 'company', representative: '王五' },
      debtors: [{ name: '张三', kind: 'person', role: 'debtor', address: '上海市浦东新区世纪大道1号' }],
      claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2026-01-10' }],
    });
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      const panel = page.locator('.card.filings');
      await panel.locator('.filing-list').waitFor();
      const text = flat(await panel.innerText());
      // 案件受理费 50 + 90,000 × 2.5% = 2,300.00; halved 1,150.00; one third 766.67; 保全 30 + 99,000 × 1% = 1,020.00.
      for (const fee of ['¥100,000.00', '¥2,300.00', '¥1,150.00', '¥766.67', '¥1,020.00']) expect(text).toContain(fee);
      if (lang === 'zh') {
        expect(text).toContain('尚未选择受理法院');
        expect(
          flat(await panel.locator('li', { hasText: lang === 'zh' ? '民事起诉状' : 'Civil complaint' }).innerText()),
        ).toContain('生成这份文书还缺少：受理法院');
        await panel.screenshot({ path: join(SHOTS, 'no-court-zh.png') });
        await panel.getByLabel('法院名称').fill('上海市浦东新区人民法院');
        await panel.getByLabel('案由').selectOption('sale-of-goods');
        await panel.getByRole('button', { name: '确定受理法院' }).click();
        await expect
          .poll(async () =>
            flat(await panel.locator('li', { hasText: lang === 'zh' ? '民事起诉状' : 'Civil complaint' }).innerText()),
          )
          .toContain('可生成');
        expect(getCase(store, id).data.filing).toMatchObject({
          court: '上海市浦东新区人民法院',
          courtBasis: 'defendant-domicile',
          caseType: 'sale-of-goods',
        });
      } else {
        expect(text).toContain('上海市浦东新区人民法院');
        expect(text).toContain('Sale of goods');
      }
      const complaint = panel.locator('li', { hasText: lang === 'zh' ? '民事起诉状' : 'Civil complaint' });
      await complaint.getByRole('button').click();
      await panel.locator('.pdf-preview canvas').first().waitFor();
      await panel.screenshot({ path: join(SHOTS, `complaint-${lang}.png`) });
      if (lang === 'en') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          panel.getByRole('button', { name: 'Export Word' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('2026-11-22 民事起诉状（要素式） 张三.docx');
      }
      await page.close();
    }
  });

  it('says a case paid in full has nothing to claim, with no court fee and no suit offered', async () => {
    const id = createCase(app.server().store, {
      version: 1,
      locale: 'zh-CN',
      title: '甲公司诉李四货款（已清偿）',
      currency: 'CNY',
      creditor: { name: '上海甲贸易有限公司', kind: 'company', representative: '王五' },
      debtors: [{ name: '李四', kind: 'person', role: 'debtor', address: '上海市浦东新区世纪大道2号' }],
      claims: [{ id: 'c1', description: '货款', amount: '30000.00', dueDate: '2026-01-10' }],
      payments: [{ date: '2026-02-01', amount: '30000.00' }],
      filing: { caseType: 'sale-of-goods', court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' },
    });
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      const panel = page.locator('.card.filings');
      await panel.locator('.filing-list').waitFor();
      const fees = flat(await panel.locator('table.fees').innerText());
      expect(fees).toContain(
        lang === 'zh'
          ? '本案欠款已全部清偿，没有可以请求的金额，因此不产生诉讼费用。'
          : 'The debt is paid in full: there is nothing to claim, so no court fee arises.',
      );
      // 第13条's minimum of 50 元 is a fee on a claim; with nothing claimed there is none, and no fee row at all.
      expect(fees).not.toContain('¥50.00');
      expect(fees).not.toContain(lang === 'zh' ? '案件受理费' : 'Case acceptance fee');
      const complaint = flat(
        await panel.locator('li', { hasText: lang === 'zh' ? '民事起诉状' : 'Civil complaint' }).innerText(),
      );
      expect(complaint).toContain(lang === 'zh' ? '欠款已全部清偿，没有可以请求的金额' : 'there is nothing to claim');
      await panel.screenshot({ path: join(SHOTS, `nothing-to-claim-${lang}.png`) });
      await page.close();
    }
  });

  it('takes the 支付令 confirmations and the preservation in the case editor, then offers the 支付令 and works the 保全 fee on the amount entered', async () => {
    const store = app.server().store;
    const id = createCase(store, {
      version: 1,
      locale: 'zh-CN',
      title: '甲公司诉王五货款（支付令）',
      currency: 'CNY',
      creditor: { name: '上海甲贸易有限公司', kind: 'company', representative: '王五' },
      debtors: [{ name: '王五', kind: 'person', role: 'debtor', address: '上海市浦东新区世纪大道3号' }],
      claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2026-01-10' }],
      filing: { caseType: 'sale-of-goods', court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' },
    });
    const zh = await app.open(`#/case/${id}`, 'zh');
    const before = flat(await zh.locator('.card.filings li', { hasText: '支付令申请书' }).innerText());
    expect(before).toContain('未确认债权人对债务人没有对待给付义务');
    expect(before).toContain('未确认债务人在我国境内且未下落不明');
    await zh.getByRole('button', { name: '编辑案件' }).click();
    const section = zh.locator('form.case-editor fieldset', { has: zh.locator('legend', { hasText: '诉讼文书所需事实' }) });
    await section.getByLabel('债权人对债务人没有对待给付义务', { exact: true }).check();
    await section.getByLabel('双方之间没有其他债务纠纷', { exact: true }).check();
    await section.getByLabel('债务人在我国境内且未下落不明', { exact: true }).check();
    await section.getByLabel('保全申请', { exact: true }).selectOption('in-suit');
    await section.getByLabel('保全金额', { exact: true }).fill('5万');
    await section.getByLabel('担保方式', { exact: true }).selectOption('cash');
    await section.getByLabel('财产线索（每行一条）', { exact: true }).fill('招商银行账户\n沪A12345 小型轿车');
    await section.screenshot({ path: join(SHOTS, 'editor-filing-zh.png') });
    await zh.getByRole('button', { name: '保存案件' }).click();
    await expect.poll(() => getCase(store, id).data.filing?.preservation?.amount, { timeout: 20_000 }).toBe('50000.00');
    expect(getCase(store, id).data.filing).toMatchObject({
      court: '上海市浦东新区人民法院',
      paymentOrder: { noCounterPerformance: true, noOtherDispute: true, debtorInChina: true },
      preservation: { stage: 'in-suit', security: 'cash', property: ['招商银行账户', '沪A12345 小型轿车'] },
    });
    for (const [page, lang] of [
      [zh, 'zh'],
      [await app.open(`#/case/${id}`, 'en'), 'en'],
    ] as const) {
      const panel = page.locator('.card.filings');
      await expect
        .poll(
          async () =>
            flat(
              await panel
                .locator('li', { hasText: lang === 'zh' ? '支付令申请书' : 'Application for a payment order' })
                .innerText(),
            ),
          { timeout: 20_000 },
        )
        .toContain(lang === 'zh' ? '可生成' : 'Ready');
      // 保全申请费 on the 50,000.00 entered, not on the claim: 30 + 49,000 × 1% = 520.00 (诉讼费用交纳办法 第14条 第2项);
      // 支付令 one third of 2,300.00 = 766.67.
      const fees = flat(await panel.locator('table.fees').innerText());
      expect(fees).toContain(lang === 'zh' ? '申请财产保全，保全 ¥50,000.00' : 'Property preservation of ¥50,000.00');
      expect(fees).toContain('¥520.00');
      expect(fees).toContain('¥766.67');
      await panel.screenshot({ path: join(SHOTS, `payment-order-ready-${lang}.png`) });
      if (lang === 'en') {
        await page.getByRole('button', { name: 'Edit case' }).click();
        const en = page.locator('form.case-editor fieldset', { has: page.locator('legend', { hasText: 'For court filings' }) });
        expect(await en.getByLabel('The debtor is in China and can be found', { exact: true }).isChecked()).toBe(true);
        expect(await en.getByLabel('Amount to preserve', { exact: true }).inputValue()).toBe('50000.00');
        await en.screenshot({ path: join(SHOTS, 'editor-filing-en.png') });
      }
      await page.close();
    }
  });
});
