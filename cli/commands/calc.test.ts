import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseCalculationJson } from '../../core/calc/calculate-case.js';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { runCli } from '../../test/support/cli.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'];

function smallCase(): string {
  const file = join(tempDir(), 'case.json');
  const data = {
    version: 1,
    locale: 'zh-CN',
    title: '货款',
    currency: 'CNY',
    creditor: { name: '甲公司', kind: 'company' },
    debtors: [{ name: '乙公司', kind: 'company', role: 'debtor' }],
    claims: [{ id: 'c1', description: '货款', amount: '10000.00', dueDate: '2024-01-31' }],
    lateCharge: { kind: 'daily-rate', rate: '0.0005' },
  };
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('casepack calc', () => {
  it('prints a statement a reader can check: 10000 × 0.05% × 30 days = 150.00', () => {
    const result = runCli(['calc', smallCase(), '--as-of', '2024-03-01', '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      principal: '10000.00',
      paid: '0.00',
      outstanding: '10000.00',
      lateCharge: '150.00',
      total: '10150.00',
      totalInWords: '人民币壹万零壹佰伍拾元整',
      statement: [{ claim: 'c1', principal: '10000.00', from: '2024-02-01', to: '2024-03-01', days: 30, charge: '150.00' }],
      // 2024-01-31 + 3 years = 2027-01-31, a Sunday (no 2027 notice: weekends only) → Monday 2027-02-01.
      limitation: [{ party: 0, expiresOn: '2027-02-01', warning: false }],
    });
    const text = runCli(['calc', smallCase(), '--as-of', '2024-03-01']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/2024-02-01\s+2024-03-01\s+30\s+0\.05%\/day/);
    expect(text.stdout).toContain('人民币壹万零壹佰伍拾元整');
    // Grouped as the letters print it, so that a reader finds the same string in both; --json stays plain.
    expect(text.stdout).toMatch(/principal\s+10,000\.00/);
    expect(text.stdout).toMatch(/= total owed\s+10,150\.00/);
    expect(text.stdout).not.toContain('10150.00');
  });

  it.each([...EXAMPLE_CASES])('gives the same JSON in every time zone for %s', (file) => {
    const outputs = ZONES.map((TZ) => runCli(['calc', file, '--as-of', '2025-06-30', '--json'], { env: { TZ } }));
    for (const output of outputs) expect([output.status, output.stderr]).toEqual([0, '']);
    expect(outputs[1]!.stdout).toBe(outputs[0]!.stdout);
    expect(outputs[2]!.stdout).toBe(outputs[0]!.stdout);
    const json = JSON.parse(outputs[0]!.stdout) as Record<string, unknown>;
    for (const key of ['principal', 'paid', 'outstanding', 'lateCharge', 'total', 'totalInWords', 'statement', 'limitation'])
      expect(json).toHaveProperty(key);
  });

  it('gives its reasons in Chinese with --lang zh, the figures unchanged', () => {
    const zh = runCli(['calc', smallCase(), '--as-of', '2024-03-01', '--json', '--lang', 'zh']);
    const en = runCli(['calc', smallCase(), '--as-of', '2024-03-01', '--json']);
    const zhJson = JSON.parse(zh.stdout) as CaseCalculationJson;
    const enJson = JSON.parse(en.stdout) as CaseCalculationJson;
    expect(zhJson.statement[0]!.rateNote).toBe('每日0.05%');
    expect(zhJson.limitation[0]!.basis).toBe('债权c1于2024-01-31到期，诉讼时效期间三年（民法典第188条）');
    expect(zhJson.total).toBe(enJson.total);
    expect(enJson.limitation[0]!.basis).toBe('debt due 2024-01-31 (claim c1); three years (Civil Code art. 188)');
    expect(runCli(['calc', smallCase(), '--lang', 'fr']).status).toBe(2);
  });

  it('states what the judgment in force orders paid, in place of the contract total (民事诉讼法 第264条)', () => {
    const example = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json');
    const text = runCli(['calc', example, '--as-of', '2026-11-22']);
    expect(text.status).toBe(0);
    // 279,650.50 × 1.75‱ × 25 + 229,650.50 × 1.75‱ × 33 = 2,549.70; 229,650.50 + 2,549.70 + 5,800.00 = 238,000.20.
    expect(text.stdout).toMatch(/= total under the contract \(before the judgment\)\s+309,791\.40/);
    expect(text.stdout).toMatch(/\+ doubled interest for late performance from 2026-09-26\s+2,549\.70/);
    expect(text.stdout).toMatch(/= total owed under the judgment\s+238,000\.20/);
    expect(text.stdout).not.toMatch(/= total owed\s+\d/);
    const json = JSON.parse(runCli(['calc', example, '--as-of', '2026-11-22', '--json']).stdout) as Record<string, unknown>;
    expect(json.underJudgment).toMatchObject({ unpaid: '229650.50', doubledInterest: '2549.70', total: '238000.20' });
  });

  it('exits 2 naming --as-of for a date that does not exist, as for any other bad usage', () => {
    const bad = runCli(['calc', smallCase(), '--as-of', '2024-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      "error: option '--as-of <date>' argument '2024-02-30' is invalid. expected a date YYYY-MM-DD that exists",
    );
    expect(runCli(['calc']).status).toBe(2);
    expect(runCli(['calc', smallCase(), '--no-such-option']).status).toBe(2);
  });

  it('words the failure line in the language asked for, from its first word', () => {
    const missing = join(tempDir(), 'no-such-case.json');
    const zh = runCli(['calc', missing, '--lang', 'zh']);
    expect(zh.status).toBe(1);
    expect(zh.stderr).toMatch(/^错误：/);
    expect(zh.stderr).not.toContain('error:');
    expect(runCli(['calc', missing, '--lang', 'en']).stderr).toMatch(/^error: /);
  });
});
