import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { calculateCase } from '../calc/calculate-case.js';
import { toMoneyJson } from '../money/money-json.js';
import { caseIssues } from '../case/validate.js';
import { createCase } from '../store/edit-case.js';
import { openStore } from '../store/open.js';
import { caseSummaries } from './case-summaries.js';

const tempDir = useTempDir();
const AS_OF = '2026-01-05';

/** The sale-of-goods example with `count` invoices instead of its own (no files: typed in by hand). */
function caseWithClaims(count: number) {
  const raw = JSON.parse(
    readFileSync(
      EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!,
      'utf8',
    ),
  );
  raw.claims = Array.from({ length: count }, (_, i) => ({
    id: `INV-${i + 1}`,
    description: '货款',
    amount: `${100 + (i % 900)}.${String(i % 100).padStart(2, '0')}`,
    dueDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  raw.payments = [];
  raw.evidence = [];
  raw.events = [];
  raw.mailings = [];
  return raw;
}

describe('the cases table', () => {
  it('answers at once with a very large case still being calculated, and has its figures soon after', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    const small = createCase(store, caseWithClaims(3));
    const large = createCase(store, caseWithClaims(10_000));

    const first = caseSummaries(store, AS_OF);
    expect(first.find((s) => s.id === small)).toMatchObject({ pending: false, problem: null });
    expect(first.find((s) => s.id === large)).toMatchObject({ pending: true, outstanding: null, problem: null });

    let row = first.find((s) => s.id === large)!;
    for (let tries = 0; row.pending && tries < 600; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      row = caseSummaries(store, AS_OF).find((s) => s.id === large)!;
    }
    const { data } = caseIssues(caseWithClaims(10_000));
    const expected = toMoneyJson(calculateCase(data!, AS_OF));
    expect(row).toMatchObject({ pending: false, outstanding: expected.outstanding, total: expected.total });
    store.close();
  });
});
