import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { caseFileShape } from '../case/schema.js';
import { PROJECT_ROOT } from '../project-root.js';
import { sha256Hex } from '../util/sha256.js';
import { LetterWorkerError } from './errors.js';
import { LetterRenderPool } from './render-pool.js';

const tempDir = useTempDir();
// Letters dated before the example's judgment takes effect (2026-09-15): after it no demand letter is made.
const AS_OF = '2026-09-01';
const example = caseFileShape.parse(
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json'), 'utf8')),
);

describe('LetterRenderPool', () => {
  const pool = LetterRenderPool.create({ threads: 2 });
  afterAll(() => pool.close());

  it('writes letters on worker threads, each file as its SHA-256 says', async () => {
    const dirs = [tempDir(), tempDir(), tempDir()];
    const letters = await Promise.all(
      dirs.map((outDir, i) => {
        const data = structuredClone(example);
        data.debtors[0]!.name = `杭州明禾建材贸易有限公司（${i + 1}）`;
        return pool.write(data, { templateId: 'demand-letter', asOf: AS_OF, outDir, formats: ['pdf', 'docx'] });
      }),
    );
    for (const [i, letter] of letters.entries()) {
      expect(letter.files.map((f) => f.path)).toEqual([
        join(dirs[i]!, 'demand-letter.pdf'),
        join(dirs[i]!, 'demand-letter.docx'),
      ]);
      for (const file of letter.files) expect(sha256Hex(readFileSync(file.path))).toBe(file.sha256);
      expect(letter.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('rejects a letter that fails with the worker’s error, and keeps working', async () => {
    const outDir = tempDir();
    await expect(pool.write(example, { templateId: 'no-such-template', asOf: AS_OF, outDir, formats: ['pdf'] })).rejects.toThrow(
      LetterWorkerError,
    );
    const letter = await pool.write(example, { templateId: 'demand-letter', asOf: AS_OF, outDir, formats: ['pdf'] });
    expect(letter.files).toHaveLength(1);
  });

  it('refuses a thread count that is not a whole number', () => {
    expect(() => LetterRenderPool.create({ threads: 0 })).toThrow(/threads: expected a whole number/);
  });
});
