import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../core/api/handlers.js';
import { createCase } from '../../core/store/edit-case.js';
import { getCase, listCases } from '../../core/store/read-cases.js';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('editor');
const SALE = 'CC-2024-0312';
const JOINERY = 'PO-7731';

/** Words of Latin script the Chinese interface may show: file formats, carriers, rates, the product's name. */
const LATIN_IN_ZH = new Set([
  'PDF',
  'DOCX',
  'EMS',
  'LPR',
  'CSV',
  'XLSX',
  'ID',
  'PNG',
  'JPEG',
  'Word',
  'CasePack',
  'SHA',
  'GBK',
  'UTF',
  'ZIP',
  'English',
]);
/** Chinese the English interface may show: the language switch. */
const CJK_IN_EN = new Set(['中文']);

/** Everything a user reads or a screen reader says: the text, and each label, title, placeholder and option. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(name) ?? '');
    for (const option of document.querySelectorAll('option')) parts.push(option.textContent ?? '');
    return parts.join('\\n');
  })()`);
}

/** Every text of the stored cases (names, addresses, descriptions, file names …) and of the files kept with them. */
function caseData(): string[] {
  const store = app.server().store;
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    // A file is shown by its name without its folder (evidence/waybill.jpg as waybill.jpg).
    if (typeof value === 'string') texts.add(value).add(value.slice(value.lastIndexOf('/') + 1));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const summary of listCases(store)) walk(getCase(store, summary.id).data);
  // A kept letter's file name is in its case's language; who made it is the computer's user name.
  for (const row of store.db.prepare('SELECT file_name, made_by FROM case_outputs').all() as Record<string, string>[])
    walk([row.file_name, row.made_by, row.file_name!.replace(/\.\w+$/, '')]);
  return [...texts].filter((t) => t.trim().length > 0).sort((a, b) => b.length - a.length);
}

/** Codes either interface shows as they are: locales, currencies, and checksums in hex. */
const CODES = /\b(?:zh-CN|en-GB|en-US|CNY|GBP|USD|[0-9a-f]{12,64})\b|(?:^|\s)\/[\w./-]+/g;

