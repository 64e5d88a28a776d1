import type { Command } from 'commander';
import { storeFileHandlers } from '../../core/api/store-file-handlers.js';
import type { Language } from '../../core/util/language.js';
import { databaseOption, useCase } from '../database-option.js';
import { messagesLanguageOption, outputLanguage } from '../language.js';
import { formatTable } from '../output.js';

type Shelf = 'active' | 'archived' | 'deleted';

/** The words of `casepack list` in each language; the rows are core's (a locale code names the case's law). */
const WORDS: Record<Language, { header: string[]; none: (shelf: Shelf, db: string) => string; law: Record<string, string> }> = {
  zh: {
    header: ['编号', '案件名称', '债务人', '合同编号', '适用法律'],
    none: (shelf, db) => `${db} 中没有${{ active: '', archived: '已归档的', deleted: '回收站中的' }[shelf]}案件`,
    law: { 'zh-CN': '中国法', 'en-GB': '英格兰法', 'en-US': '美国法' },
  },
  en: {
    header: ['ID', 'TITLE', 'DEBTOR', 'CONTRACT', 'LOCALE'],
    none: (shelf, db) => `no ${shelf === 'active' ? '' : `${shelf} `}cases in ${db}`,
    law: {},
  },
};

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list the cases in the database')
    .addOption(databaseOption())
    .addOption(messagesLanguageOption())
    .option('--archived', 'list the archived cases')
    .option('--deleted', 'list the deleted cases (the bin)')
    .option('--json', 'print JSON')
    .action(async (options: { db: string; archived?: boolean; deleted?: boolean; json?: boolean; lang?: Language }) => {
      const shelf: Shelf = options.deleted ? 'deleted' : options.archived ? 'archived' : 'active';
      const rows = await useCase(options.db, storeFileHandlers, 'cases/index', { shelf });
      if (options.json) return console.log(JSON.stringify(rows, null, 2));
      const words = WORDS[outputLanguage(options.lang)];
      if (rows.length === 0) return console.log(words.none(shelf, options.db));
      console.log(
        formatTable(
          words.header,
          rows.map((r) => [String(r.id), r.title, r.debtor, r.contractNumber ?? '', words.law[r.locale] ?? r.locale]),
        ),
      );
    });
}
