import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeTempFolder, sweepOwnTemps, tempSibling } from './own-temp.js';

const tempDir = useTempDir();

/** The id of a process that has finished (a killed CasePack leaves such ids in its temp names). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('temporary files', () => {
  it('carry the id of the process that made them', async () => {
    expect(tempSibling('/out/bundle.pdf')).toMatch(new RegExp(`^/out/\\.bundle\\.pdf\\.${process.pid}-[0-9a-f]{12}\\.tmp$`));
    const folder = await makeTempFolder('case');
    expect(folder).toContain(`casepack-case-${process.pid}-`);
    expect(await sweepOwnTemps('folders')).toBeGreaterThanOrEqual(0);
    expect(existsSync(folder)).toBe(true); // this process's own folder is never swept
  });

  it('left by a process that died are swept; those of running processes and other names are kept', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const old = new Date(Date.now() - 3_600_000);
    const names = {
      deadPart: `.bundle.pdf.${dead}-0a1b2c3d4e5f.tmp`,
      deadFolder: `casepack-case-${dead}-Ab12Cd`,
      liveFolder: `casepack-case-${process.ppid}-Zz98Yy`,
      oldStyle: '.bundle.pdf.0a1b2c3d4e5f.tmp',
      userFile: 'bundle.pdf',
    };
    for (const [kind, name] of Object.entries(names)) {
      const path = join(dir, name);
      if (kind.endsWith('Folder')) {
        mkdirSync(path);
        writeFileSync(join(path, 'case.json'), '{"debtors":[{"idNumber":"110101199003071234"}]}');
      } else writeFileSync(path, 'x');
      utimesSync(path, old, old);
    }
    expect(await sweepOwnTemps('parts', dir)).toBe(1);
    expect(await sweepOwnTemps('folders', dir)).toBe(1);
    expect(existsSync(join(dir, names.deadPart))).toBe(false);
    expect(existsSync(join(dir, names.deadFolder))).toBe(false);
    for (const kept of [names.liveFolder, names.oldStyle, names.userFile]) expect(existsSync(join(dir, kept))).toBe(true);
  });
});
