import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { installUserRates } from '../calc/rate-sources.js';
import { makeCase } from '../calc/case-fixture.js';
import { calculateCase } from '../calc/calculate-case.js';
import { toMoneyJson } from '../money/money-json.js';
import { addUserRates } from '../rates/rate-store.js';
import { createCase } from '../store/edit-case.js';
import { openStore } from '../store/open.js';
import { caseSummaries } from './case-summaries.js';

const tempDir = useTempDir();
const AS_OF = '2026-04-30';

/**
 * 3,000 invoices of 100.00 due 2026-01-31 at 1.5 × the floating LPR (360 days): past the bundled data (to
 * 2026-02-19) the calculation needs the LPR of 2026-03-20, which only the user added. The case is stored as more
 * JSON than the cases table calculates itself, so its figures come from the summary worker's own connection.
 */
const input = makeCase({
  lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  claims: Array.from({ length: 3000 }, (_, i) => ({
    id: `INV-${i + 1}`,
    description: '货款',
    amount: '100.00',
    dueDate: '2026-01-31',
  })),
});

describe('the summary worker (cases table, desk figures)', () => {
  it('uses the LPR values the user added, read from the database by the worker itself', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    try {
      installUserRates([]);
      const without = toMoneyJson(calculateCase(input, AS_OF));
      addUserRates(store.db, [{ input: { series: 'lpr', date: '2026-03-20', rate: '2.8', source: 'chinamoney.com.cn' } }], AS_OF);
      const expected = toMoneyJson(calculateCase(input, AS_OF));
      // Per invoice: 100 × 4.5 % × 47 / 360 = 0.5875 → 0.59 to 03-19, 100 × 4.2 % × 42 / 360 = 0.49 after; without
      // the added value the whole period is at 4.5 %: 100 × 4.5 % × 89 / 360 = 1.1125 → 1.11.
      expect(expected.lateCharge).toBe('3240.00');
      expect(without.lateCharge).toBe('3330.00');

      const id = createCase(store, input);
      let row = caseSummaries(store, AS_OF).find((s) => s.id === id)!;
      expect(row.pending).toBe(true);
      for (let tries = 0; row.pending && tries < 600; tries++) {
        await new Promise((done) => setTimeout(done, 100));
        row = caseSummaries(store, AS_OF).find((s) => s.id === id)!;
      }
      expect(row).toMatchObject({ pending: false, problem: null, total: expected.total, outstanding: '300000.00' });
    } finally {
      store.close();
      installUserRates([]);
    }
  });
});
