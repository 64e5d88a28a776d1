import { InvalidArgumentError, type Command } from 'commander';
import { join } from 'node:path';
import { apiContext } from '../../core/api/context.js';
import { startWebBridge } from '../../core/api/web-bridge.js';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { openStore } from '../../core/store/open.js';
import { databaseOption } from '../database-option.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return port;
}

export function registerWeb(program: Command): void {
  program
    .command('web')
    .description('serve the app and its API on 127.0.0.1 for a browser (development and tests)')
    .addOption(databaseOption())
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 5178)
    .action(async (options: { db: string; port: number }) => {
      const store = openStore(options.db);
      const bridge = await startWebBridge({
        context: apiContext(store),
        staticDir: join(PROJECT_ROOT, 'renderer', 'dist'),
        port: options.port,
      });
      console.log(`CasePack is at ${bridge.url} (database ${options.db}); Ctrl-C stops it`);
      await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
      await bridge.close();
      store.close();
    });
}