/** What of the other language's script is left once case data is taken out. */
function leaks(text: string, language: 'zh' | 'en', data: readonly string[]): string[] {
  let rest = text;
  // Whole, not inside a longer run of letters and digits: a short text of the case (a claim id such as c1) taken
  // out of a checksum left pieces that read as words (a stray "fb" or "de", changing with the kept letter's hash).
  for (const d of data)
    rest = rest.replace(new RegExp(`(?<![0-9A-Za-z])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`, 'g'), ' ');
  rest = rest.replace(CODES, ' ');
  const found =
    language === 'zh'
      ? (rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []).filter((w) => !LATIN_IN_ZH.has(w))
      : (rest.match(/[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+/g) ?? []).filter((w) => !CJK_IN_EN.has(w));
  return [...new Set(found)];
}

describe.skipIf(app.missing)('every screen in Chinese and in English', () => {
  // A case at the suit step besides the examples, so the desk's batch of complaints opens too.
  beforeAll(() => {
    createCase(app.server().store, {
      version: 1,
      locale: 'zh-CN',
      title: '南山银行诉陈一信用卡纠纷',
      currency: 'CNY',
      creditor: { name: '南山测试商业银行股份有限公司', kind: 'company', representative: '赵六' },
      // A 最高额保证 with a debt arising after its period, so its fields, figures and warning are walked too.
      debtors: [
        { name: '陈一', kind: 'person', role: 'debtor', address: '深圳市南山区科技园1号' },
        {
          name: '陈二',
          kind: 'person',
          role: 'guarantor',
          address: '深圳市南山区科技园2号',
          guarantee: {
            kind: 'joint',
            type: 'maximum-amount',
            period: { from: '2026-01-01', to: '2026-06-30' },
            maxAmount: '50000.00',
          },
        },
      ],
      claims: [
        { id: 'c1', description: '信用卡透支本金', amount: '30000.00', dueDate: '2026-08-01', arisenOn: '2026-05-01' },
        { id: 'c2', description: '信用卡透支本金（七月）', amount: '8000.00', dueDate: '2026-08-25', arisenOn: '2026-07-05' },
      ],
      events: [{ date: '2026-10-01', kind: 'demand-sent', step: 'lawyer-letter' }],
    });
  });
  // A letter kept with a Chinese and with an English case, so that their lists of kept documents are walked too.
  beforeAll(async () => {
    const store = app.server().store;
    const context = { store, today: () => '2026-11-22' };
    for (const [contract, templateId] of [
      [SALE, 'demand-letter'],
      [JOINERY, 'letter-before-claim'],
    ] as const)
      // Dated before the sale's judgment took effect (2026-09-15), when its 催款函 could still be made.
      await callApi(context, 'letters/export', {
        id: caseIdByContract(store, contract),
        templateId,
        format: 'pdf',
        asOf: '2026-09-14',
      });
  });
  for (const language of ['zh', 'en'] as const) {
    it(`shows no ${language === 'zh' ? 'English' : 'Chinese'} outside case data (${language})`, async () => {
      const data = caseData();
      let page = await app.open('#/desk', language);
      const look = async (screen: string) => {
        await page.waitForTimeout(0);
        await page.screenshot({ path: join(SHOTS, `walk-${screen}-${language}.png`), fullPage: true });
        const words = leaks(await visibleText(page), language, data);
        // Soft: every screen is walked and every leak listed, screen by screen, in one run.
        expect.soft(words, `${screen} (${language})`).toEqual([]);
      };
      const zh = language === 'zh';

      await page.locator('table.desk').waitFor();
      await look('desk');
      await page.getByLabel(zh ? '全选筛选出的案件' : 'Select every case shown by the filters').check();
      await page.getByRole('button', { name: zh ? '批量生成函件…' : 'Make letters…' }).click();
      await page.getByRole('dialog').waitFor();
      await look('desk-batch-letters');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: zh ? '关闭' : 'Close' })
        .click();
      await page.getByRole('button', { name: zh ? '生成起诉状…' : 'Make complaints…' }).click();
      await page.getByRole('dialog').waitFor();
      await look('desk-batch-complaints');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: zh ? '关闭' : 'Close' })
        .click();

      await page.goto(page.url().replace(/#.*$/, '#/'));
      await page.locator('table tbody tr').first().waitFor();
      await look('cases');
      await page.goto(page.url().replace(/#.*$/, '#/import'));
      await page.locator('.import, section').first().waitFor();
      await look('import');
      await page.goto(page.url().replace(/#.*$/, '#/settings'));
      await page.locator('.senders').waitFor();
      await look('settings');

      // The case screens of every case, in either language: the app words its statement, limitation, filings and
      // editor in the interface's language whatever the case's own; only the case's own texts stay as typed.
      for (const summary of listCases(app.server().store)) {
        // A fresh page per case: the template list is that case's language's.
        await page.close();
        page = await app.open(`#/case/${summary.id}`, language);
        await page.locator('.documents').waitFor();
        await expect.poll(() => page.locator('.case').innerText(), { timeout: 30_000 }).toMatch(zh ? /合计|总计/ : /Total/i);
        const template = page.getByLabel(zh ? '模板' : 'Template');
        await template.locator('option').nth(1).waitFor({ state: 'attached' });
        await template.selectOption({ index: 1 });
        await expect
          .poll(async () => (await page.locator('.pdf-preview').count()) + (await page.locator('.documents .error').count()), {
            timeout: 60_000,
          })
          .toBeGreaterThan(0);
        // The filings, kept documents and payment panels load on their own: walked once they have.
        await page.waitForLoadState('networkidle');
        await look(`case-${summary.id}`);
        await page.getByRole('button', { name: zh ? '编辑案件' : 'Edit case' }).click();
        await page.locator('.editor, form').first().waitFor();
        await look(`editor-${summary.id}`);
      }
      await page.close();
    });
  }

  // A case of the other language: its letters are in its own language, but the app names the documents, the filings,
  // the documents kept and the rules applying payments in the interface's language.
  for (const language of ['zh', 'en'] as const) {
    it(`names documents, filings and the rules they rest on in ${language === 'zh' ? 'Chinese' : 'English'} for a case in the other language`, async () => {
      const zh = language === 'zh';
      const store = app.server().store;
      const id = caseIdByContract(store, zh ? JOINERY : SALE);
      const data = caseData();
      const page = await app.open(`#/case/${id}`, language);
      await page.locator('.filings .filing-list li').first().waitFor({ timeout: 60_000 });
      await page.locator('.outputs tbody tr').first().waitFor({ timeout: 30_000 });
      await page.locator('.payment-application').waitFor();
      const template = page.getByLabel(zh ? '模板' : 'Template');
      await template.locator('option').nth(1).waitFor({ state: 'attached' });
      await template.selectOption({ index: 1 });
      await page.locator('.statement-panel .totals').waitFor({ timeout: 30_000 });
      if (zh) await page.locator('.filings .issue-fee').waitFor({ timeout: 30_000 });
      const statement = page.locator('.statement-panel');
      const parts = {
        // The terms and totals are worded by the app: the late charge, and the total in words said to be in the letter.
        terms: await statement.locator('.late-charge-terms').innerText(),
        totals: `${await statement.locator('.totals').innerText()}\n${await statement.locator('.totals + p').allInnerTexts()}`,
        // The whole statement, its rows' rate notes and its warnings included.
        statement: await statement.innerText(),
        // The English fee table's source, by the instruments' Chinese names in the Chinese screen.
        ...(zh ? { fees: await page.locator('.filings .issue-fee').innerText() } : {}),
        documents: (await template.locator('option').allInnerTexts()).join('\n'),
        filings: await page.locator('.filings .filing-list').innerText(),
        kept: await page.locator('.outputs').innerText(),
        payments: `${await page.locator('.payment-application').innerText()}\n${await page.locator('.payment-order').innerText()}`,
      };
      await page.locator('.documents').screenshot({ path: join(SHOTS, `walk-other-documents-${language}.png`) });
      await page.locator('.filings').screenshot({ path: join(SHOTS, `walk-other-filings-${language}.png`) });
      await page.locator('.outputs').screenshot({ path: join(SHOTS, `walk-other-kept-${language}.png`) });
      await page.locator('.payment-application').screenshot({ path: join(SHOTS, `walk-other-payments-${language}.png`) });
      await statement.screenshot({ path: join(SHOTS, `walk-other-statement-${language}.png`) });
      if (zh) await page.locator('.filings .issue-fee').screenshot({ path: join(SHOTS, `walk-other-fees-${language}.png`) });
      for (const [part, text] of Object.entries(parts))
        expect.soft(leaks(text, language, data), `${part} (${language})`).toEqual([]);
      if (!zh) expect(parts.payments).toContain('Civil Code art. 560(2)');
      await page.close();
    });
  }
});
