// Time to calculate one case of 10,000 to 100,000 claims (and one payment per hundred claims): it must grow
// linearly. Run: npm run build && node bench/calc-scale.bench.mjs
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { calculateCase } from '../dist/core/calc/calculate-case.js';
import { makeCase } from '../dist/core/calc/case-fixture.js';

function bigCase(n) {
  const claims = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    description: '货款',
    amount: `${1000 + (i % 500)}.00`,
    dueDate: `20${20 + (i % 4)}-0${(i % 9) + 1}-1${i % 9}`,
  }));
  const payments = Array.from({ length: Math.floor(n / 100) }, (_, i) => ({
    date: `2024-0${(i % 9) + 1}-1${i % 9}`,
    amount: '300.00',
  }));
  return makeCase({ claims, payments, lateCharge: { kind: 'daily-rate', rate: '0.0005' } });
}

// Claims due the same day share each payment pro rata (民法典 第560条 第2款): here 36 due dates, so every payment
// has a part for each of n/36 claims and the statement itself grows as n². The time is linear in what is written:
// claims, statement lines and applied parts. The ratio below is CPU time per 1,000 of those, against the first case's.
calculateCase(bigCase(10_000), '2025-06-30'); // warm-up: the first figure would otherwise include compiling
let base;
for (const n of [10_000, 20_000, 40_000, 100_000]) {
  const data = bigCase(n);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = calculateCase(data, '2025-06-30');
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  const seconds = (used.user + used.system) / 1e6;
  const parts = result.payments.reduce((sum, p) => sum + p.applied.length, 0);
  const perThousand = (seconds * 1e6) / (n + result.statement.length + parts);
  base ??= perThousand;
  console.log(
    `claims ${n}: ${(ms / 1000).toFixed(2)} s wall, ${seconds.toFixed(2)} s CPU; ${result.statement.length} lines, ` +
      `${parts} applied parts; ${perThousand.toFixed(1)} ms CPU per 1,000 claims + lines + parts (×${(perThousand / base).toFixed(2)})`,
  );
}
