import { z } from 'zod';

/** A logo as the app stores it: a blob in the store, named by its SHA-256, PNG or JPEG. */
export const storedLogo = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in hex' }),
  type: z.enum(['image/png', 'image/jpeg'], { error: 'expected a PNG or JPEG logo' }),
});
export type StoredLogo = z.output<typeof storedLogo>;
