import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAppSettings } from '../../core/settings/settings-store.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('settings');

describe.skipIf(app.missing)('a UK payment account in Settings', () => {
  it('takes a sort code and an IBAN, and names a bad sort code in the interface language', async () => {
    const en = await app.open('#/settings', 'en');
    await en.getByLabel('Bank', { exact: true }).fill('Lloyds Bank, Bristol');
    await en.getByLabel('Account name').fill('Harbour Lane Joinery Ltd');
    await en.getByLabel('Account number').fill('12345678');
    await en.getByLabel('Sort code (UK)').fill('30-99-5');
    await en.getByLabel('IBAN').fill('gb82west12345698765432');
    await en.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => en.getByRole('alert').innerText()).toContain('Sort code (UK)');
    expect(readAppSettings(app.server().store).account).toBeUndefined();

    await en.getByLabel('Sort code (UK)').fill('309950');
    await en.getByRole('button', { name: 'Save' }).click();
    await en.locator('.settings .ok').waitFor();
    expect(readAppSettings(app.server().store).account).toEqual({
      bank: 'Lloyds Bank, Bristol',
      name: 'Harbour Lane Joinery Ltd',
      number: '12345678',
      sortCode: '30-99-50',
      iban: 'GB82 WEST 1234 5698 7654 32',
    });
    await expect.poll(() => en.getByLabel('Sort code (UK)').inputValue()).toBe('30-99-50');
    await en.screenshot({ path: join(SHOTS, 'settings-uk-account-en.png'), fullPage: true });
    await en.close();

    const zh = await app.open('#/settings', 'zh');
    await expect.poll(() => zh.getByLabel('国际银行账号').inputValue()).toBe('GB82 WEST 1234 5698 7654 32');
    await zh.getByLabel('英国银行分行代码').fill('30-99-50-1');
    await zh.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => zh.getByRole('alert').innerText()).toContain('英国银行分行代码');
    await zh.screenshot({ path: join(SHOTS, 'settings-uk-account-zh.png'), fullPage: true });
    await zh.close();
  });
});
