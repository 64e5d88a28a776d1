// Time to calculate 10,000 varied cases (statement + limitation), on the compiled code.
// Run: npm run build && node bench/calc.bench.mjs   (target: under 1 s for 10,000 on a 2-core machine)
import { performance } from 'node:perf_hooks';
import { calculateCase } from '../dist/core/calc/calculate-case.js';
import { makeCase } from '../dist/core/calc/case-fixture.js';

const KINDS = [
  { kind: 'daily-rate', rate: '0.0005' },
  { kind: 'annual-rate', rate: '0.06', basis: 365 },
  { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  { kind: 'lpr', multiplier: '4', basis: 365, mode: 'fixed', fixedOn: '2022-01-20' },
];

/** Two claims, a payment, a guarantor (joint or general) and a demand: each kind of late charge in turn. */
function sample(i) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = `0${(i % 9) + 1}`;
  return makeCase({
    debtors: [
      { name: '乙公司', kind: 'company', role: 'debtor' },
      { name: '丙某', kind: 'person', role: 'guarantor', guarantee: { kind: i % 2 ? 'joint' : 'general' } },
    ],
    claims: [
      {
        id: 'a',
        description: '货款',
        amount: `${10000 + i}.${String(i % 100).padStart(2, '0')}`,
        dueDate: `2021-${month}-${day}`,
      },
      { id: 'b', description: '货款', amount: '5000.00', dueDate: `2022-${month}-${day}` },
    ],
    payments: [{ date: `2023-${month}-${day}`, amount: '3000.00' }],
    lateCharge: KINDS[i % KINDS.length],
    events: [{ date: `2023-1${i % 3}-${day}`, kind: 'demand-delivered' }],
  });
}

const COUNT = 10_000;
const cases = Array.from({ length: COUNT }, (_, i) => sample(i));
const runs = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let lines = 0;
  for (const c of cases) lines += calculateCase(c, '2025-06-30').statement.length;
  const cpu = process.cpuUsage(cpuStart);
  runs.push({ wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 });
  if (run === 0) console.log(`${COUNT} cases, ${lines} statement lines`);
}
// CPU time is shown beside wall time: on a busy machine wall time also counts other processes' turns.
const shown = runs.map((r) => `${r.wall.toFixed(0)} (cpu ${r.cpu.toFixed(0)})`).join(', ');
console.log(
  `runs, ms wall (cpu): ${shown}; best ${Math.min(...runs.map((r) => r.wall)).toFixed(0)} ms (first run includes warm-up)`,
);
