import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { pdfText, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('legal');
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(app.missing)('en-GB particulars of claim on the case screen', () => {
  it('offers the particulars with the County Court issue fee and the fee table used, and exports them', async () => {
    const id = createCase(app.server().store, {
      version: 1,
      locale: 'en-GB',
      title: 'Oakbridge v Castle Fit-Outs',
      currency: 'GBP',
      creditor: { name: 'Oakbridge Timber Ltd', kind: 'company', address: '2 Mill Lane, Leeds LS1 4AB' },
      debtors: [{ name: 'Castle Fit-Outs Ltd', kind: 'company', role: 'debtor', address: '9 Castle St, York YO1 9RY' }],
      claims: [{ id: 'INV-88', description: 'Invoice 88: oak flooring', amount: '12000.00', dueDate: '2026-05-31' }],
      lateCharge: { kind: 'uk-statutory' },
    });
    // Today 2026-11-22. Interest from 2026-06-01 at 8 % + 3.75 % (Bank Rate on 2025-12-31) = 11.75 %, 175 days:
    // 12,000 × 11.75 % × 175 / 365 = 676.0274 → 676.03; fixed sum £100 (s.5A); claimed 12,776.03;
    // issue fee 5 % = 638.8015 → £638.80 (rounded down); daily 12,000 × 11.75 % / 365 = 3.863 → £3.86.
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      const panel = page.locator('.card.filings');
      await panel.locator('.filing-list').waitFor();
      const text = flat(await panel.innerText());
      expect(text).toContain('£12,776.03');
      expect(text).toContain('£638.80');
      expect(text).toContain('2015-03-09');
      // The amending order by its SI number, named in the interface's language.
      expect(text).toContain(
        lang === 'zh'
          ? '经《2015年民事诉讼及家事诉讼收费（修订）令》（英国法定文书 2015/576 号）第2条第(3)款替换'
          : 'as substituted by the Civil Proceedings and Family Proceedings Fees (Amendment) Order 2015 (SI 2015/576), art. 2(3)',
      );
      expect(text).toContain(
        lang === 'zh' ? '该费用表尚待与现行官方附表1核对' : 'still to be checked against the current official Schedule 1',
      );
      expect(text).not.toContain(lang === 'zh' ? '尚未选择受理法院' : 'No court chosen yet');
      expect(text).toContain(lang === 'zh' ? '受理法院：郡法院金钱请求中心' : 'Court: County Court Money Claims Centre');
      const particulars = panel.locator('li', { hasText: lang === 'zh' ? '索赔详情书' : 'Particulars of claim' });
      expect(await particulars.innerText()).toContain(lang === 'zh' ? '可生成' : 'Ready');
      await particulars.getByRole('button').click();
      await panel.locator('.pdf-preview canvas').first().waitFor();
      await panel.screenshot({ path: join(SHOTS, `particulars-${lang}.png`) });
      if (lang === 'en') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          panel.getByRole('button', { name: 'Export PDF' }).click(),
        ]);
        const path = join(SHOTS, 'particulars-of-claim.pdf');
        await download.saveAs(path);
        const pdf = flat(pdfText(path, false));
        expect(pdf).toContain('22 November 2026, the date of issue: £676.03');
        expect(pdf).toContain('at the daily rate of £3.86');
        expect(pdf).toContain('Total £12,776.03');
        // No hearing centre named: headed for the Money Claims Centre, the claim number left for the court.
        expect(pdf).toContain('IN THE COUNTY COURT MONEY CLAIMS CENTRE');
        expect(pdf).toContain('(to be given by the court on issue)');
        expect(pdf).toContain('of which £100.00 remains unpaid');
      }
      await page.close();
    }
  });
});
