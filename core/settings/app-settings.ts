import { z } from 'zod';
import { LOCALES } from '../case/schema.js';
import { letterSettingsFile } from '../letters/settings-file.js';
import { sendersShape } from '../senders/sender.js';
import { storedLogo } from './stored-logo.js';

const line = z.string().trim().min(1, { error: 'must not be empty' });

/** The letterhead as the app stores it: the logo is a blob in the store, named by its SHA-256. */
export const storedLetterhead = z.strictObject({
  name: line,
  lines: z.array(line).max(6, { error: 'at most 6 address lines' }).default([]),
  logo: storedLogo.optional(),
});

/**
 * Every app setting, one database row per key (table `settings`, migration 004). Firm, lawyer and account
 * have the shape of the letter settings file (core/letters/settings-file.ts), so letters read them as is.
 */
export const appSettingsShape = z.strictObject({
  letterhead: storedLetterhead.optional(),
  firm: letterSettingsFile.shape.firm,
  lawyer: letterSettingsFile.shape.lawyer,
  account: letterSettingsFile.shape.account,
  /** Letterheads a letter can be sent under, each numbering its own 函号 (core/senders). */
  senders: sendersShape.optional(),
  /** The letter language a new case starts with; the interface language follows it. */
  defaultLocale: z.enum(LOCALES, { error: `expected ${LOCALES.join('|')}` }).optional(),
  /** A folder of the user's own templates (`<locale>/<id>/`); the bundled `templates/` when unset. */
  templatesDir: line.refine((p) => /^([A-Za-z]:)?[\\/]/.test(p), { error: 'expected an absolute folder path' }).optional(),
  /** How much of an evidence file a bundle reads before refusing it (core/exhibits/limits.ts); defaults when unset. */
  exhibitLimits: z
    .strictObject({
      maxPages: z.int().positive().optional(),
      maxImageMegapixels: z.number().positive().max(1000).optional(),
      maxStreamMegabytes: z.number().positive().max(4096).optional(),
    })
    .optional(),
});

export type AppSettings = z.output<typeof appSettingsShape>;
export type SettingKey = keyof AppSettings;
export const SETTING_KEYS = Object.keys(appSettingsShape.shape) as SettingKey[];

const { shape } = appSettingsShape;

/**
 * A change to the settings: each key given is replaced, `null` removes it, a key left out is kept. The
 * letterhead's logo and each sender's are not part of it (each is uploaded on its own, `settings/logo` and
 * `settings/sender-logo`) and survive a change.
 */
export const settingsPatchShape = z.strictObject({
  letterhead: storedLetterhead.omit({ logo: true }).nullable().optional(),
  firm: shape.firm.unwrap().nullable().optional(),
  lawyer: shape.lawyer.unwrap().nullable().optional(),
  account: shape.account.unwrap().nullable().optional(),
  senders: shape.senders.unwrap().nullable().optional(),
  defaultLocale: shape.defaultLocale.unwrap().nullable().optional(),
  templatesDir: shape.templatesDir.unwrap().nullable().optional(),
  exhibitLimits: shape.exhibitLimits.unwrap().nullable().optional(),
});
export type SettingsPatch = z.output<typeof settingsPatchShape>;
