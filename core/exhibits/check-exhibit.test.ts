import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { encryptPdf, makePdf } from '../../test/support/exhibit-fixtures.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { useStoreWithCase } from '../../test/support/store-with-case.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { toErrorPayload } from '../api/api-error.js';
import { callApi } from '../api/handlers.js';
import { getCase } from '../store/read-cases.js';
import { checkExhibitBytes, exhibitProblems } from './check-exhibit.js';
import { DEFAULT_EXHIBIT_LIMITS } from './limits.js';

const tempDir = useTempDir();
const storeWithCase = useStoreWithCase();
const noQpdf = lacksTools('the encrypted-PDF checks', 'qpdf');

async function lockedPdf(): Promise<Buffer> {
  return readFileSync(encryptPdf(tempDir(), await makePdf([{ size: [595, 842] }]), 'secret'));
}
/** A PDF cut to half its bytes, as an interrupted download leaves it. */
async function truncatedPdf(): Promise<Buffer> {
  const pdf = Buffer.from(await makePdf([{ size: [595, 842] }, { size: [595, 842] }]));
  return pdf.subarray(0, Math.floor(pdf.length / 2));
}
const ref = { id: 'E1', title: '对账单', file: 'statement.pdf' };

describe('an evidence file checked when it comes in', () => {
  it.skipIf(noQpdf)('is refused when it needs a password, is cut off or has more pages than allowed', async () => {
    const dir = tempDir();
    await expect(checkExhibitBytes(ref, join(dir, 'x.pdf'), await truncatedPdf())).rejects.toMatchObject({
      code: 'exhibit-refused',
      params: { title: '对账单', file: 'statement.pdf', reason: 'damaged' },
    });
    const locked = encryptPdf(dir, await makePdf([{ size: [595, 842] }]), 'secret');
    await expect(checkExhibitBytes(ref, locked, readFileSync(locked))).rejects.toMatchObject({
      params: { reason: 'needs-password' },
    });
    const three = await makePdf([{ size: [595, 842] }, { size: [595, 842] }, { size: [595, 842] }]);
    const limits = { ...DEFAULT_EXHIBIT_LIMITS, maxPages: 2 };
    await expect(checkExhibitBytes(ref, join(dir, 'y.pdf'), three, limits)).rejects.toMatchObject({
      code: 'exhibit-over-limit',
      params: { title: '对账单', limit: 'maxPages', max: 2 },
    });
    await expect(checkExhibitBytes(ref, join(dir, 'z.pdf'), three)).resolves.toBeUndefined();
  });

  it.skipIf(noQpdf)('names every bad file of a case, each by its title and file', async () => {
    const dir = tempDir();
    const good = await makePdf([{ size: [595, 842] }]);
    writeFixtureCase(dir, { 'good.pdf': good, 'locked.pdf': await lockedPdf(), 'cut.pdf': await truncatedPdf() });
    const refs = [
      { id: 'E1', title: '合同', file: 'evidence/good.pdf' },
      { id: 'E2', title: '对账单', file: 'evidence/locked.pdf' },
      { id: 'E3', title: '送货单', file: 'evidence/cut.pdf' },
    ];
    const problems = await exhibitProblems(refs, dir);
    expect(problems.map((p) => [p.exhibit.title, p.reason])).toEqual([
      ['对账单', 'needs-password'],
      ['送货单', 'damaged'],
    ]);
  });

  it.skipIf(noQpdf)('is refused by evidence/add with its title and file, and the case is left as it was', async () => {
    const { c, id, store } = storeWithCase();
    const add = (bytes: Uint8Array) =>
      callApi(c, 'evidence/add', {
        id,
        name: '银行流水.pdf',
        bytes: Buffer.from(bytes).toString('base64'),
        entry: { id: 'E1', title: '银行流水', purpose: '证明付款', original: false },
      });
    for (const [bad, reason] of [
      [await lockedPdf(), 'needs-password'],
      [await truncatedPdf(), 'damaged'],
      [Buffer.from('plain text, not a scan'), 'not-pdf-or-image'],
    ] as const) {
      const refused = await add(bad).catch((error: unknown) => toErrorPayload(error));
      expect(refused).toMatchObject({ code: 'exhibit-refused', params: { title: '银行流水', file: '银行流水.pdf', reason } });
      expect(JSON.stringify(refused)).not.toContain(store.blobDir);
    }
    expect(getCase(store, id).data.evidence).toEqual([]);
    expect(await add(await makePdf([{ size: [595, 842] }]))).toEqual({ path: 'evidence/银行流水.pdf' });
  });
});

describe('casepack validate and bundle on a case with two bad evidence files', () => {
  async function badCase() {
    const dir = tempDir();
    const good = await makePdf([{ size: [595, 842] }]);
    const caseFile = writeFixtureCase(dir, {
      'good.pdf': good,
      'locked.pdf': await lockedPdf(),
      'cut.pdf': await truncatedPdf(),
    });
    return { dir, caseFile };
  }

  it.skipIf(noQpdf)('validate: exit 1, one line per bad file naming its title and file, in English or Chinese', async () => {
    const { caseFile } = await badCase();
    const en = runCli(['validate', caseFile], { env: { LANG: 'C.UTF-8', LC_ALL: '' } });
    expect(en.status).toBe(1);
    expect(en.stdout).toBe('');
    const enLines = en.stderr.trim().split('\n');
    expect(enLines).toHaveLength(2);
    expect(enLines[0]).toMatch(
      /^error: evidence E2 “证据材料2（locked\.pdf）” \(evidence\/locked\.pdf\): the PDF needs a password/,
    );
    expect(enLines[1]).toMatch(/^error: evidence E3 “证据材料3（cut\.pdf）” \(evidence\/cut\.pdf\): the PDF is damaged/);

    for (const run of [
      runCli(['validate', caseFile, '--lang', 'zh']),
      runCli(['validate', caseFile], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: '' } }),
    ]) {
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        '错误：证据“证据材料2（locked.pdf）”（evidence/locked.pdf）：PDF 需要密码才能打开；请索取未加密的副本，或打开后打印为新的 PDF。',
        '错误：证据“证据材料3（cut.pdf）”（evidence/cut.pdf）：PDF 文件已损坏或不完整；请重新获取一份，或打开后打印为新的 PDF。',
      ]);
    }
  });

  it.skipIf(noQpdf)('bundle: names both bad exhibits, writes nothing', async () => {
    const { dir, caseFile } = await badCase();
    const out = join(dir, 'bundle.pdf');
    const run = runCli(['bundle', caseFile, '--out', out, '--lang', 'zh']);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('证据“证据材料2（locked.pdf）”');
    expect(lines[1]).toContain('证据“证据材料3（cut.pdf）”');
    expect(existsSync(out)).toBe(false);
  });
});
