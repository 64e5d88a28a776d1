import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { CaseValidationError } from '../errors.js';
import { caseIssues, loadCaseFile } from './validate.js';

const base = JSON.parse(
  readFileSync(
    EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!,
    'utf8',
  ),
) as Record<string, unknown>;

/** The sale-of-goods example with one change applied. */
function variant(change: (c: any) => void): unknown {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('case file validation', () => {
  it.each(EXAMPLE_CASES)('accepts the example %s', async (file) => {
    const loaded = await loadCaseFile(file);
    expect(loaded.data.claims.length).toBeGreaterThan(0);
  });

  it.each([
    ['a wrong role', (c: any) => (c.debtors[1].role = 'surety'), 'debtors[1].role', 'expected debtor|guarantor, got "surety"'],
    ['a float amount', (c: any) => (c.claims[0].amount = 1e3), 'claims[0].amount', 'got number 1000'],
    ['an exponent in a string', (c: any) => (c.claims[0].amount = '1e3'), 'claims[0].amount', 'got "1e3"'],
    ['three decimals', (c: any) => (c.payments[0].amount = '10.001'), 'payments[0].amount', 'decimal string'],
    ['a negative amount', (c: any) => (c.claims[2].amount = '-5.00'), 'claims[2].amount', 'decimal string'],
    ['a day that does not exist', (c: any) => (c.claims[1].dueDate = '2024-02-30'), 'claims[1].dueDate', 'no such day'],
    [
      'a date in another format',
      (c: any) => (c.payments[1].date = '2025/01/20'),
      'payments[1].date',
      'expected a date YYYY-MM-DD',
    ],
    ['a missing field', (c: any) => delete c.creditor.name, 'creditor.name', 'missing'],
    ['an unknown field', (c: any) => (c.claims[0].dueDat = '2024-01-01'), 'claims[0].dueDat', 'unknown field'],
    ['an unknown locale', (c: any) => (c.locale = 'zh-TW'), 'locale', 'expected zh-CN|en-GB|en-US'],
    ['an unknown currency', (c: any) => (c.currency = 'RMB'), 'currency', 'ISO 4217'],
    ['an unknown late-charge kind', (c: any) => (c.lateCharge = { kind: 'weekly' }), 'lateCharge.kind', 'expected kind'],
    ['a payment for no claim', (c: any) => (c.payments[1].claim = 'INV-9'), 'payments[1].claim', 'no claim with id "INV-9"'],
    ['a mailing to no debtor', (c: any) => (c.mailings[0].to = 5), 'mailings[0].to', 'no debtor at position 5'],
    [
      'a delivered mailing without a date',
      (c: any) => delete c.mailings[0].deliveredOn,
      'mailings[0].deliveredOn',
      'required when status is delivered',
    ],
    ['a duplicate claim id', (c: any) => (c.claims[1].id = c.claims[0].id), 'claims[1].id', 'used twice'],
    [
      'an event naming no evidence',
      (c: any) => (c.events[3].evidence = 'E99'),
      'events[3].evidence',
      'no evidence with id "E99"',
    ],
    [
      'an LPR fixed mode without its date',
      (c: any) => (c.lateCharge = { kind: 'lpr', multiplier: '1.5', basis: 365, mode: 'fixed' }),
      'lateCharge.fixedOn',
      'required',
    ],
    ['no debtor at all', (c: any) => (c.debtors[0].role = 'guarantor'), 'debtors', 'at least one party with role debtor'],
    ['an absolute file path', (c: any) => (c.evidence[0].file = '/etc/passwd'), 'evidence[0].file', 'relative'],
    [
      'a maximum-amount guarantee without its period',
      (c: any) => (c.debtors[1].guarantee = { kind: 'joint', type: 'maximum-amount', maxAmount: '100000.00' }),
      'debtors[1].guarantee.period.from',
      '民法典 第690条',
    ],
    [
      'a maximum-amount guarantee without its ceiling',
      (c: any) =>
        (c.debtors[1].guarantee = { kind: 'joint', type: 'maximum-amount', period: { from: '2024-01-01', to: '2024-12-31' } }),
      'debtors[1].guarantee.maxAmount',
      '民法典 第690条',
    ],
    [
      'a guarantee period that ends before it starts',
      (c: any) =>
        (c.debtors[1].guarantee = {
          kind: 'joint',
          type: 'maximum-amount',
          maxAmount: '1.00',
          period: { from: '2024-12-31', to: '2024-01-01' },
        }),
      'debtors[1].guarantee.period.to',
      'is before 2024-12-31',
    ],
  ])('rejects %s, naming %s', (_what, change, path, message) => {
    const { data, issues } = caseIssues(variant(change));
    expect(data).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  const tempDir = useTempDir();

  it('names the JSON path of a file that does not exist', async () => {
    const dir = tempDir();
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(variant((c) => (c.evidence[0].file = 'evidence/gone.pdf'))));
    const error = await loadCaseFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseValidationError);
    expect((error as CaseValidationError).message).toContain(file);
    expect((error as CaseValidationError).issues).toContainEqual({
      path: 'evidence[0].file',
      message: 'file not found: evidence/gone.pdf',
      code: 'file-missing',
      file: 'evidence/gone.pdf',
    });
    expect((error as CaseValidationError).issues.map((i) => i.path)).toContain('mailings[0].waybill');
  });

  it('rejects an empty evidence file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'evidence'));
    writeFileSync(join(dir, 'evidence', 'empty.pdf'), '');
    const file = join(dir, 'case.json');
    writeFileSync(
      file,
      JSON.stringify(
        variant((c) => ((c.evidence = [{ ...c.evidence[0], file: 'evidence/empty.pdf' }]), (c.mailings = []), (c.events = []))),
      ),
    );
    await expect(loadCaseFile(file)).rejects.toThrow('evidence[0].file: file is empty');
  });

  it('reads a file with a byte-order mark', async () => {
    const dir = tempDir();
    const file = join(dir, 'case.json');
    writeFileSync(file, '\uFEFF' + JSON.stringify(variant((c) => ((c.evidence = []), (c.mailings = []), (c.events = [])))));
    await expect(loadCaseFile(file)).resolves.toMatchObject({ data: { title: base.title } });
  });
});
