import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../core/api/handlers.js';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { pageText } from '../support/pdf-tools.js';
import { shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('filings');
const flat = (text: string) => text.replace(/\s/g, '');

describe.skipIf(app.missing)('a refused mailing’s courier bundle in the app', () => {
  it('is built from the PDF recorded when the batch letter was made, after a tracking file marked it refused', async () => {
    const store = app.server().store;
    const id = createCase(store, {
      version: 1,
      locale: 'zh-CN',
      title: '北辰贸易诉朱七买卖合同纠纷',
      currency: 'CNY',
      creditor: { name: '北辰测试贸易有限公司', kind: 'company', address: '上海市静安区南京西路1号' },
      debtors: [{ name: '朱七建材有限公司', kind: 'company', role: 'debtor', address: '上海市闵行区七莘路7号' }],
      claims: [{ id: 'c1', description: '货款', amount: '6600.00', dueDate: '2026-09-01' }],
      events: [{ date: '2026-09-02', kind: 'call', step: 'reminder' }],
    });
    // The 催款函 made in a batch on 2026-11-10, as the desk makes it: recorded on the case with the PDF and its hash.
    const context = { store, today: () => '2026-11-22' };
    const { job } = (await callApi(context, 'letters/batch-start', {
      caseIds: [id],
      step: 'demand-letter',
      asOf: '2026-11-10',
    })) as { job: string };
    for (;;) {
      const status = (await callApi(context, 'letters/batch-status', { job })) as { state: string };
      if (status.state === 'done') break;
      expect(status.state).toBe('running');
      await new Promise((r) => setTimeout(r, 100));
    }
    await callApi(context, 'letters/batch-discard', { job });
    const mailing = getCase(store, id).data.mailings[0]!;
    expect(mailing).toMatchObject({ document: 'demand-letter', status: 'in-transit', letterSha256: expect.any(String) });

    // EMS says the addressee refused it.
    const file = join(tempDir(), 'ems-tracking.csv');
    writeFileSync(file, iconv.encode(`邮件号,状态,日期\r\n${mailing.trackingNo},收件人拒收,2026-11-20\r\n`, 'gbk'));
    const tracking = await app.open('#/import', 'zh');
    await tracking.getByLabel('选择跟踪结果文件').setInputFiles(file);
    await expect.poll(() => tracking.locator('.tracking-applied tbody tr').count(), { timeout: 20_000 }).toBe(1);
    await tracking.close();
    expect(getCase(store, id).data.mailings[0]).toMatchObject({ status: 'refused', deliveredOn: '2026-11-20' });

    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      const button = page.getByRole('button', {
        name: `${lang === 'zh' ? '导出邮寄送达证据' : 'Export courier receipt'} ${mailing.trackingNo}`,
      });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
      const bundle = join(tempDir(), `courier-${lang}.pdf`);
      await download.saveAs(bundle);
      await page.locator('.card.bundles').screenshot({ path: join(SHOTS, `courier-${lang}.png`) });
      const first = flat(pageText(bundle, 1));
      // 拒收视为送达 (诉讼时效规定 第8条), and the letter is the one recorded: its source and its hash.
      expect(first).toContain(flat('收件人拒收（2026年11月20日，据寄件人记载）'));
      expect(first).toContain(flat('拒收视为送达'));
      expect(first).toContain(flat('信件来源：寄出时留存的PDF'));
      expect(first).toContain(mailing.letterSha256!);
      expect(first).not.toMatch(/重新生成/);
      expect(flat(pageText(bundle, 2))).toContain('催款函');
      await page.close();
    }
  });
});
