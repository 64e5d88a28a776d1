import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { toErrorPayload } from '../api/api-error.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCaseFolder, type FolderFile } from './import-case-folder.js';
import { openStore } from './open.js';
import { getCase } from './read-cases.js';

const tempDir = useTempDir();

/** The error an import is refused with, as the app receives it. */
const refusal = (store: Parameters<typeof importCaseFolder>[0], files: FolderFile[]) =>
  importCaseFolder(store, files).then(() => expect.fail('imported'), toErrorPayload);

/** A folder as a browser's folder picker sends it: every file with its path under the folder's own name. */
function pickFolder(dir: string): FolderFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  const base = join(dir, '..');
  return walk(dir).map((file) => ({ path: relative(base, file).split('\\').join('/'), bytes: readFileSync(file) }));
}

describe('importing a case folder sent as files', () => {
  it('stores the case and every file it names', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    const id = await importCaseFolder(store, pickFolder(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods')));
    const stored = getCase(store, id);
    expect(stored.data.contract?.number).toBe('CC-2024-0312');
    expect(stored.files.map((f) => f.path)).toContain('evidence/contract.pdf');
    store.close();
  });

  it('refuses a folder without case.json and paths that leave the folder, storing nothing', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    await expect(importCaseFolder(store, [{ path: 'x/readme.txt', bytes: Buffer.from('hi') }])).rejects.toThrow(/no case.json/);
    await expect(importCaseFolder(store, [{ path: '../case.json', bytes: Buffer.from('{}') }])).rejects.toThrow(
      /inside the chosen folder/,
    );
    expect(store.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    store.close();
  });

  it('names the JSON path when the case inside is not valid', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    const bad = JSON.stringify({
      version: 1,
      locale: 'zh-CN',
      title: 't',
      currency: 'CNY',
      creditor: { name: 'a', kind: 'company' },
      debtors: [],
      claims: [],
    });
    await expect(importCaseFolder(store, [{ path: 'c/case.json', bytes: Buffer.from(bad) }])).rejects.toThrow(
      /debtors: expected at least one debtor/,
    );
    store.close();
  });

  it('gives the app a code and parameters for each refused field and for broken JSON, with no temporary path', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    const example = JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', 'zh-property-fee', 'case.json'), 'utf8'));
    example.claims[0].amount = '12x';
    delete example.creditor.name;
    const refused = await refusal(store, [{ path: 'c/case.json', bytes: Buffer.from(JSON.stringify(example)) }]);
    expect(refused).toMatchObject({ code: 'case-fields', params: { file: 'case.json' } });
    expect(refused.details).toEqual(
      expect.arrayContaining([
        { code: 'case-field', params: { file: 'case.json', field: 'claims[0].amount', reason: 'amount.format' } },
        { code: 'case-field', params: { file: 'case.json', field: 'creditor.name', reason: 'required' } },
      ]),
    );

    const broken = await refusal(store, [{ path: 'c/case.json', bytes: Buffer.from('{\n  "version": 1,\n  oops\n}') }]);
    expect(broken).toMatchObject({ code: 'case-file-json', params: { file: 'case.json', line: 3, column: 3 } });
    expect(broken.message).toBe('case.json: not valid JSON (line 3, column 3: invalid symbol)');
    store.close();
  });
});
