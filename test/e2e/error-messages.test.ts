import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** The error line the screen shows after importing `folder` with the folder picker. */
async function importError(folder: string, lang: 'zh' | 'en'): Promise<string> {
  const page = await app.open('#/', lang);
  await page.getByLabel(lang === 'zh' ? '导入案件文件夹' : 'Import case folder').setInputFiles(folder);
  const alert = page.locator('[role=alert] pre');
  await alert.waitFor();
  const text = (await alert.innerText()).trim();
  await page.close();
  return text;
}

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
});
