import type { CaseFile } from '../../../core/api/public-api.js';

type LateCharge = CaseFile['lateCharge'];

/** The late-charge terms a user picks from; each maps onto one kind of the case file's `lateCharge`. */
export type PresetId = 'none' | 'daily-5' | 'daily' | 'lpr-1.5' | 'lpr' | 'annual' | 'overdue-loss' | 'uk-statutory';

/** A preset and, for one that takes a figure, the figure as the user reads it (万分之 5, 1.5 倍, 6 %, 30 %). */
export interface PresetChoice {
  preset: PresetId;
  figure: string;
}

/** Where each preset's figure goes in the case file, and how many decimal places it moves (万分之 → fraction: 4). */
export const FIGURE: Partial<Record<PresetId, { field: 'rate' | 'multiplier' | 'markup'; places: number }>> = {
  daily: { field: 'rate', places: 4 },
  lpr: { field: 'multiplier', places: 0 },
  annual: { field: 'rate', places: 2 },
  'overdue-loss': { field: 'markup', places: 2 },
};

const BY_LOCALE: Record<string, PresetId[]> = {
  'zh-CN': ['none', 'daily-5', 'daily', 'lpr-1.5', 'lpr', 'annual', 'overdue-loss'],
  'en-GB': ['uk-statutory', 'annual', 'none'],
  'en-US': ['none', 'annual'],
};

/** The presets offered for a case's law, and the one it holds now even where that law would not offer it. */
export function presetsFor(locale: string, current: PresetId): PresetId[] {
  const offered = BY_LOCALE[locale] ?? BY_LOCALE['en-US']!;
  return offered.includes(current) ? offered : [...offered, current];
}

/** The preset a stored late charge reads as, with its figure. */
export function presetOf(charge: LateCharge): PresetChoice {
  switch (charge.kind) {
    case 'daily-rate':
      return charge.rate === '0.0005'
        ? { preset: 'daily-5', figure: '' }
        : { preset: 'daily', figure: shiftDecimal(charge.rate, 4) };
    case 'lpr':
      return charge.multiplier === '1.5' ? { preset: 'lpr-1.5', figure: '' } : { preset: 'lpr', figure: charge.multiplier };
    case 'annual-rate':
      return { preset: 'annual', figure: shiftDecimal(charge.rate, 2) };
    case 'overdue-loss':
      return { preset: 'overdue-loss', figure: shiftDecimal(charge.markup, 2) };
    default:
      return { preset: charge.kind, figure: '' };
  }
}

/**
 * The case file's late charge for a choice. What the choice does not say (the day basis, an LPR fixed on a
 * date, the charge's nature in law) is kept from the terms it replaces where they are of the same kind.
 */
export function lateChargeOf({ preset, figure }: PresetChoice, previous: LateCharge): LateCharge {
  const same = <K extends LateCharge['kind']>(kind: K) =>
    (previous.kind === kind ? previous : undefined) as Extract<LateCharge, { kind: K }> | undefined;
  const nature = 'nature' in previous && previous.nature ? { nature: previous.nature } : {};
  const place = FIGURE[preset];
  const typed = place ? shiftDecimal(figure, -place.places) : '';
  switch (preset) {
    case 'daily-5':
    case 'daily':
      return { kind: 'daily-rate', rate: preset === 'daily-5' ? '0.0005' : typed, ...nature };
    case 'lpr-1.5':
    case 'lpr': {
      const was = same('lpr');
      return {
        kind: 'lpr',
        multiplier: preset === 'lpr-1.5' ? '1.5' : typed,
        basis: was?.basis ?? 365,
        mode: was?.mode ?? 'floating',
        ...(was?.fixedOn && { fixedOn: was.fixedOn }),
        ...nature,
      };
    }
    case 'annual':
      return { kind: 'annual-rate', rate: typed, basis: same('annual-rate')?.basis ?? 365, ...nature };
    case 'overdue-loss':
      return { kind: 'overdue-loss', markup: typed, basis: same('overdue-loss')?.basis ?? 365 };
    default:
      return { kind: preset };
  }
}

/**
 * Moves the decimal point of a typed number `places` to the right (left when negative), on the digits
 * themselves so that no binary fraction creeps in: `shiftDecimal('5', -4)` is `0.0005`. Text that is not a
 * plain number comes back as typed, for core to refuse.
 */
export function shiftDecimal(text: string, places: number): string {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || text.trim() === '' || text.trim() === '.') return text;
  const whole = match[1] ?? '';
  let digits = whole + (match[2] ?? '');
  let point = whole.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? `${int}.${fraction}` : int;
}
