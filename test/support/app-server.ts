import { join } from 'node:path';
import { apiContext } from '../../core/api/context.js';
import { startWebBridge, type WebBridge } from '../../core/api/web-bridge.js';
import { loadCaseFile } from '../../core/case/validate.js';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { importCase } from '../../core/store/import-case.js';
import { openStore, type Store } from '../../core/store/open.js';

export interface AppServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** The web bridge in this process over a fresh database holding the given example cases. */
export async function startAppServer(dataDir: string, examples: readonly string[]): Promise<AppServer> {
  const store = openStore(join(dataDir, 'casepack.db'));
  for (const example of examples) await importCase(store, await loadCaseFile(example));
  const bridge: WebBridge = await startWebBridge({
    context: { ...apiContext(store), today: () => '2026-11-22' },
    staticDir: join(PROJECT_ROOT, 'renderer', 'dist'),
  });
  return {
    url: bridge.url,
    store,
    close: async () => {
      await bridge.close();
      store.close();
    },
  };
}
