import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { callApi } from '../../core/api/handlers.js';
import type { Store } from '../../core/store/open.js';

type Context = { store: Store; today(): string };

/** A finished batch's zip read out as the app does, chunk by chunk, then discarded. */
export async function readJobZip(c: Context, noun: 'letters' | 'complaints', job: string, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < size;) {
    const { bytes } = (await callApi(c, `${noun}/batch-read`, { job, offset })) as { bytes: string };
    const chunk = Buffer.from(bytes, 'base64');
    if (chunk.length === 0) break;
    chunks.push(chunk);
    offset += chunk.length;
  }
  await callApi(c, `${noun}/batch-discard`, { job });
  return Buffer.concat(chunks);
}

/** This process's batch folders of that kind in the temp directory (the work and the zip of running or unread jobs). */
export const jobFolders = (noun: 'letters' | 'complaints') =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`casepack-${noun}-${process.pid}-`));
