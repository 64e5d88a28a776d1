import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { CaseValidationError, FileError } from '../errors.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCaseFolder } from '../store/import-case-folder.js';
import { openStore } from '../store/open.js';
import { loadCaseFile } from './validate.js';

const tempDir = useTempDir();
const EXAMPLE = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods');

/** The sale-of-goods example copied to `<temp>/received/`, its first evidence file renamed as given. */
function receivedCase(firstEvidence?: string): { dir: string; file: string } {
  const dir = join(tempDir(), 'received');
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = join(dir, 'case.json');
  if (firstEvidence !== undefined) {
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    raw.evidence[0].file = firstEvidence;
    writeFileSync(file, JSON.stringify(raw));
  }
  return { dir, file };
}

async function issuesOf(file: string): Promise<{ path: string; message: string }[]> {
  const error = await loadCaseFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CaseValidationError);
  return [...(error as CaseValidationError).issues];
}

describe('a case file received from someone else', () => {
  it('cannot name a file outside its folder, by ../ or by an absolute path', async () => {
    for (const [escape, message] of [
      ['../../../../../../../../etc/hostname', 'outside the case folder'],
      ['../outside.pdf', 'outside the case folder'],
      ['/etc/hostname', 'not an absolute path'],
    ] as const) {
      const { dir, file } = receivedCase(escape);
      writeFileSync(join(dir, '..', 'outside.pdf'), '%PDF-1.4 secret');
      // A file outside the folder carries its code and path for the UI; an absolute path is a schema problem.
      const coded = message === 'outside the case folder' ? { code: 'file-outside-folder', file: escape } : { code: 'invalid' };
      expect(await issuesOf(file)).toEqual([{ path: 'evidence[0].file', message: expect.stringContaining(message), ...coded }]);
    }
  });

  it('cannot reach out through a symbolic link, but may use one that stays inside', async () => {
    const { dir, file } = receivedCase('evidence/link.pdf');
    writeFileSync(join(dir, '..', 'private.pdf'), '%PDF-1.4 private');
    symlinkSync(join(dir, '..', 'private.pdf'), join(dir, 'evidence', 'link.pdf'));
    expect(await issuesOf(file)).toEqual([
      {
        path: 'evidence[0].file',
        message: expect.stringContaining('outside the case folder'),
        code: 'file-outside-folder',
        file: 'evidence/link.pdf',
      },
    ]);

    const inside = receivedCase('evidence/alias.pdf');
    symlinkSync('contract.pdf', join(inside.dir, 'evidence', 'alias.pdf'));
    expect((await loadCaseFile(inside.file)).data.evidence[0]!.file).toBe('evidence/alias.pdf');
  });

  it('cannot name a folder, a device or a named pipe, and a pipe hangs nothing', async () => {
    const { dir, file } = receivedCase('evidence/pipe.pdf');
    execFileSync('mkfifo', [join(dir, 'evidence', 'pipe.pdf')]);
    const started = Date.now();
    expect(await issuesOf(file)).toEqual([
      {
        path: 'evidence[0].file',
        message: 'not a regular file: evidence/pipe.pdf',
        code: 'not-a-file',
        file: 'evidence/pipe.pdf',
      },
    ]);
    for (const other of ['evidence', '/dev/zero'])
      expect((await issuesOf(receivedCase(other).file))[0]!.path).toBe('evidence[0].file');
    // A pipe in place of case.json itself (once `cases/import` of one hung every file operation of the server).
    const pipe = join(tempDir(), 'case.json');
    execFileSync('mkfifo', [pipe]);
    await expect(loadCaseFile(pipe)).rejects.toMatchObject({
      code: 'file-unreadable',
      params: { file: pipe, reason: 'not-a-file' },
      message: `${pipe}: cannot read the case file: it is not a regular file (a device, a pipe or a link)`,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('is not quoted back when it is not JSON: the error names the line and column only', async () => {
    const file = join(tempDir(), 'shadow');
    writeFileSync(file, 'root:$6$Zx9secretHash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n');
    const error = await loadCaseFile(file).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as Error).message).toBe(`${file}: not valid JSON (line 1, column 1: invalid symbol)`);

    const broken = join(tempDir(), 'case.json');
    writeFileSync(broken, '{\n  "creditor": {\n    "name": secret-name\n  }\n}\n');
    const second = await loadCaseFile(broken).catch((e: Error) => e.message);
    expect(second).toBe(`${broken}: not valid JSON (line 3, column 13: invalid symbol)`);
    expect(second).not.toContain('secret');
  });

  it('saved as GBK is refused with the encoding named, not stored as mojibake', async () => {
    const { file } = receivedCase();
    writeFileSync(file, iconv.encode(readFileSync(file, 'utf8'), 'gbk'));
    await expect(loadCaseFile(file)).rejects.toThrow(`${file}: saved as GBK/GB18030, not UTF-8; save it again as UTF-8`);
    // With a byte-order mark, UTF-8 is fine.
    const { file: withBom } = receivedCase();
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(withBom)]));
    expect((await loadCaseFile(withBom)).data.creditor.name).toBe('上海澄川机电设备有限公司');
  });

  it('sent to the app as a folder still cannot name a file outside it, and nothing is stored', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    const raw = JSON.parse(readFileSync(join(EXAMPLE, 'case.json'), 'utf8'));
    raw.evidence = [{ ...raw.evidence[0], file: '../../../../../../../../etc/hostname' }];
    raw.events = [];
    raw.mailings = [];
    const files = [{ path: 'c/case.json', bytes: Buffer.from(JSON.stringify(raw)) }];
    await expect(importCaseFolder(store, files)).rejects.toThrow(/evidence\[0\]\.file: .*outside the case folder/);
    expect(store.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    store.close();
  });
});
