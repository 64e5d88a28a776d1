import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Vitest global setup: compile once, so that tests which run the real `casepack` command use fresh code,
 * and build the renderer that the end-to-end tests open in Chromium. Type errors are `npm run check`'s
 * to report; here only a compile that wrote nothing (tsc exit 1) stops the run.
 */
export default function setup(): void {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (tsc.status !== 0 && tsc.status !== 2) throw new Error(`tsc -p tsconfig.build.json wrote nothing (exit ${tsc.status})`);
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
}
