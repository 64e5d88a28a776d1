import { readFile } from 'node:fs/promises';
import { UnreadableFileError } from '../util/read-failure.js';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { formatJsonPath } from '../case/json-path.js';
import { parseCaseJson } from '../case/validate.js';
import { CaseValidationError, FileError } from '../errors.js';
import { iban, isUkAccountNumber, sortCode } from './bank-details.js';
import type { LetterSettings } from './settings.js';

const line = z.string().trim().min(1);

/**
 * A letter settings file (JSON): what a letter needs that the case file does not hold. The same fields as
 * `LetterSettings`, except that the letterhead's logo is a path relative to the settings file.
 */
export const letterSettingsFile = z.strictObject({
  letterhead: z.strictObject({ name: line, lines: z.array(line).default([]), logo: line.optional() }).optional(),
  letterNo: line.optional(),
  deadlineDays: z.number().int().min(1).max(365).optional(),
  recipient: z.number().int().min(0).optional(),
  sentBy: z.enum(['creditor', 'law-firm']).optional(),
  firm: z.strictObject({ name: line, address: line.optional(), phone: line.optional() }).optional(),
  lawyer: z.strictObject({ name: line, licenseNo: line.optional(), phone: line.optional(), email: line.optional() }).optional(),
  account: z
    .strictObject({ bank: line, name: line, number: line, sortCode: sortCode.optional(), iban: iban.optional() })
    .refine((a) => !a.sortCode || isUkAccountNumber(a.number), {
      path: ['number'],
      error: 'with a sort code, expected a UK account number of eight digits',
    })
    .optional(),
  contact: z
    .strictObject({ name: line.optional(), phone: line.optional(), email: line.optional(), address: line.optional() })
    .optional(),
  signatory: line.optional(),
  instalments: z
    .strictObject({
      count: z.number().int().min(1).max(120).optional(),
      firstDate: isoDate.optional(),
      intervalMonths: z.number().int().min(1).max(12).optional(),
    })
    .optional(),
  propertyFee: z
    .strictObject({ standard: line.optional(), basis: line.optional(), period: line.optional(), place: line.optional() })
    .optional(),
  itemizationDate: isoDate.optional(),
  debtCollector: z.boolean().optional(),
  debtKind: z.enum(['trade', 'loan', 'private-loan', 'credit-card', 'property-fee', 'consumer', 'other']).optional(),
  protocol: z
    .strictObject({
      oralAgreement: z.strictObject({ madeBy: line, terms: line, on: isoDate, place: line }).optional(),
      assignment: z
        .strictObject({
          originalCreditor: line,
          originalReference: line.optional(),
          assignedOn: isoDate,
          assignedTo: line.optional(),
        })
        .optional(),
      instalmentOffer: z.strictObject({ terms: line, reason: line }).optional(),
    })
    .optional(),
});

/** Reads and checks a settings file, naming the JSON path of each problem, and loads the logo it names. */
export async function loadLetterSettings(file: string): Promise<LetterSettings> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UnreadableFileError(file, error, 'the letter settings');
  });
  const parsed = letterSettingsFile.safeParse(parseCaseJson(file, text));
  if (!parsed.success)
    throw new CaseValidationError(
      file,
      parsed.error.issues.map((i) => ({ path: formatJsonPath(i.path), message: i.message })),
    );
  const { letterhead, ...rest } = parsed.data;
  if (!letterhead) return rest;
  const { logo, ...head } = letterhead;
  if (!logo) return { ...rest, letterhead: head };
  const logoPath = resolve(dirname(file), logo);
  const bytes = await readFile(logoPath).catch(() => {
    throw new FileError(file, `letterhead.logo: cannot read ${logoPath}`);
  });
  return { ...rest, letterhead: { ...head, logo: new Uint8Array(bytes) } };
}
