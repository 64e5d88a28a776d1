import { z } from 'zod';
import { parseStampStyle } from '../bundles/stamp.js';
import { assertExportable } from '../compliance/exportable.js';
import type { Override } from '../compliance/types.js';
import { issueLetterNo } from '../senders/letter-numbers.js';
import { changeCase } from '../store/edit-case.js';
import { letterFileName } from '../letters/letter-file-name.js';
import { keepOutput } from '../outputs/case-outputs.js';
import { madeBy } from '../outputs/made-by.js';
import { templateVersion } from '../batch-letters/template-version.js';
import { renderLetter } from '../letters/write-letter.js';
import { readAppSettings } from '../settings/settings-store.js';
import { getCase } from '../store/read-cases.js';
import { listTemplates, templateNames } from '../templates/library.js';
import { sha256Hex } from '../util/sha256.js';
import { toBase64 } from './base64.js';
import { bundleJobStatus, cancelBundleJob, startBundleJob } from './bundle-jobs.js';
import { buildBundle, type BuiltFile, type BundleRequest } from './bundle-request.js';
import { handler, type ApiContext } from './handler.js';
import { keepBundle } from './keep-bundle.js';
import { letterOptions } from './letter-options.js';
import { letterFor, letterRequestShape, type LetterRequest } from './letter-request.js';

const caseId = z.number().int().positive();
const override = z.object({
  ruleId: z.string().min(1),
  reason: z.string().trim().min(5, { error: 'give a reason of at least 5 characters' }).max(500),
});
const evidenceBundle = z.object({
  id: caseId,
  stamp: z
    .string()
    .refine((v) => v === 'auto' || parseStampStyle(v) !== undefined, { error: 'expected auto, zh, en or bates:PREFIX' })
    .default('auto'),
  dividers: z.boolean().default(false),
  court: z.string().optional(),
});
/** `reconstruct`: with no stored copy of the mailed letter, regenerate it (every page says so) instead of refusing. */
const courierBundle = z.object({ id: caseId, mailing: z.string().min(1), reconstruct: z.boolean().default(false) });
const bundleJob = z.discriminatedUnion('kind', [
  evidenceBundle.extend({ kind: z.literal('evidence') }),
  courierBundle.extend({ kind: z.literal('courier') }),
]);

/** The name of the letter's addressee (the one chosen, else the first debtor), for its file name. */
function addresseeName(context: ApiContext, args: LetterRequest): string {
  const { debtors } = getCase(context.store, args.id).data;
  return debtors[args.to ?? debtors.findIndex((d) => d.role === 'debtor')]?.name ?? '';
}

/** Each override of the wording guard goes to the case's collection log: the rule, the letter and the reason. */
function recordOverrides({ store, today }: ApiContext, id: number, template: string, overrides: readonly Override[]) {
  changeCase(store, id, (raw) => {
    const events = Array.isArray(raw.events) ? (raw.events as unknown[]) : ((raw.events = []) as unknown[]);
    for (const o of overrides)
      events.push({ date: today(), kind: 'note', by: 'app', note: `wording override ${o.ruleId} (${template}): ${o.reason}` });
  });
}

async function bundleRequest(context: ApiContext, args: z.output<typeof bundleJob>): Promise<BundleRequest> {
  if (args.kind === 'courier')
    return {
      kind: 'courier',
      id: args.id,
      mailing: args.mailing,
      reconstruct: args.reconstruct,
      settings: (await letterOptions(context.store)).settings,
    };
  return { kind: 'evidence', id: args.id, stamp: args.stamp, dividers: args.dividers, court: args.court, date: context.today() };
}

const asFile = (built: BuiltFile) => ({ ...built, bytes: toBase64(built.bytes) });

/** Builds a bundle in place and keeps it with its case. */
async function keptBundle(context: ApiContext, request: BundleRequest) {
  const built = await buildBundle(context.store, request);
  return { ...asFile(built), output: await keepBundle(context.store, request, built) };
}

export const documentsHandlers = {
  'templates/list': handler(z.object({ locale: z.enum(['zh-CN', 'en-GB', 'en-US']).optional() }), ({ store }, args) =>
    listTemplates(readAppSettings(store).templatesDir)
      .filter((t) => !args.locale || t.locale === args.locale)
      .map((t) => ({ id: t.id, locale: t.locale, title: t.title, names: templateNames(t), description: t.description })),
  ),

  /** The letter as a PDF to preview, with the wording guard's findings beside it. */
  'letters/preview': handler(z.object(letterRequestShape), async (context, args) => {
    const { letter, asOf, deadline, letterNo, sender } = await letterFor(context, args);
    const pdf = toBase64(await renderLetter(letter, 'pdf'));
    const chosen = { asOf, deadline, letterNo: letterNo ?? null, sender: sender?.id ?? null };
    return { pdf, findings: letter.findings, warnings: letter.warnings, title: letter.meta.title, chosen };
  }),

  /** The letter as a file to save; an error finding blocks it unless overridden with a reason. */
  'letters/export': handler(
    z.object({ ...letterRequestShape, format: z.enum(['pdf', 'docx']), overrides: z.array(override).default([]) }),
    async (context, args) => {
      const { letter, asOf, letterNo, sender } = await letterFor(context, args);
      const applied = assertExportable(
        letter.findings,
        args.overrides.map((o) => ({ ...o, by: 'app', at: new Date().toISOString() })),
      );
      const bytes = await renderLetter(letter, args.format);
      // The 函号 is issued with the letter's record, so a refused number leaves no override logged either.
      context.store.db.transaction(() => {
        if (sender && letterNo)
          issueLetterNo(context.store, { sender, letterNo, caseId: args.id, template: args.templateId, date: asOf });
        if (applied.length > 0) recordOverrides(context, args.id, args.templateId, applied);
      })();
      const fileName = letterFileName(asOf, letter.meta.title, addresseeName(context, args), args.format);
      const output = await keepOutput(context.store, {
        caseId: args.id,
        kind: 'letter',
        fileName,
        bytes,
        madeAt: new Date().toISOString(),
        madeBy: madeBy(context.store),
        template: args.templateId,
        templateVersion: templateVersion(letter.meta.dir),
        letterNo: letterNo ?? undefined,
      });
      return { fileName, bytes: toBase64(bytes), sha256: sha256Hex(bytes), overrides: applied, output };
    },
  ),

  /** The evidence bundle, built in place (the app uses `bundles/start`, which can be cancelled). */
  'bundles/evidence': handler(evidenceBundle, async (context, args) =>
    keptBundle(context, await bundleRequest(context, { ...args, kind: 'evidence' })),
  ),

  /** A mailing's courier-receipt bundle, built in place; a regenerated letter carries the Settings letterhead. */
  'bundles/courier': handler(courierBundle, async (context, args) =>
    keptBundle(context, await bundleRequest(context, { ...args, kind: 'courier' })),
  ),

  /** Starts building a bundle in a worker thread; poll `bundles/status`, stop it with `bundles/cancel`. */
  'bundles/start': handler(bundleJob, async (context, args) => ({
    job: startBundleJob(context.store.db.name, await bundleRequest(context, args)),
  })),

  /** A finished bundle is kept with its case as it is handed over. */
  'bundles/status': handler(z.object({ job: z.uuid() }), async (context, args) => {
    const { request, ...status } = bundleJobStatus(args.job);
    if (status.state !== 'done') return status;
    return { ...status, file: asFile(status.file), output: await keepBundle(context.store, request, status.file) };
  }),

  'bundles/cancel': handler(z.object({ job: z.uuid() }), (_context, args) => cancelBundleJob(args.job)),
};
