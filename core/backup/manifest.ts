import { z } from 'zod';

/** The first entry of every CasePack backup: what it holds, each file with its SHA-256 and size. */
export const backupManifest = z.object({
  format: z.literal('casepack-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  /** Entry name → its SHA-256 and size: `casepack.db` and `blobs/ab/abcdef…`. */
  files: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() })),
});
export type BackupManifest = z.infer<typeof backupManifest>;

export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'casepack.db';

/** Names a backup may hold besides the manifest: the database, and blobs under their own SHA-256. */
export function isBackupEntryName(name: string): boolean {
  return name === DATABASE_ENTRY || /^blobs\/([0-9a-f]{2})\/\1[0-9a-f]{62}$/.test(name);
}
