import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../project-root.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { ApiArgumentError } from './api-error.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const ukAccount = { bank: 'Lloyds Bank, Bristol', name: 'Harbour Lane Joinery Ltd', number: '12345678' };

function openContext() {
  const dir = tempDir();
  store = openStore(join(dir, 'casepack.db'));
  return { dir, context: { store, today: () => '2026-11-30' } };
}

async function refusedFields(patch: Record<string, unknown>): Promise<readonly string[]> {
  const { context } = openContext();
  const error = await callApi(context, 'settings/update', { account: { ...ukAccount, ...patch } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiArgumentError);
  return (error as ApiArgumentError).fields;
}

describe('a UK payment account in the settings', () => {
  it('refuses a sort code that is not six digits, an account number that is not eight, and an IBAN whose check digits fail', async () => {
    expect(await refusedFields({ sortCode: '30-99-5' })).toEqual(['account.sortCode']);
    expect(await refusedFields({ sortCode: '30-99-50', number: '1234567' })).toEqual(['account.number']);
    expect(await refusedFields({ iban: 'GB28 WEST 1234 5698 7654 32' })).toEqual(['account.iban']);
  });

  it.skipIf(lacksTools('the UK account letter read-back', 'pdftotext'))(
    'is stored as printed and paid into in the letter before claim',
    async () => {
      const { dir, context } = openContext();
      const account = { ...ukAccount, sortCode: '309950', iban: 'gb82west12345698765432' };
      const saved = (await callApi(context, 'settings/update', { account })) as { settings: { account: unknown } };
      expect(saved.settings.account).toEqual({ ...ukAccount, sortCode: '30-99-50', iban: 'GB82 WEST 1234 5698 7654 32' });

      const id = await importCase(store!, await loadCaseFile(join(PROJECT_ROOT, 'examples/en-gb-unpaid-invoice/case.json')));
      const pdf = (await callApi(context, 'letters/export', { id, templateId: 'letter-before-claim', format: 'pdf' })) as {
        bytes: string;
      };
      const file = join(dir, 'letter.pdf');
      writeFileSync(file, Buffer.from(pdf.bytes, 'base64'));
      expect(pdfText(file, false).replace(/\s+/g, ' ')).toContain(
        'Please pay by bank transfer to Harbour Lane Joinery Ltd, Lloyds Bank, Bristol, account number 12345678, sort code 30-99-50 (IBAN GB82 WEST 1234 5698 7654 32), quoting',
      );
    },
  );
});
