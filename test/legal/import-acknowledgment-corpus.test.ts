import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../core/api/handlers.js';
import { parseBatchDefaults } from '../../core/batch-import/defaults.js';
import { importBatch } from '../../core/batch-import/import-batch.js';
import { SAMPLE_DEFAULTS } from '../../core/batch-import/sample-batch.js';
import { explainCase } from '../../core/calc/calculate-case.js';
import { RULE_ARTICLES } from '../../core/limitation/rules.js';
import { createCase } from '../../core/store/edit-case.js';
import { openStore, type Store } from '../../core/store/open.js';
import { getCase } from '../../core/store/read-cases.js';
import { useTempDir } from '../support/temp-dir.js';
import { interruptionCases } from './interruption.cases.js';
import type { LegalCase } from './legal-case.js';
import { revivalCases } from './revival.cases.js';

/**
 * An acknowledgment or signed demand given in a batch file's columns decides limitation exactly as the same
 * fact entered in the app's collection log: the corpus cases of revival (诉讼时效规定 第19条) and of interruption
 * by acknowledgment (民法典 第195条 第2项), each imported once with Chinese and once with English headers.
 */
const IDS = [
  'rev-acknowledged-agreeing',
  'rev-acknowledged-receipt-only',
  'rev-acknowledged-not-recorded',
  'rev-signed-demand',
  'rev-demand-not-signed',
  'int-acknowledged',
  'int-acknowledged-not-agreeing',
];
const corpus = [...revivalCases, ...interruptionCases].filter((c) => IDS.includes(c.id));

const HEADERS = {
  zh: ['客户姓名', '身份证号', '本金', '到期日', '确认日期', '确认方式', '是否同意履行'],
  en: ['Debtor Name', 'ID Number', 'Amount', 'Due Date', 'Acknowledged On', 'Acknowledgment Kind', 'Agrees To Perform'],
};
const WORDS = {
  zh: { acknowledged: '债务确认', 'demand-delivered': '签收催款函', yes: '是', no: '否' },
  en: { acknowledged: 'acknowledgment', 'demand-delivered': 'signed demand', yes: 'yes', no: 'no' },
};

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

type Event = { date: string; kind: 'acknowledged' | 'demand-delivered'; agreesToPerform?: boolean };

function row(legal: LegalCase, language: 'zh' | 'en'): string[] {
  const claim = legal.case.claims![0]!;
  const event = legal.case.events![0] as Event;
  const agrees = event.agreesToPerform === undefined ? '' : WORDS[language][event.agreesToPerform ? 'yes' : 'no'];
  return ['乙某', '110101199001011234', claim.amount, claim.dueDate, event.date, WORDS[language][event.kind], agrees];
}

describe('legal corpus: an acknowledgment imported from a batch file', () => {
  it.each(corpus.flatMap((c) => (['zh', 'en'] as const).map((language) => [c.id, language, c] as const)))(
    '%s (%s headers)',
    async (_id, language, legal) => {
      const dir = tempDir();
      store = openStore(join(dir, 'casepack.db'));
      const file = join(dir, 'accounts.csv');
      writeFileSync(file, [HEADERS[language], row(legal, language)].map((r) => r.join(',')).join('\n'));
      const report = await importBatch(store, file, { defaults: parseBatchDefaults('defaults.json', SAMPLE_DEFAULTS) });
      expect(report.bad).toEqual([]);
      const imported = getCase(store, report.created[0]!.caseId).data;
      const { date, kind, agreesToPerform } = legal.case.events![0] as Event;
      const event = { date, kind, ...(agreesToPerform !== undefined && { agreesToPerform }) };
      expect(imported.events).toEqual([{ ...event, party: 0 }]);

      // The same case typed into the app: the row without its acknowledgment, then the event added as the log adds it.
      const typedId = createCase(store, { ...imported, events: [] });
      await callApi({ store, today: () => legal.asOf }, 'events/add', { id: typedId, event: { ...event, party: 0 } });
      const typed = getCase(store, typedId).data;

      const fromImport = explainCase(imported, legal.asOf).limitation[0]!;
      expect(fromImport).toEqual(explainCase(typed, legal.asOf).limitation[0]);
      const want = legal.parties[0]!;
      expect(fromImport.expiresOn).toBe(want.expiresOn);
      if (want.rule) expect([fromImport.rule, fromImport.article]).toEqual([want.rule, RULE_ARTICLES[want.rule]]);
      if (want.expired !== undefined) expect(fromImport.expired).toBe(want.expired);
    },
  );
});
