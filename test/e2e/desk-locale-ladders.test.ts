import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('desk');

describe.skipIf(app.missing)('the desk for English and US cases (the server’s today is 2026-11-22)', () => {
  it('puts each on its own ladder: a posted Letter before claim, a mailed validation notice, named in both languages', async () => {
    const store = app.server().store;
    const CREDITOR = 'Locale Ladder Test Ltd';
    const creditor = { name: CREDITOR, kind: 'company', address: 'Unit 4, Quayside Works, Bristol BS1 6XN' } as const;
    // The Letter before claim posted 2026-10-01: the claim fell due 30 days on, 2026-10-31 (22 days before today).
    const uk = createCase(store, {
      version: 1,
      locale: 'en-GB',
      title: 'Locale Test v Okafor',
      currency: 'GBP',
      creditor,
      debtors: [{ name: 'Daniel Okafor', kind: 'person', role: 'debtor', address: '15 Wellsway, Bath BA2 4RZ' }],
      claims: [{ id: 'INV-1', description: 'Invoice 1', amount: '8640.00', dueDate: '2026-04-19' }],
      mailings: [
        {
          id: 'm1',
          document: 'letter-before-claim',
          carrier: 'Royal Mail Signed For',
          trackingNo: 'RM123456789GB',
          sentOn: '2026-10-01',
          to: 0,
          address: '15 Wellsway, Bath BA2 4RZ',
          status: 'in-transit',
        },
      ],
    });
    // The validation notice mailed Thursday 2026-11-05: suit only after the validation period, 37 days on (2026-12-12).
    const us = createCase(store, {
      version: 1,
      locale: 'en-US',
      title: 'Locale Test v Rivera',
      currency: 'USD',
      creditor,
      debtors: [{ name: 'Maria Rivera', kind: 'person', role: 'debtor', address: '1418 SE Alder Street, Portland, OR 97214' }],
      claims: [{ id: 'TX-1', description: 'Treatment', amount: '2480.00', dueDate: '2026-09-03' }],
      events: [{ date: '2026-10-01', kind: 'call', step: 'reminder' }],
      mailings: [
        {
          id: 'm1',
          document: 'demand-letter',
          carrier: 'USPS Certified Mail',
          trackingNo: '9407111899562345678901',
          sentOn: '2026-11-05',
          to: 0,
          address: '1418 SE Alder Street, Portland, OR 97214',
          status: 'in-transit',
        },
      ],
    });

    const expected = {
      en: {
        attention: 'Only what needs attention',
        uk: ['Letter before claim\n2026-10-01', 'Claim (N1 / Money Claim Online)\n22 days overdue'],
        us: ['Demand letter (validation notice)\n2026-11-05', 'Suit\ndue 2026-12-12'],
        group: 'Suit',
      },
      zh: {
        attention: '只看需处理的',
        uk: ['诉前催告函（个人债务人）\n2026-10-01', '起诉\n逾期 22 天'],
        us: ['催收函及债务核实通知\n2026-11-05', '起诉\n2026-12-12 到期'],
        group: '起诉',
      },
    } as const;
    for (const language of ['en', 'zh'] as const) {
      const words = expected[language];
      const page = await app.open('#/desk', language);
      await page.getByLabel(language === 'en' ? 'Creditor' : '债权人', { exact: true }).selectOption(CREDITOR);
      await page.getByLabel(words.attention).uncheck();
      await expect.poll(() => page.locator('table.desk tr[data-case]').count(), { timeout: 30_000 }).toBe(2);
      const cells = async (id: number) =>
        (await page.locator(`table.desk tr[data-case="${id}"] td`).allInnerTexts()).slice(4, 6).map((c) => c.trim());
      expect(await cells(uk)).toEqual(words.uk);
      expect(await cells(us)).toEqual(words.us);
      const text = await page.locator('table.desk').innerText();
      expect(text).not.toMatch(/Not started|未开始|催款函|Reminder|还款提醒/);
      expect(await page.locator('table.desk tbody[data-group="suit"]').count()).toBe(1);
      expect(text).toContain(words.group);
      await page.screenshot({ path: join(SHOTS, `desk-locale-ladders-${language}.png`), fullPage: true });
      await page.close();
    }
  });
});
