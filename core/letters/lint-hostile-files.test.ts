import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { makeImage, makePdf } from '../../test/support/exhibit-fixtures.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { lintFile } from './lint-file.js';

const tempDir = useTempDir();
/** Two sentences the guard must catch: a threat of criminal liability and of telling the debtor's family. */
const LETTER = '如不还款，你将承担刑事责任，我们将通知你的家人和单位。\n';

function write(name: string, bytes: Uint8Array | string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

describe('lint on a file that is not a UTF-8 letter', () => {
  it('finds the wording in UTF-8, and refuses the same letter saved as GBK, naming the encoding (not a silent pass)', () => {
    expect(lintFile(write('letter.txt', LETTER)).findings.some((f) => f.severity === 'error')).toBe(true);
    const gbk = write('letter-gbk.txt', iconv.encode(LETTER, 'gb18030'));
    expect(() => lintFile(gbk)).toThrow(
      expect.objectContaining({ code: 'text-encoding', params: { file: gbk, encoding: 'GBK/GB18030' } }),
    );
    const utf16 = write('letter-16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(LETTER, 'utf-16le')]));
    expect(() => lintFile(utf16)).toThrow(expect.objectContaining({ params: { file: utf16, encoding: 'UTF-16' } }));
  });

  it('says a PDF or an image is not a text or DOCX file (no template error)', async () => {
    const pdf = write('letter.pdf', await makePdf([{ size: [595, 842] }]));
    expect(() => lintFile(pdf)).toThrow(expect.objectContaining({ code: 'lint-not-text', params: { file: pdf, kind: 'pdf' } }));
    const png = write('scan.png', await makeImage('alpha.png'));
    expect(() => lintFile(png)).toThrow(
      expect.objectContaining({ code: 'lint-not-text', params: { file: png, kind: 'binary' } }),
    );
  });

  it('casepack lint: one line, exit 1, in English or Chinese, no library words', async () => {
    const gbk = write('催款函.txt', iconv.encode(LETTER, 'gb18030'));
    const pdf = write('催款函.pdf', await makePdf([{ size: [595, 842] }]));
    const missing = join(tempDir(), 'nope.txt');
    const en = [gbk, pdf, missing].map((f) => runCli(['lint', f], { env: { LANG: 'C.UTF-8', LC_ALL: '' } }));
    expect(en.map((r) => r.status)).toEqual([1, 1, 1]);
    expect(en[0]!.stderr).toBe(`error: ${gbk}: saved as GBK/GB18030, not UTF-8; save it again as UTF-8 and check it again\n`);
    expect(en[1]!.stderr).toMatch(
      /^error: .*催款函\.pdf: a PDF: the wording guard reads a letter as text \(\.txt, UTF-8\), DOCX or a template/,
    );
    expect(en[2]!.stderr).toBe(`error: ${missing}: cannot read the file: there is no such file\n`);
    const zh = [gbk, pdf, missing].map((f) => runCli(['lint', f], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: '' } }));
    expect(zh[0]!.stderr).toBe(`错误：${gbk} 以 GBK/GB18030 编码保存，不是 UTF-8；请另存为 UTF-8 后再检查。\n`);
    expect(zh[1]!.stderr).toContain('是 PDF 文件：措辞检查只读取文本（.txt，UTF-8）、DOCX 或模板');
    expect(zh[2]!.stderr).toBe(`错误：无法读取 ${missing}：没有这个文件。\n`);
    for (const r of [...en, ...zh]) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/ENOENT|EACCES|ENOTDIR|Template|template error|\bat /);
    }
  });
});
