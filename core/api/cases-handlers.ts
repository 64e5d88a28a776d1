import { z } from 'zod';
import { evidence } from '../case/schema.js';
import { checkExhibitBytes } from '../exhibits/check-exhibit.js';
import { exhibitLimitsFrom } from '../exhibits/limits.js';
import { readAppSettings } from '../settings/settings-store.js';
import { blobPath, readBlob, storeBlobBytes } from '../store/blobs.js';
import { addCaseFile, createCase, updateCase } from '../store/edit-case.js';
import { importCaseFolder } from '../store/import-case-folder.js';
import { getCase } from '../store/read-cases.js';
import { latestRevision } from '../store/case-revisions.js';
import { keptLetters } from '../mailing/kept-letters.js';
import { caseSummaries } from './case-summaries.js';
import { StoreError } from '../errors.js';
import { caseId, caseShelf } from './args.js';
import { base64 } from './base64.js';
import { handler } from './handler.js';

export const casesHandlers = {
  /** The cases of one shelf with what each owes and its ladder stage; by default the ones being worked. */
  'cases/list': handler(z.object({ shelf: caseShelf.optional() }), ({ store, today }, args) =>
    caseSummaries(store, today(), args.shelf),
  ),

  'cases/get': handler(z.object({ id: caseId }), ({ store }, { id }) => {
    const stored = getCase(store, id);
    return {
      id: stored.id,
      case: stored.data,
      files: stored.files,
      shelf: stored.shelf,
      /** The revision shown: the editor saves over this one only (`cases/save` refuses if another came since). */
      revision: latestRevision(store.db, id)?.revision ?? 0,
      /** The letter PDFs kept with the case, which a mailing can name as the very letter it carried. */
      keptLetters: keptLetters(stored.files).map((f) => f.path),
    };
  }),

  'cases/create': handler(z.object({ case: z.unknown() }), ({ store }, args) => ({ id: createCase(store, args.case) })),

  'cases/update': handler(z.object({ id: caseId, case: z.unknown() }), ({ store }, args) => {
    updateCase(store, args.id, args.case);
    return { id: args.id };
  }),

  /** Imports a case folder chosen in the app: case.json plus its files, sent as bytes. */
  'cases/import-folder': handler(
    z.object({
      files: z
        .array(z.object({ path: z.string().min(1).max(1000), bytes: base64 }))
        .min(1)
        .max(5000),
    }),
    async ({ store }, args) => ({
      id: await importCaseFolder(
        store,
        args.files.map((f) => ({ path: f.path, bytes: Buffer.from(f.bytes, 'base64') })),
      ),
    }),
  ),

  'evidence/add': handler(
    z.object({
      id: caseId,
      name: z.string().min(1).max(255),
      bytes: base64,
      entry: evidence.omit({ file: true }),
    }),
    async ({ store }, args) => {
      const bytes = Buffer.from(args.bytes, 'base64');
      // Refused now, naming the title and file, rather than when a bundle is made: encrypted, damaged, over a limit.
      const blob = await storeBlobBytes(store.blobDir, bytes);
      const ref = { id: args.entry.id, title: args.entry.title, file: args.name };
      const limits = exhibitLimitsFrom(readAppSettings(store).exhibitLimits);
      await checkExhibitBytes(ref, blobPath(store.blobDir, blob.sha256), bytes, limits);
      const path = await addCaseFile(store, args.id, { folder: 'evidence', name: args.name, bytes }, (raw, file) => {
        const list = Array.isArray(raw.evidence) ? raw.evidence : (raw.evidence = []);
        (list as unknown[]).push({ ...args.entry, file });
      });
      return { path };
    },
  ),

  'files/read': handler(z.object({ id: caseId, path: z.string().min(1) }), async ({ store }, args) => {
    const file = getCase(store, args.id).files.find((f) => f.path === args.path);
    if (!file) throw new StoreError(`case ${args.id} has no file ${args.path}`);
    return { bytes: (await readBlob(store.blobDir, file.sha256)).toString('base64') };
  }),
};
