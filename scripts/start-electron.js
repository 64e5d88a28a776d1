// `npm start`: runs the desktop app where an Electron binary is installed, and says what to do where not.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electron;
try {
  electron = require('electron');
} catch {
  console.error(
    'CasePack: no Electron binary is installed here (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without network).\n' +
      'On a machine with internet access run:  node node_modules/electron/install.js  then npm start again.\n' +
      'Everything else works without it: npx casepack --help.',
  );
  process.exit(1);
}
const child = spawn(electron, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
