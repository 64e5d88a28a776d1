import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import { generateLetter } from '../letters/generate-letter.js';
import { defaultDeadlineDays } from '../letters/settings.js';
import { nextLetterNo } from '../senders/letter-numbers.js';
import { defaultSender } from '../senders/sender.js';
import { readAppSettings } from '../settings/settings-store.js';
import { getCase } from '../store/read-cases.js';
import { findTemplate, TEMPLATES_DIR } from '../templates/library.js';
import { ApiArgumentError } from './api-error.js';
import type { ApiContext } from './handler.js';
import { letterOptions } from './letter-options.js';

/** The deadline chosen is not after the letter's date, or more than a year after it. */
export class LetterDeadlineError extends CasePackError {
  override name = 'LetterDeadlineError';
  readonly code = 'letter-deadline-range';
  constructor(
    readonly date: IsoDate,
    readonly deadline: IsoDate,
  ) {
    super(`deadline: ${deadline} must be 1 to 365 days after the letter's date ${date}`);
  }

  get params() {
    return { date: this.date, deadline: this.deadline };
  }
}

/** What the letter dialog chooses before a preview or an export; every field but the case and template optional. */
export const letterRequestShape = {
  id: z.number().int().positive(),
  templateId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a template id such as demand-letter' }),
  /** The letter's date (the as-of date of its figures); default today. */
  asOf: isoDate.optional(),
  /** The 函号; with a sender and none given, the sender's next number. */
  letterNo: z.string().trim().min(1).max(100).optional(),
  /** The addressee: a position in the case's debtors (a guarantor too); default the first with role debtor. */
  to: z.number().int().min(0).optional(),
  /** A sender of Settings; default the first fitting the letter (a law firm for a 律师函), else Settings' letterhead. */
  sender: z.string().min(1).max(40).optional(),
  /** The last day to pay; default the letter's date plus the template's usual period. */
  deadline: isoDate.optional(),
};
export const letterRequest = z.object(letterRequestShape);
export type LetterRequest = z.output<typeof letterRequest>;

/** The letter with the choices made, and what was decided for the choices left open (for the dialog to show). */
export async function letterFor(context: ApiContext, args: LetterRequest) {
  const data = getCase(context.store, args.id).data;
  if (args.to !== undefined && !data.debtors[args.to])
    throw new ApiArgumentError(`to: case ${args.id} has ${data.debtors.length} debtor(s) and guarantor(s); choose one of them`);
  const sender = args.sender ?? chooseSender(context, args.templateId, data.locale);
  const { settings, templatesDir, sender: chosen } = await letterOptions(context.store, sender);
  const asOf = args.asOf ?? context.today();
  const letterNo = args.letterNo ?? (chosen && nextLetterNo(context.store, chosen, asOf));
  const deadlineDays = args.deadline === undefined ? undefined : daysBetween(asOf, args.deadline);
  if (args.deadline !== undefined && (deadlineDays! < 1 || deadlineDays! > 365))
    throw new LetterDeadlineError(asOf, args.deadline);
  const letter = generateLetter(data, {
    templateId: args.templateId,
    asOf,
    settings: {
      ...settings,
      ...(letterNo && { letterNo }),
      ...(args.to !== undefined && { recipient: args.to }),
      ...(deadlineDays !== undefined && { deadlineDays }),
    },
    ...(templatesDir && { templatesDir }),
  });
  const days = deadlineDays ?? settings.deadlineDays ?? defaultDeadlineDays(data.locale, args.templateId);
  return { letter, asOf, deadline: addDays(asOf, days), letterNo, sender: chosen };
}

function chooseSender(context: ApiContext, templateId: string, locale: string): string | undefined {
  const app = readAppSettings(context.store);
  if (!app.senders?.length) return undefined;
  const meta = findTemplate(templateId, locale, app.templatesDir ?? TEMPLATES_DIR);
  return defaultSender(app.senders, meta.requiredFields)?.id;
}
