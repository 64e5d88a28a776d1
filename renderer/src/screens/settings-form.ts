import type { AppSettings, SettingsPatch } from '../../../core/api/public-api.js';

/** The Settings screen's fields, all plain strings as the inputs hold them. */
export interface SettingsFields {
  letterheadName: string;
  letterheadLines: string;
  firmName: string;
  firmAddress: string;
  firmPhone: string;
  lawyerName: string;
  lawyerLicenseNo: string;
  accountBank: string;
  accountName: string;
  accountNumber: string;
  accountSortCode: string;
  accountIban: string;
  defaultLocale: string;
  templatesDir: string;
}

export function fieldsFrom(s: AppSettings): SettingsFields {
  return {
    letterheadName: s.letterhead?.name ?? '',
    letterheadLines: s.letterhead?.lines.join('\n') ?? '',
    firmName: s.firm?.name ?? '',
    firmAddress: s.firm?.address ?? '',
    firmPhone: s.firm?.phone ?? '',
    lawyerName: s.lawyer?.name ?? '',
    lawyerLicenseNo: s.lawyer?.licenseNo ?? '',
    accountBank: s.account?.bank ?? '',
    accountName: s.account?.name ?? '',
    accountNumber: s.account?.number ?? '',
    accountSortCode: s.account?.sortCode ?? '',
    accountIban: s.account?.iban ?? '',
    defaultLocale: s.defaultLocale ?? '',
    templatesDir: s.templatesDir ?? '',
  };
}

/** Drops empty fields; a group left wholly empty is removed (null). Core checks what remains and names bad fields. */
function group<T extends Record<string, string>>(values: T): { [K in keyof T]?: string } | null {
  const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '')) as { [K in keyof T]?: string };
  return Object.keys(kept).length === 0 ? null : kept;
}

export function patchFrom(f: SettingsFields): SettingsPatch {
  const lines = f.letterheadLines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    letterhead: f.letterheadName.trim() || lines.length > 0 ? { name: f.letterheadName, lines } : null,
    firm: group({ name: f.firmName, address: f.firmAddress, phone: f.firmPhone }) as SettingsPatch['firm'],
    lawyer: group({ name: f.lawyerName, licenseNo: f.lawyerLicenseNo }) as SettingsPatch['lawyer'],
    account: group({
      bank: f.accountBank,
      name: f.accountName,
      number: f.accountNumber,
      sortCode: f.accountSortCode,
      iban: f.accountIban,
    }) as SettingsPatch['account'],
    defaultLocale: (f.defaultLocale || null) as SettingsPatch['defaultLocale'],
    templatesDir: f.templatesDir.trim() || null,
  };
}
