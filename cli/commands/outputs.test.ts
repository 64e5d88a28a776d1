import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepOutput } from '../../core/outputs/case-outputs.js';
import { openStore } from '../../core/store/open.js';
import { runCli } from '../../test/support/cli.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { sha256Hex } from '../../core/util/sha256.js';

const tempDir = useTempDir();
const SALE = EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!;

describe('casepack outputs', () => {
  it('lists the documents kept with a case and writes one again, byte for byte', async () => {
    const db = join(tempDir(), 'casepack.db');
    expect(runCli(['import', SALE, '--db', db]).status).toBe(0);
    const cli = (...args: string[]) => runCli([...args, '--db', db]);
    expect(cli('outputs', '1').stdout).toBe('case 1 keeps no documents yet\n');

    const store = openStore(db);
    const bytes = Buffer.from('%PDF-1.7 the letter as mailed');
    const made = { caseId: 1, madeAt: '2026-11-22T08:05:00.000Z', madeBy: '王律师' } as const;
    await keepOutput(store, {
      ...made,
      kind: 'letter',
      fileName: '2026-11-22 催款函 乙公司.pdf',
      bytes,
      template: 'demand-letter',
      templateVersion: '0123456789ab',
      letterNo: '沪催〔2026〕7号',
    });
    await keepOutput(store, {
      ...made,
      kind: 'courier-bundle',
      fileName: 'courier-m1.pdf',
      bytes: Buffer.from('%PDF bundle'),
      mailing: 'm1',
    });
    store.close();

    const rows = cli('outputs', '1')
      .stdout.trim()
      .split('\n')
      .map((l) => l.split(/\s{2,}/));
    expect(rows.slice(1)).toEqual([
      ['2', '2026-11-22 08:05', 'courier bundle', 'courier-m1.pdf', '王律师', sha256Hex(Buffer.from('%PDF bundle')).slice(0, 16)],
      [
        '1',
        '2026-11-22 08:05',
        'letter',
        '2026-11-22 催款函 乙公司.pdf',
        '沪催〔2026〕7号',
        '0123456789ab',
        '王律师',
        sha256Hex(bytes).slice(0, 16),
      ],
    ]);
    expect(JSON.parse(cli('outputs', '1', '--json').stdout)[1]).toMatchObject({
      id: 1,
      kind: 'letter',
      letterNo: '沪催〔2026〕7号',
    });

    const out = join(tempDir(), 'again.pdf');
    expect(cli('outputs', '1', '--save', '1', '--out', out).stdout).toBe(`${out}: sha256 ${sha256Hex(bytes)}\n`);
    expect(readFileSync(out).equals(bytes)).toBe(true);
    const missing = cli('outputs', '1', '--save', '9', '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual(['error: case 1 keeps no document numbered 9']);
  });
});
