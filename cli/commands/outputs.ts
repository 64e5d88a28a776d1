import type { Command } from 'commander';
import { outputsHandlers } from '../../core/api/outputs-handlers.js';
import { writeFileAtomic } from '../../core/util/atomic-write.js';
import { databaseOption, useCase } from '../database-option.js';
import { formatTable } from '../output.js';

const KINDS = { letter: 'letter', 'evidence-bundle': 'evidence bundle', 'courier-bundle': 'courier bundle' } as const;

export function registerOutputs(program: Command): void {
  program
    .command('outputs')
    .description('the documents made for a case and kept with it, newest first; --save N writes one of them again')
    .argument('<id>', 'the case id (see `casepack list`)', Number)
    .addOption(databaseOption())
    .option('--save <n>', 'write kept document N (the first column) as it was made, checked against its SHA-256', Number)
    .option('--out <file>', 'where --save writes (default: its own file name, here)')
    .option('--json', 'print JSON')
    .action(async (id: number, options: { db: string; save?: number; out?: string; json?: boolean }) => {
      if (options.save !== undefined) {
        const kept = await useCase(options.db, outputsHandlers, 'outputs/read', { id, output: options.save });
        const target = options.out ?? kept.fileName;
        await writeFileAtomic(target, Buffer.from(kept.bytes, 'base64'));
        return console.log(`${target}: sha256 ${kept.sha256}`);
      }
      const outputs = await useCase(options.db, outputsHandlers, 'outputs/list', { id });
      if (options.json) return console.log(JSON.stringify(outputs, null, 2));
      if (outputs.length === 0) return console.log(`case ${id} keeps no documents yet`);
      console.log(
        formatTable(
          ['N', 'MADE (UTC)', 'KIND', 'FILE', 'LETTER NO', 'VERSION', 'MADE BY', 'SHA-256'],
          outputs.map((o) => [
            String(o.id),
            o.madeAt.slice(0, 16).replace('T', ' '),
            KINDS[o.kind],
            o.fileName,
            o.letterNo ?? '',
            o.templateVersion ?? '',
            o.madeBy,
            o.sha256.slice(0, 16),
          ]),
        ),
      );
    });
}
