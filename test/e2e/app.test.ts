import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { getCase } from '../../core/store/read-cases.js';
import { caseIdByContract, pdfPages, pdfText, SHOTS, useApp } from '../support/app-page.js';
import { EXAMPLE_CASES } from '../support/examples.js';
import { makePdf } from '../support/exhibit-fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
/** The Chinese sale-of-goods example: evidence, a mailing, a guarantor. */
const SALE = 'CC-2024-0312';

describe.skipIf(app.missing)('the app in Chromium, through the web bridge', () => {
  it('lists the example cases with what is owed and the ladder stage, in Chinese and in English', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open('#/', lang);
      await page.locator('table.cases tbody tr').first().waitFor();
      expect(await page.locator('table.cases tbody tr').count()).toBe(EXAMPLE_CASES.length);
      await expect.poll(() => page.locator('table.cases').innerText()).toContain('杭州明禾建材贸易有限公司');
      const saleRow = page.locator('table.cases tbody tr', { hasText: SALE });
      // The example holds a judgment in force (2026-09-15) not fully performed: past the ladder, at enforcement.
      // Polled: a case not yet calculated shows as pending, and the screen asks again.
      await expect
        .poll(() => saleRow.innerText(), { timeout: 30_000 })
        .toContain(lang === 'zh' ? '判决已生效' : 'Judgment in force');
      await page.screenshot({ path: join(SHOTS, `cases-${lang}.png`), fullPage: true });

      await page.getByRole('searchbox').fill('Okafor');
      await expect.poll(() => page.locator('table.cases tbody tr').count()).toBe(1);
      await page.getByRole('searchbox').fill('');
      await page.getByLabel(lang === 'zh' ? '阶段' : 'Stage').selectOption('-');
      await expect
        .poll(() => page.locator('table.cases tbody tr td:nth-child(6)').allInnerTexts())
        .toContain(lang === 'zh' ? '未开始' : 'Not started');
      expect(new Set(await page.locator('table.cases tbody tr td:nth-child(6)').allInnerTexts())).toEqual(
        new Set([lang === 'zh' ? '未开始' : 'Not started']),
      );
      await page.close();
    }
  });

  it('shows a case with its live statement, late-charge terms in words, timeline and mailings', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      await page.locator('table.statement').waitFor();
      const text = await page.locator('.case').innerText();
      expect(text).toContain(SALE);
      expect(text).toMatch(/元/); // the total in words (人民币大写)
      expect(text).toContain(lang === 'zh' ? '按每日0.05%计算' : 'at 0.05% a day');
      expect(text).toContain('1151234567890');
      expect(await page.locator('table.evidence thead th').allInnerTexts()).toEqual(
        lang === 'zh'
          ? ['序号', '缩略图', '证据名称', '证据来源', '证明目的', '原件/复印件', '操作']
          : ['No.', 'Thumbnail', 'Title', 'Source', 'What it proves', 'Original or copy', 'Actions'],
      );
      await page.locator('canvas.pdf-thumb[data-rendered=true]').first().waitFor();
      await page.screenshot({ path: join(SHOTS, `case-${lang}.png`), fullPage: true });
      await page.close();
    }
  });

  it('imports a case folder chosen with the folder picker', async () => {
    const page = await app.open('#/', 'en');
    await page.getByLabel('Import case folder').setInputFiles(join(PROJECT_ROOT, 'examples', 'zh-property-fee'));
    await page.waitForURL(/#\/case\/\d+$/);
    await expect.poll(() => page.locator('.case').innerText()).toContain('JY-WY-2019-0602');
    const id = Number(/case\/(\d+)$/.exec(page.url())![1]);
    expect(getCase(app.server().store, id).files.map((f) => f.path)).toContain('evidence/service-contract.pdf');
    await page.close();
  });

  it("asks for the 函号 a lawyer's letter needs, and prints it", async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    // Dated the day before the example's judgment took effect (2026-09-15): after it no 律师函 is made.
    await page.getByLabel('函件日期').fill('2026-09-14');
    await page.getByLabel('函件日期').blur();
    await page.getByLabel('模板').selectOption('lawyer-letter');
    // Named by its label in the interface's language, never by its data path (letterNo).
    await expect.poll(() => page.locator('.documents .error').innerText()).toContain('生成这份文书还缺少：函号');
    expect(await page.locator('.documents .error').innerText()).not.toMatch(/letterNo|docs\/templates/);
    await page.getByLabel('函号（律师函需要）').fill('申衡律函〔2026〕第101号');
    await page.getByLabel('函号（律师函需要）').blur();
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).not.toBe('0');
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    const path = join(tempDir(), letter.suggestedFilename());
    await letter.saveAs(path);
    expect(pdfText(path)).toContain('申衡律函〔2026〕第101号');
    await page.close();
  });

  it('creates a case by hand and adds two evidence files', async () => {
    const page = await app.open('#/', 'en');
    await page.getByRole('button', { name: 'New case' }).click();
    await page.locator('input[name=title]').fill('Test Ltd v Someone');
    await page.screenshot({ path: join(SHOTS, 'new-case-en.png'), fullPage: true });
    await page.close();

    const zh = await app.open('#/', 'zh');
    await zh.getByRole('button', { name: '新建案件' }).click();
    await zh.locator('input[name=title]').fill('测试公司诉某某欠款');
    await zh.locator('input[name="creditor.name"]').fill('测试债权人有限公司');
    await zh.locator('input[name="debtors[0].name"]').fill('测试债务人有限公司');
    await zh.locator('input[name="contract.title"]').fill('买卖合同');
    await zh.locator('input[name="contract.number"]').fill('HT-2026-001');
    await zh.locator('input[name="claims[0].id"]').fill('FP-001');
    await zh.locator('input[name="claims[0].description"]').fill('货款');
    await zh.locator('input[name="claims[0].amount"]').fill('12345.67');
    await zh.locator('input[name="claims[0].dueDate"]').fill('2026-06-30');
    await zh.screenshot({ path: join(SHOTS, 'new-case-zh.png'), fullPage: true });
    await zh.getByRole('button', { name: '保存案件' }).click();
    await zh.waitForURL(/#\/case\/\d+$/);
    const id = Number(/case\/(\d+)$/.exec(zh.url())![1]);

    const files = [
      { name: '合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf([{ size: [595, 842] }])) },
      {
        name: 'receipt.png',
        mimeType: 'image/png',
        buffer: Buffer.from(
          '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
          'hex',
        ),
      },
    ];
    // Both files chosen at once through the labelled button: each is described, then both are added.
    const [chooser] = await Promise.all([zh.waitForEvent('filechooser'), zh.getByRole('button', { name: '选择文件…' }).click()]);
    await chooser.setFiles(files);
    for (const i of files.keys()) await zh.locator(`input[name=pending-${i}-purpose]`).fill(`证明目的${i + 1}`);
    await zh.getByRole('button', { name: '添加这 2 个文件' }).click();
    await expect.poll(() => zh.locator('table.evidence tbody tr').count()).toBe(files.length);
    await zh.screenshot({ path: join(SHOTS, 'case-new-evidence-zh.png'), fullPage: true });

    const stored = getCase(app.server().store, id);
    expect(stored.data.evidence.map((e) => [e.title, e.purpose, e.file])).toEqual([
      ['合同', '证明目的1', 'evidence/合同.pdf'],
      ['receipt', '证明目的2', 'evidence/receipt.png'],
    ]);
    expect(stored.files.map((f) => f.path)).toEqual(['evidence/合同.pdf', 'evidence/receipt.png']);
    await zh.close();
  });

  it('previews and exports a demand letter, then exports the evidence bundle', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    for (const lang of ['en', 'zh'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      // Dated the day before the example's judgment took effect (2026-09-15): after it no 催款函 is made.
      await page.getByLabel(lang === 'zh' ? '函件日期' : 'Letter date').fill('2026-09-14');
      await page.getByLabel(lang === 'zh' ? '函件日期' : 'Letter date').blur();
      await page.getByLabel(lang === 'zh' ? '模板' : 'Template').selectOption('demand-letter');
      await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).toBe('2');
      expect(await page.locator('.findings').innerText()).toContain(lang === 'zh' ? '未发现违规措辞' : 'No unlawful wording');
      await page.locator('.card.documents').screenshot({ path: join(SHOTS, `documents-${lang}.png`) });
      if (lang === 'en') {
        await page.close();
        continue;
      }

      const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
      // Named by its date, its title and its addressee without the legal form, as a user files it.
      expect(letter.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} 催款函 杭州明禾建材贸易\.pdf$/);
      const letterPath = join(tempDir(), letter.suggestedFilename());
      await letter.saveAs(letterPath);
      const letterText = pdfText(letterPath);
      expect(letterText).toContain('杭州明禾建材贸易有限公司');
      expect(letterText).toContain(SALE);
      await page.close();
    }

    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      const [bundle] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: lang === 'zh' ? '导出证据材料' : 'Export evidence bundle' }).click(),
      ]);
      // Named as letters are, in the case's language whatever the interface's: date, title, debtor.
      expect(bundle.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} 证据材料 杭州明禾建材贸易\.pdf$/);
      const bundlePath = join(tempDir(), bundle.suggestedFilename());
      await bundle.saveAs(bundlePath);
      const evidence = getCase(app.server().store, id).data.evidence;
      const pages = pdfPages(bundlePath);
      expect(pages).toBeGreaterThan(evidence.length + 1);
      const bundleText = pdfText(bundlePath);
      expect(bundleText).toContain('证据目录');
      for (const e of evidence) expect(bundleText).toContain(e.title);
      expect(bundleText.replace(/\s+/g, '')).toContain(`第${pages}页共${pages}页`);
      await expect.poll(() => page.locator('.bundles .ok').innerText()).toContain(`${pages}`);
      // The index preview lists each exhibit with its real pages: in order, the last ending on the last page.
      const previewRows = await page.locator('.index-preview tbody tr').allInnerTexts();
      expect(previewRows).toHaveLength(evidence.length);
      evidence.forEach((e, i) => expect(previewRows[i]).toContain(e.title));
      const ranges = previewRows.map((row) => row.split('\t')[4]!.split('–').map(Number));
      ranges.slice(1).forEach((range, i) => expect(range[0]).toBe(ranges[i]!.at(-1)! + 1));
      expect(ranges.at(-1)!.at(-1)).toBe(pages);
      await page.locator('.card.bundles').screenshot({ path: join(SHOTS, `bundles-${lang}.png`) });
      await page.close();
    }
  });
});
