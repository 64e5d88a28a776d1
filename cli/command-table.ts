import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every command, loaded only when it runs: each module pulls in the parts of core it needs (PDF, fonts,
 * images, spreadsheets), and a command should not pay for the others' start-up.
 */
export const COMMANDS: Record<string, () => Promise<Register>> = {
  validate: () => import('./commands/validate.js').then((m) => m.registerValidate),
  import: () => import('./commands/import.js').then((m) => m.registerImport),
  export: () => import('./commands/export.js').then((m) => m.registerExport),
  list: () => import('./commands/list.js').then((m) => m.registerList),
  history: () => import('./commands/history.js').then((m) => m.registerHistory),
  outputs: () => import('./commands/outputs.js').then((m) => m.registerOutputs),
  undo: () => import('./commands/undo.js').then((m) => m.registerUndo),
  archive: () => import('./commands/shelve.js').then((m) => m.registerArchive),
  delete: () => import('./commands/shelve.js').then((m) => m.registerDelete),
  calc: () => import('./commands/calc.js').then((m) => m.registerCalc),
  templates: () => import('./commands/templates.js').then((m) => m.registerTemplates),
  letter: () => import('./commands/letter.js').then((m) => m.registerLetter),
  lint: () => import('./commands/lint.js').then((m) => m.registerLint),
  bundle: () => import('./commands/bundle.js').then((m) => m.registerBundle),
  courier: () => import('./commands/courier.js').then((m) => m.registerCourier),
  preflight: () => import('./commands/preflight.js').then((m) => m.registerPreflight),
  verify: () => import('./commands/verify.js').then((m) => m.registerVerify),
  due: () => import('./commands/due.js').then((m) => m.registerDue),
  letters: () => import('./commands/letters.js').then((m) => m.registerLetters),
  tracking: () => import('./commands/tracking.js').then((m) => m.registerTracking),
  rates: () => import('./commands/rates.js').then((m) => m.registerRates),
  fees: () => import('./commands/fees.js').then((m) => m.registerFees),
  web: () => import('./commands/web.js').then((m) => m.registerWeb),
  backup: () => import('./commands/backup.js').then((m) => m.registerBackup),
  restore: () => import('./commands/restore.js').then((m) => m.registerRestore),
};

/** The commands to register for these arguments: the one named, or all of them for help and mistakes. */
export function commandsFor(argv: readonly string[]): string[] {
  const named = argv.find((a) => !a.startsWith('-'));
  if (named === undefined && (argv.includes('-v') || argv.includes('--version'))) return [];
  return named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
}
