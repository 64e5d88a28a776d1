import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { SHOTS, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const EXAMPLE = join(PROJECT_ROOT, 'examples', 'zh-property-fee');

/** A copy of the property-fee example whose case.json has been changed by `edit` (text in, bytes out). */
function caseFolder(edit: (text: string) => Buffer): string {
  const folder = join(tempDir(), 'zh-property-fee');
  cpSync(EXAMPLE, folder, { recursive: true });
  writeFileSync(join(folder, 'case.json'), edit(readFileSync(join(EXAMPLE, 'case.json'), 'utf8')));
  return folder;
}

/** The error line the screen shows after importing `folder` with the folder picker (saved as `shot`, if given). */
async function importError(folder: string, lang: 'zh' | 'en', shot?: string): Promise<string> {
  const page = await app.open('#/', lang);
  await page.getByLabel(lang === 'zh' ? '导入案件文件夹' : 'Import case folder').setInputFiles(folder);
  const alert = page.locator('[role=alert] pre');
  await alert.waitFor();
  const text = (await alert.innerText()).trim();
  if (shot) await page.screenshot({ path: join(SHOTS, `${shot}-${lang}.png`), fullPage: true });
  await page.close();
  return text;
}

/** Nothing a user cannot act on: no temporary folder, JSON path, API name or source file. */
const NO_INTERNALS = /tmp|casepack-import|\.ts\b|cases\/|\[\d+\]|claims\.|creditor\.|\(root\)/;

describe.skipIf(app.missing)('errors from core, in the interface language', () => {
  it('a case file naming a file outside its folder, and one saved as UTF-16, are refused in Chinese', async () => {
    const outside = caseFolder((text) => Buffer.from(text.replace('"evidence/service-contract.pdf"', '"../../../etc/hostname"')));
    expect(await importError(outside, 'zh')).toBe(
      'case.json 引用的“../../../etc/hostname”在案件文件夹之外；请把该文件复制到案件文件夹内，再从那里引用。',
    );
    expect(await importError(outside, 'en')).toBe(
      'case.json names “../../../etc/hostname”, which is outside the case folder; copy the file into the folder and name it from there.',
    );

    const utf16 = caseFolder((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const line = await importError(utf16, 'zh');
    expect(line).toBe('case.json 以 UTF-16 编码保存，不是 UTF-8；请另存为 UTF-8 后重新导入。');
    expect(line).not.toMatch(/tmp|casepack-import|\.ts\b|cases\//);
  });

  it('a setting core refuses names the field by its label, with no API name or JSON path', async () => {
    const page = await app.open('#/settings', 'zh');
    await page.locator('input[name=templatesDir]').fill('relative/templates');
    await page.getByRole('button', { name: '保存' }).click();
    const alert = page.locator('[role=alert] pre');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe('以下内容不符合要求：模板文件夹。请修改后重试。');
    await page.screenshot({ path: join(SHOTS, 'settings-refused-zh.png'), fullPage: true });
    await page.close();
  });

  it('a case file with bad fields is refused one line per field, named as the editor labels it, in Chinese and English', async () => {
    const badFields = caseFolder((text) => {
      const data = JSON.parse(text);
      data.claims[1].amount = '3010.5x';
      delete data.creditor.name;
      data.debtors[0].nmae = '王晓梅';
      return Buffer.from(JSON.stringify(data, null, 2));
    });
    const zh = await importError(badFields, 'zh', 'import-folder-bad-fields');
    expect(zh.split('\n')).toEqual([
      'case.json：债权人 · 名称或姓名：必填。',
      'case.json：债务人与保证人 第 1 项 “nmae”：此项无法识别。',
      'case.json：欠款（发票或送货单） 第 2 项 · 金额：无法识别的金额：可写 120000、12万、¥120,000.00 或 120,000元。',
    ]);
    expect(zh).not.toMatch(NO_INTERNALS);
    const en = await importError(badFields, 'en', 'import-folder-bad-fields');
    expect(en.split('\n')).toEqual([
      'case.json: Creditor · Name: Required.',
      'case.json: Debtors and guarantors, item 1 “nmae”: This entry is not recognised.',
      expect.stringMatching(/^case\.json: Claims \(invoices\), item 2 · Amount: /),
    ]);
    expect(en).not.toMatch(NO_INTERNALS);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a case file that is not JSON, or saved as GBK, is refused naming the file, the place or the encoding', async () => {
    // The comma after `"version": 1` dropped: the next line (4) is where the parser stops.
    const broken = caseFolder((text) => Buffer.from(text.replace('"version": 1,', '"version": 1')));
    expect(await importError(broken, 'zh', 'import-folder-broken-json')).toBe(
      'case.json 不是有效的 JSON 文件：第 4 行第 3 列有误。请用文本编辑器改正，或从 CasePack 重新导出该案件。',
    );
    expect(await importError(broken, 'en', 'import-folder-broken-json')).toBe(
      'case.json is not valid JSON: there is a mistake at line 4, column 3. Correct it in a text editor, or export the case from CasePack again.',
    );

    const gbk = caseFolder((text) => iconv.encode(text, 'gbk'));
    expect(await importError(gbk, 'zh', 'import-folder-gbk')).toBe(
      'case.json 以 GBK/GB18030 编码保存，不是 UTF-8；请另存为 UTF-8 后重新导入。',
    );
    expect(await importError(gbk, 'en', 'import-folder-gbk')).toBe(
      'case.json is saved as GBK/GB18030, not UTF-8; save it again as UTF-8 and import it again.',
    );
  });
});
