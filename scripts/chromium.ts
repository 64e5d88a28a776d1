import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// One launcher for the end-to-end tests and the benches (compiled to dist/scripts for the plain-JS benches).

/** Debian's Chromium: the wrapper script's real binary where it exists, the wrapper otherwise. */
export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed: apt-get install chromium (.ci/run does this)');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
}
