import { z } from 'zod';

/** Bytes cross IPC and HTTP as base64, so that one typed API serves both. */
export const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'expected base64 bytes' });

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
