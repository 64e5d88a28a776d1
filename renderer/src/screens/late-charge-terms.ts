import type { CaseFile } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import type { MessageKey } from '../i18n/messages.js';
import { shiftDecimal } from './late-charge-presets.js';

type LateCharge = CaseFile['lateCharge'];

/** The case's late-charge terms in the interface's language, worded from the case file's own fields. */
export function lateChargeTerms(t: (key: MessageKey) => string, lateCharge: LateCharge): string {
  const percent = (rate: string) => `${shiftDecimal(rate, 2)}%`;
  switch (lateCharge.kind) {
    case 'none':
      return t('noLateCharge');
    case 'daily-rate':
    case 'annual-rate':
      return fill(t(`terms.${lateCharge.kind}`), { percent: percent(lateCharge.rate) });
    case 'lpr':
      return fill(t('terms.lpr'), { multiplier: lateCharge.multiplier });
    case 'overdue-loss':
      return fill(t('terms.overdue-loss'), { percent: percent(lateCharge.markup) });
    case 'uk-statutory':
      return t('terms.uk-statutory');
  }
}
