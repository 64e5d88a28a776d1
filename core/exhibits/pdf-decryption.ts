import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EncryptedPdfError, type ExhibitRef } from './errors.js';

const run = promisify(execFile);

/**
 * Bank statements often come encrypted with only an owner password (no password to open, but restrictions
 * on copying): pdf-lib cannot read those. qpdf decrypts them without a password; a PDF that needs a user
 * password to open is refused. Without qpdf on the PATH every encrypted PDF is refused, saying why.
 */
export async function decryptOwnerOnlyPdf(ref: ExhibitRef, path: string): Promise<Uint8Array> {
  const needsPassword = await requiresPassword(ref, path);
  if (needsPassword)
    throw new EncryptedPdfError(
      ref,
      'the PDF needs a password to open; ask for an unprotected copy, or open it and print it to a new PDF',
      'needs-password',
    );
  try {
    const { stdout } = await run('qpdf', ['--decrypt', path, '-'], { encoding: 'buffer', maxBuffer: 1 << 30 });
    return new Uint8Array(stdout);
  } catch (error) {
    throw new EncryptedPdfError(ref, `the PDF is encrypted and could not be decrypted (${firstLine(error)})`);
  }
}

/** `qpdf --requires-password` exits 0 when a password is needed, 3 when only an owner password is set. */
async function requiresPassword(ref: ExhibitRef, path: string): Promise<boolean> {
  try {
    await run('qpdf', ['--requires-password', path]);
    return true;
  } catch (error) {
    const { code } = error as { code?: number | string };
    if (code === 3) return false;
    if (code === 'ENOENT')
      throw new EncryptedPdfError(
        ref,
        'the PDF is encrypted (copy/print restrictions) and qpdf is not installed to remove them; ' +
          'run `qpdf --decrypt in.pdf out.pdf` or print it to a new PDF, and use that file',
      );
    throw new EncryptedPdfError(ref, `the PDF is encrypted and its encryption cannot be read (${firstLine(error)})`);
  }
}

function firstLine(error: unknown): string {
  const { stderr, message } = error as { stderr?: Buffer | string; message?: string };
  return (String(stderr ?? '').trim() || message || 'unknown error').split('\n')[0]!;
}
