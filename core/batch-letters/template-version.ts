import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A template's version for the letter log: the first 12 hex digits of the SHA-256 over its files (names and
 * contents, in name order), so that a letter made after the template was edited carries another version.
 */
export function templateVersion(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile());
  for (const name of files.map((f) => f.name).sort()) {
    hash.update(`${name}\u0000`);
    hash.update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** `templateVersion` computed once per template folder, for a batch that makes many letters from the same few. */
export function templateVersions(): { of(dir: string): string } {
  const known = new Map<string, string>();
  return {
    of(dir) {
      let version = known.get(dir);
      if (version === undefined) known.set(dir, (version = templateVersion(dir)));
      return version;
    },
  };
}
