import { z } from 'zod';
import { exportCase } from '../store/export-case.js';
import { listCases } from '../store/read-cases.js';
import { caseId, caseShelf, path } from './args.js';
import { handler } from './handler.js';

/**
 * The stored cases listed without calculating them, and one written out as a folder. Writing takes a path
 * on this machine, so these run in-process only (the CLI): neither IPC nor the web bridge exposes them.
 */
export const storeFileHandlers = {
  /** The stored cases, without calculating them (`casepack list`). */
  'cases/index': handler(z.object({ shelf: caseShelf.optional() }), ({ store }, args) => listCases(store, args.shelf)),

  /** Writes a stored case as case.json plus its files into a new or empty folder; answers the folder. */
  'cases/export': handler(z.object({ id: caseId, out: path }), async ({ store }, args) => ({
    folder: await exportCase(store, args.id, args.out),
  })),
};
