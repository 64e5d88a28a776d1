import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { FileError } from '../errors.js';
import { findTemplate, listTemplates, templateNames } from './library.js';

const META = { title: '催款函', description: '付款催告', locale: 'zh-CN', legalBasis: ['民法典 第509条'] };

describe('findTemplate', () => {
  const tempDir = useTempDir();

  /** A templates folder with the given metas, by `<locale>/<id>`. */
  function templates(metas: Record<string, unknown>): string {
    const root = tempDir();
    for (const [path, meta] of Object.entries(metas)) {
      mkdirSync(join(root, path), { recursive: true });
      writeFileSync(join(root, path, 'meta.json'), typeof meta === 'string' ? meta : JSON.stringify(meta));
    }
    return root;
  }

  it('finds each bundled template as listTemplates lists it', () => {
    const all = listTemplates();
    expect(all.length).toBeGreaterThan(5);
    for (const meta of all) expect(findTemplate(meta.id, meta.locale)).toEqual(meta);
  });

  it('reads the template asked for, not a broken copy of another', () => {
    const root = templates({ 'zh-CN/demand-letter': META, 'zh-CN/my-copy': '{ "title": ' });
    expect(findTemplate('demand-letter', 'zh-CN', root)).toMatchObject({
      id: 'demand-letter',
      title: '催款函',
      dir: join(root, 'zh-CN', 'demand-letter'),
    });
    expect(() => findTemplate('my-copy', 'zh-CN', root)).toThrow(FileError);
    expect(() => findTemplate('my-copy', 'zh-CN', root)).toThrow(join(root, 'zh-CN', 'my-copy', 'meta.json'));
  });

  it('names what exists for an unknown id, a wrong locale or a path instead of an id', () => {
    const root = templates({ 'zh-CN/demand-letter': META, 'zh-CN/lawyer-letter': META });
    expect(() => findTemplate('reminder', 'zh-CN', root)).toThrow(
      'no template "reminder" for zh-CN (available: demand-letter, lawyer-letter)',
    );
    expect(() => findTemplate('demand-letter', 'en-GB', root)).toThrow('(available: none)');
    expect(() => findTemplate('../zh-CN/demand-letter', 'zh-CN', root)).toThrow('no template "../zh-CN/demand-letter"');
    expect(() => findTemplate('demand-letter', '.', join(root, 'zh-CN'))).toThrow('no template');
  });

  it('refuses a meta.json whose locale is not its folder', () => {
    const root = templates({ 'en-GB/demand-letter': META });
    expect(() => findTemplate('demand-letter', 'en-GB', root)).toThrow('locale is zh-CN but the folder is en-GB');
  });
});

describe('templateNames', () => {
  it('names every bundled template in Chinese without Latin letters and in English without Chinese', () => {
    for (const meta of listTemplates()) {
      expect(meta.names, `${meta.locale}/${meta.id}`).toBeDefined();
      const { zh, en } = templateNames(meta);
      expect(zh, `${meta.locale}/${meta.id}`).not.toMatch(/[A-Za-z]/);
      expect(en, `${meta.locale}/${meta.id}`).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
      // A document is called in its own language what it is titled.
      expect(meta.locale === 'zh-CN' ? zh : en).toBe(meta.title);
    }
  });

  it('calls a template without names by its title in both languages', () => {
    expect(templateNames({ title: '我的催款函' })).toEqual({ zh: '我的催款函', en: '我的催款函' });
  });
});
