import { execFileSync } from 'node:child_process';

/** Vitest global setup: compile once, so that tests which run the real `casepack` command use fresh code. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
