import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

/** A templates folder with one letter that says 再不还钱就去你单位闹. */
function rudeTemplates(): string {
  const root = join(tempDir(), 'templates');
  const dir = join(root, 'zh-CN', 'rude-letter');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'meta.json'),
    JSON.stringify({ title: '催款函', description: '测试', locale: 'zh-CN', legalBasis: ['民法典 第577条'], requiredFields: [] }),
  );
  writeFileSync(join(dir, 'template.txt'), '# 催款函\n\n{{ debtor.name }}：\n\n再不还钱就去你单位闹。\n');
  return root;
}

describe('letters in the app: the wording guard', () => {
  it('shows the finding at its sentence, blocks the export, and writes an override with its reason to the case log', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
    await callApi(c, 'settings/update', { templatesDir: rudeTemplates() });

    const preview = (await callApi(c, 'letters/preview', { id, templateId: 'rude-letter' })) as {
      findings: { ruleId: string; category: string; words: string; sentence: { text: string } }[];
    };
    expect(preview.findings).toMatchObject([
      {
        ruleId: 'zh-harassment-workplace',
        category: 'harassment',
        words: '去你单位',
        sentence: { text: '再不还钱就去你单位闹' },
      },
    ]);

    const args = { id, templateId: 'rude-letter', format: 'pdf' };
    await expect(callApi(c, 'letters/export', args)).rejects.toThrow(/zh-harassment-workplace/);
    await expect(
      callApi(c, 'letters/export', { ...args, overrides: [{ ruleId: 'zh-harassment-workplace', reason: '  ' }] }),
    ).rejects.toThrow(/reason/);
    const before = getCase(store, id).data.events.length;
    const file = (await callApi(c, 'letters/export', {
      ...args,
      overrides: [{ ruleId: 'zh-harassment-workplace', reason: '引用对方原话作为证据' }],
    })) as { bytes: string; overrides: { ruleId: string }[] };
    expect(Buffer.from(file.bytes, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const events = getCase(store, id).data.events;
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      date: '2026-01-05',
      kind: 'note',
      by: 'app',
      note: 'wording override zh-harassment-workplace (rude-letter): 引用对方原话作为证据',
    });
  });
});
