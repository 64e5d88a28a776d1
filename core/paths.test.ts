import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './paths.js';

describe('the data folder', () => {
  it('follows XDG_CONFIG_HOME on Linux, and falls back to ~/.config when it is empty or not absolute', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/conf' }, 'linux')).toBe('/srv/conf/CasePack');
    for (const value of [undefined, '', 'relative/conf'])
      expect(defaultDataDir({ XDG_CONFIG_HOME: value }, 'linux')).toBe(join(homedir(), '.config', 'CasePack'));
    expect(defaultDataDir({ CASEPACK_DATA_DIR: '' }, 'linux')).toBe(join(homedir(), '.config', 'CasePack'));
  });
});
