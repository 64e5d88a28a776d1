import { joinAbbreviations } from '../util/abbreviation-slash.js';
import { fitFileName } from '../util/fit-file-name.js';

/** The longest name a letter file gets, in UTF-8 bytes: room left for a folder path and a copy suffix on every system. */
const MAX_LETTER_NAME_BYTES = 120;

/** A company's legal form at the end of its name, left out of a file name as people shorten it (无锡蓝天食品). */
const LEGAL_FORM = /(集团)?(股份)?有限(责任)?公司$|\s*(Limited|Ltd\.?|LLC|Inc\.?|PLC)$/i;

/** Characters Windows or macOS refuse in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

/**
 * The name of a letter as a user saves it: its date, its title and its addressee, such as
 * `2026-11-30 催款函 无锡蓝天食品.pdf`. Safe on Windows and macOS (no reserved character, no trailing dot or
 * space) and at most 120 bytes, shortened at the addressee's end without cutting a character.
 */
export function letterFileName(date: string, title: string, addressee: string, extension: 'pdf' | 'docx'): string {
  const clean = (text: string) => joinAbbreviations(text).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const who = clean(addressee.trim().replace(LEGAL_FORM, '')) || clean(addressee);
  const stem = [date, clean(title), who]
    .filter(Boolean)
    .join(' ')
    .replace(/[. ]+$/, '');
  return fitFileName(`${stem}.${extension}`, MAX_LETTER_NAME_BYTES).replace(/[. ]+(\.\w+)$/, '$1');
}
