import { z } from 'zod';
import { listOutputs, readOutput } from '../outputs/case-outputs.js';
import { getCase } from '../store/read-cases.js';
import { caseId } from './args.js';
import { toBase64 } from './base64.js';
import { handler } from './handler.js';

const output = z.object({ id: caseId, output: z.number().int().positive() });

export const outputsHandlers = {
  /** The documents CasePack made for the case and kept with it, newest first. */
  'outputs/list': handler(z.object({ id: caseId }), ({ store }, { id }) => {
    getCase(store, id);
    return listOutputs(store.db, id);
  }),

  /** A kept document's very bytes (never made again), checked against its hash. */
  'outputs/read': handler(output, async ({ store }, args) => {
    const { output, bytes } = await readOutput(store, args.id, args.output);
    return { fileName: output.fileName, sha256: output.sha256, bytes: toBase64(bytes) };
  }),
};
