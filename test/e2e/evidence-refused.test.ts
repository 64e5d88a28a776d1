import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { shotsFolder, useApp } from '../support/app-page.js';
import { encryptPdf, makePdf } from '../support/exhibit-fixtures.js';
import { lacksTools } from '../support/system-tools.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('editor');
const noQpdf = lacksTools('the encrypted-evidence app check', 'qpdf');

const CASE = {
  version: 1,
  locale: 'zh-CN',
  title: '证据拒收',
  currency: 'CNY',
  creditor: { name: '上海澄川机电设备有限公司', kind: 'company' },
  debtors: [{ name: '杭州明禾建材贸易有限公司', kind: 'company', role: 'debtor' }],
  claims: [{ id: 'C1', description: '货款', amount: '1000.00', dueDate: '2026-01-01' }],
};

const REASONS = {
  zh: ['证据“银行流水”（银行流水.pdf）：PDF 需要密码才能打开', '证据“送货单”（送货单.pdf）：PDF 文件已损坏或不完整'],
  en: [
    'Exhibit “银行流水” (银行流水.pdf): the PDF needs a password to open',
    'Exhibit “送货单” (送货单.pdf): the PDF is damaged or cut off',
  ],
};

describe.skipIf(app.missing || noQpdf)('evidence that a bundle could not use, dropped on the case screen', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`is refused when added, each file with its title and reason (${lang})`, async () => {
      const store = app.server().store;
      const id = createCase(store, { ...CASE, title: `${CASE.title} ${lang}` });
      const locked = readFileSync(encryptPdf(tempDir(), await makePdf([{ size: [595, 842] }]), 'secret'));
      const whole = Buffer.from(await makePdf([{ size: [595, 842] }, { size: [595, 842] }]));
      const files = [
        { name: '银行流水.pdf', mimeType: 'application/pdf', buffer: locked },
        { name: '送货单.pdf', mimeType: 'application/pdf', buffer: whole.subarray(0, whole.length >> 1) },
      ];
      const page = await app.open(`#/case/${id}`, lang);
      const card = page.locator('.evidence-card');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        card.getByRole('button', { name: lang === 'zh' ? '选择文件…' : 'Choose files…' }).click(),
      ]);
      await chooser.setFiles(files);
      for (const i of [0, 1]) await card.locator(`input[name=pending-${i}-purpose]`).fill('证明付款');
      await card.getByRole('button', { name: lang === 'zh' ? '添加这 2 个文件' : 'Add these 2 files' }).click();
      await expect.poll(() => card.locator('fieldset.pending-file [role=alert]').count(), { timeout: 20_000 }).toBe(2);
      const reasons = await card.locator('fieldset.pending-file [role=alert]').allInnerTexts();
      REASONS[lang].forEach((reason, i) => expect(reasons[i]).toContain(reason));
      for (const text of reasons) expect(text).not.toMatch(/\bE\d|blobs|evidence\/|ENOENT|\w+Error/);
      await page.screenshot({ path: join(SHOTS, `evidence-refused-${lang}.png`), fullPage: true });
      expect(getCase(store, id).data.evidence).toEqual([]);
      await page.close();
    });
});
