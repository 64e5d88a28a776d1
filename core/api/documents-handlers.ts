import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { buildCourierBundle } from '../bundles/build-courier-bundle.js';
import { buildEvidenceBundle } from '../bundles/build-evidence-bundle.js';
import { parseStampStyle } from '../bundles/stamp.js';
import { assertExportable } from '../compliance/exportable.js';
import { generateLetter } from '../letters/generate-letter.js';
import { mailedLetterProvider } from '../letters/mailed-letter.js';
import { renderLetter } from '../letters/write-letter.js';
import { withCaseFolder } from '../store/case-folder.js';
import { getCase } from '../store/read-cases.js';
import { listTemplates } from '../templates/library.js';
import { sha256Hex } from '../util/sha256.js';
import { handler } from './handler.js';

const caseId = z.number().int().positive();
const templateId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a template id such as demand-letter' });
const override = z.object({
  ruleId: z.string().min(1),
  reason: z.string().trim().min(5, { error: 'give a reason of at least 5 characters' }),
});
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export const documentsHandlers = {
  'templates/list': handler(z.object({ locale: z.enum(['zh-CN', 'en-GB', 'en-US']).optional() }), (_context, args) =>
    listTemplates()
      .filter((t) => !args.locale || t.locale === args.locale)
      .map((t) => ({ id: t.id, locale: t.locale, title: t.title, description: t.description })),
  ),

  /** The letter as a PDF to preview, with the wording guard's findings beside it. */
  'letters/preview': handler(z.object({ id: caseId, templateId, asOf: isoDate.optional() }), async ({ store, today }, args) => {
    const letter = generateLetter(getCase(store, args.id).data, { templateId: args.templateId, asOf: args.asOf ?? today() });
    return { pdf: base64(await renderLetter(letter, 'pdf')), findings: letter.findings, title: letter.meta.title };
  }),

  /** The letter as a file to save; an error finding blocks it unless overridden with a reason. */
  'letters/export': handler(
    z.object({
      id: caseId,
      templateId,
      format: z.enum(['pdf', 'docx']),
      asOf: isoDate.optional(),
      overrides: z.array(override).default([]),
    }),
    async ({ store, today }, args) => {
      const letter = generateLetter(getCase(store, args.id).data, { templateId: args.templateId, asOf: args.asOf ?? today() });
      const applied = assertExportable(
        letter.findings,
        args.overrides.map((o) => ({ ...o, by: 'app', at: new Date().toISOString() })),
      );
      const bytes = await renderLetter(letter, args.format);
      return {
        fileName: `${args.templateId}.${args.format}`,
        bytes: base64(bytes),
        sha256: sha256Hex(bytes),
        overrides: applied,
      };
    },
  ),

  'bundles/evidence': handler(
    z.object({
      id: caseId,
      stamp: z
        .string()
        .refine((v) => v === 'auto' || parseStampStyle(v) !== undefined, { error: 'expected auto, zh, en or bates:PREFIX' })
        .default('auto'),
      dividers: z.boolean().default(false),
      court: z.string().optional(),
    }),
    async ({ store, today }, args) =>
      withCaseFolder(store, args.id, async (loaded) => {
        const stamp = args.stamp === 'auto' ? undefined : parseStampStyle(args.stamp);
        const built = await buildEvidenceBundle(loaded, { stamp, dividers: args.dividers, court: args.court, date: today() });
        const volume = built.volumes[0]!;
        return { fileName: 'evidence-bundle.pdf', bytes: base64(volume.bytes), pages: built.manifest.totalPages };
      }),
  ),

  'bundles/courier': handler(z.object({ id: caseId, mailing: z.string().min(1) }), async ({ store }, args) =>
    withCaseFolder(store, args.id, async (loaded) => {
      const built = await buildCourierBundle(loaded, args.mailing, { letter: mailedLetterProvider() });
      return {
        fileName: `courier-${args.mailing}.pdf`,
        bytes: base64(built.volumes[0]!.bytes),
        pages: built.manifest.totalPages,
      };
    }),
  ),
};
