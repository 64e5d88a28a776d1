import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { sha256Hex } from '../util/sha256.js';
import { buildCourierBundle } from './build-courier-bundle.js';
import { MissingLetterError } from './errors.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { darkRgbPixels, pageCount, pageText, qpdfCheck, renderPage } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';

const tempDir = useTempDir();

interface CourierSetup {
  status: string;
  letter?: 'stored' | 'none';
  letterSha256?: string;
  proof?: boolean;
  trackingNo?: string;
}

async function courierCase({ status, letter: stored = 'stored', letterSha256, proof = true, trackingNo }: CourierSetup) {
  const dir = tempDir();
  const letter = await makePdf([{ size: [595, 842] }, { size: [595, 842] }]);
  const caseFile = writeFixtureCase(dir, { 'a.pdf': await makePdf([{ size: [595, 842] }]) });
  const data = JSON.parse(readFileSync(caseFile, 'utf8'));
  const mailing = data.mailings[0];
  Object.assign(mailing, { status, deliveredOn: '2025-03-12' }, trackingNo && { trackingNo });
  if (stored === 'stored') {
    writeFileSync(join(dir, 'mail', 'letter.pdf'), letter);
    Object.assign(mailing, { letter: 'mail/letter.pdf' }, letterSha256 && { letterSha256 });
  }
  if (!proof) {
    delete mailing.waybill;
    delete mailing.tracking;
  }
  writeFileSync(caseFile, JSON.stringify(data));
  return { dir, caseFile, letter, out: join(dir, 'courier.pdf') };
}

const flat = (text: string) => text.replace(/\s/g, '');

describe.skipIf(lacksTools('the courier bundle read-back tests', 'qpdf', 'pdftotext', 'pdftoppm'))('courier bundle', () => {
  it('states a refused mailing as arrived on the refusal date (时效规定 第8条), with the hash of the letter mailed', async () => {
    const { dir, caseFile, letter, out } = await courierCase({ status: 'refused' });
    const result = runCli(['courier', caseFile, '--mailing', 'm1', '--out', out]);
    expect(result.stderr).toBe('');
    expect(qpdfCheck(out).status).toBe(0);
    const first = pageText(out, 1);
    for (const text of [
      '邮寄送达证据',
      '收件人拒收（2025年3月12日）',
      'EMS',
      '1151234567890',
      '浙江省杭州市拱墅区莫干山路568号3幢402室',
    ])
      expect(first).toContain(text);
    expect(flat(first)).toContain(
      flat(
        '拒收视为送达：收件人拒收的，该文书视为已到达（应当到达，诉讼时效规定 第8条 第1款 第2项），诉讼时效自拒收之日2025年3月12日中断',
      ),
    );
    expect(flat(first)).toContain('邮寄内容：催款函信件来源：寄出时留存的PDF');
    expect(flat(first)).toContain(sha256Hex(letter));
    expect(first).not.toMatch(/注意|重新生成/);
    expect(darkRgbPixels(await renderPage(out, 1))).toBeGreaterThan(150);
    expect(pageText(out, 2)).toMatch(/第\s*2\s*页\s*共\s*5\s*页/);
    expect(runCli(['verify', out, '--sources', dir]).status).toBe(0);
  });

  it('refuses a stored letter whose hash is not the one recorded when it was mailed', async () => {
    const good = await courierCase({ status: 'delivered' });
    const recorded = sha256Hex(good.letter);
    const same = await courierCase({ status: 'delivered', letterSha256: recorded.toUpperCase() });
    writeFileSync(join(same.dir, 'mail', 'letter.pdf'), good.letter);
    expect(runCli(['courier', same.caseFile, '--mailing', 'm1', '--out', same.out]).status).toBe(0);

    const changed = await courierCase({ status: 'delivered', letterSha256: recorded });
    // Two fixture PDFs made within the same second are byte-identical: make this one surely another letter.
    writeFileSync(join(changed.dir, 'mail', 'letter.pdf'), Buffer.concat([good.letter, Buffer.from('\n% changed\n')]));
    const result = runCli(['courier', changed.caseFile, '--mailing', 'm1', '--out', changed.out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'error: mailing m1: mail/letter.pdf is not the letter that was mailed (its SHA-256 differs from the one recorded when it was sent); put back the PDF that was posted\n',
    );
    expect(existsSync(changed.out)).toBe(false);
  });

  it('without a stored letter refuses, unless a reconstruction is asked for, which says so on every page', async () => {
    const { caseFile, out } = await courierCase({ status: 'delivered', letter: 'none' });
    const refused = runCli(['courier', caseFile, '--mailing', 'm1', '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^error: mailing m1: no copy of the letter that was mailed \(demand-letter\) is stored; .*--reconstruct/,
      ),
    ]);
    expect(existsSync(out)).toBe(false);

    const made = runCli(['courier', caseFile, '--mailing', 'm1', '--out', out, '--reconstruct']);
    expect(made.status).toBe(0);
    expect(made.stderr).toBe(
      'warning: mailing m1: no copy of the letter that was posted is stored; the letter in this bundle is a reconstruction from the case data, not the copy mailed\n',
    );
    const pages = pageCount(out);
    expect(pages).toBeGreaterThan(3);
    for (let n = 1; n <= pages; n++)
      expect(flat(pageText(out, n)), `page ${n}`).toContain('重新生成件：本册信件根据案件数据重新生成，并非寄出原件');
    expect(flat(pageText(out, 1))).toContain('信件来源：重新生成件：根据案件数据重新生成，并非寄出原件');
    expect(qpdfCheck(out).status).toBe(0);
  });

  it('warns when the waybill, the carrier number or the tracking record is missing, and says whose word the outcome is', async () => {
    const { caseFile, out } = await courierCase({ status: 'refused', proof: false, trackingNo: 'CP12-m1' });
    const result = runCli(['courier', caseFile, '--mailing', 'm1', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      'warning: mailing m1: no waybill is attached, so nothing in the bundle shows the item was posted under this number',
      "warning: mailing m1: CP12-m1 is the batch reference, not the carrier's tracking number",
      'warning: mailing m1: no tracking record is attached, so "refused" rests on the sender\'s word, not the carrier\'s record',
    ]);
    const first = flat(pageText(out, 1));
    expect(first).toContain('投递结果：收件人拒收（2025年3月12日，据寄件人记载）');
    expect(first).toContain('未附快递运单');
    expect(first).toContain('CP12-m1是批量寄送时的客户单号');
    expect(first).toContain('未附物流记录，“拒收”仅为寄件人记载');
    expect(pageCount(out)).toBe(3);
  });

  it('asks for the letter when none is stored, and encloses a reconstruction only when asked', async () => {
    const { caseFile } = await courierCase({ status: 'delivered', letter: 'none' });
    const loaded = await loadCaseFile(caseFile);
    const generated = await makePdf([{ size: [595, 842] }]);
    const letter = async () => generated;
    await expect(buildCourierBundle(loaded, 'm1', { letter })).rejects.toBeInstanceOf(MissingLetterError);
    const built = await buildCourierBundle(loaded, 'm1', { letter, reconstruct: true });
    expect(built.manifest.mailing).toMatchObject({
      letterSha256: sha256Hex(generated),
      letterSource: 'reconstructed',
      status: 'delivered',
      warnings: ['letter-reconstructed'],
    });
    expect(built.manifest.totalPages).toBe(4);
  });
});
