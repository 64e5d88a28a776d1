import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { listTemplates, TEMPLATE_FILE } from '../templates/library.js';
import { TemplateError } from '../templates/errors.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { runCli } from '../../test/support/cli.js';
import { lintFile } from './lint-file.js';

const tempDir = useTempDir();

describe('lintFile', () => {
  it.each(listTemplates().map((t) => [`${t.locale}/${t.id}`, join(t.dir, TEMPLATE_FILE)]))(
    'shipped template %s compiles and lints clean',
    (_, file) => {
      const { kind, findings } = lintFile(file);
      expect(kind).toBe('template');
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it('fails a template with 再不还钱就去你单位闹, naming the rule and the position in the template', () => {
    const dir = join(tempDir(), 'demand-letter');
    mkdirSync(dir);
    const file = join(dir, 'template.txt');
    writeFileSync(file, '# 催款函\n\n{{ debtor.name }}：\n\n　　再不还钱就去你单位闹，还要通知你的家人和同事。\n');
    const ids = lintFile(file).findings.map((f) => `${f.line}:${f.column} ${f.category} ${f.ruleId}`);
    expect(ids).toEqual(['5:8 harassment zh-harassment-workplace', '5:16 disclosure zh-disclosure']);
  });

  it('rejects a template with an unknown field before checking its words', () => {
    const file = join(tempDir(), 'letter.cpt');
    writeFileSync(file, '致{{ debtor.nmae }}');
    expect(() => lintFile(file)).toThrow(TemplateError);
    expect(() => lintFile(file)).toThrow(/letter\.cpt:1:5: unknown field: debtor has no field "nmae"/);
  });

  it('reads the text of a DOCX', async () => {
    const file = join(tempDir(), 'letter.docx');
    const doc = new Document({
      sections: [{ children: [new Paragraph('王先生：'), new Paragraph('逾期将通知你的家人和同事。')] }],
    });
    writeFileSync(file, await Packer.toBuffer(doc));
    expect(lintFile(file)).toMatchObject({
      kind: 'docx',
      findings: [{ ruleId: 'zh-disclosure', category: 'disclosure', line: 2, column: 4 }],
    });
  });
});

describe('casepack lint and casepack templates', () => {
  it('exits 1 and names the rule for each acceptance phrase', () => {
    for (const [phrase, rule] of [
      ['再不还钱就去你单位闹', 'zh-harassment-workplace'],
      ['通知你的家人和同事', 'zh-disclosure'],
    ]) {
      const file = join(tempDir(), 'template.txt');
      writeFileSync(file, `{{ creditor.name }}\n${phrase}\n`);
      const result = runCli(['lint', file]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(rule);
      expect(result.stdout).toContain(`${file}:2:`);
    }
  });

  it('names line, column, category and rule in the language asked for', () => {
    const file = join(tempDir(), 'letter.txt');
    writeFileSync(file, '王先生：\n我们会在你家门口一直等到你还钱为止。\nWe will speak to your wife.\n');
    const zh = runCli(['lint', file, '--lang', 'zh']);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain(
      `${file}:2:5 错误 [骚扰（时间、频率、上门滞留）] zh-harassment-presence 「你家门口一直等到你还钱为止」`,
    );
    expect(zh.stdout).toContain(`${file}:3:9 错误 [向第三人披露债务] en-disclosure 「speak to your wife」`);
    expect(zh.stdout).toContain('错误 2 处');
    const en = runCli(['lint', file]);
    expect(en.stdout).toContain(`${file}:3:9 error [Disclosure to third parties] en-disclosure`);
    expect(en.stderr).toContain('2 wording error(s)');
  });

  it('exits 0 on a clean text file and lists every template', () => {
    const file = join(tempDir(), 'ok.txt');
    writeFileSync(file, '请于七日内付款。');
    expect(runCli(['lint', file])).toMatchObject({ status: 0 });
    const list = runCli(['templates']);
    expect(list.status).toBe(0);
    const folders = readdirSync(join(listTemplates()[0]!.dir, '..', '..'));
    expect(folders.sort()).toEqual(['en-GB', 'en-US', 'zh-CN']);
    for (const t of listTemplates())
      expect(list.stdout).toMatch(new RegExp(`${t.id}\\s+${t.locale}\\s+${t.title.replace(/[()]/g, '.')}`));
  });
});
