import { keepOutput } from '../outputs/case-outputs.js';
import { madeBy } from '../outputs/made-by.js';
import type { Store } from '../store/open.js';
import type { BuiltFile, BundleRequest } from './bundle-request.js';

/** Keeps a built bundle with its case (the evidence bundle, or a mailing's courier bundle); the output's number. */
export function keepBundle(store: Store, request: BundleRequest, file: BuiltFile): Promise<number> {
  return keepOutput(store, {
    caseId: request.id,
    kind: request.kind === 'courier' ? 'courier-bundle' : 'evidence-bundle',
    fileName: file.fileName,
    bytes: file.bytes,
    madeAt: new Date().toISOString(),
    madeBy: madeBy(store),
    ...(request.kind === 'courier' && { mailing: request.mailing }),
  });
}
