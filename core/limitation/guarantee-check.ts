import { CasePackError } from '../errors.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LimitationEntry } from './types.js';

/**
 * A letter or acknowledgment would ask a guarantor whose guarantee has lapsed to pay or sign (民法典 第693条;
 * 担保制度解释 第34条 第2款: signing after the period revives nothing). `code` and `params` for the UI to render.
 */
export class GuaranteeLapsedError extends CasePackError {
  override name = 'GuaranteeLapsedError';
  readonly code = 'guarantee-lapsed';
  constructor(
    readonly party: number,
    readonly guarantor: string,
    readonly periodEnd: IsoDate,
  ) {
    super(
      `guarantor ${guarantor}: the guarantee period ended on ${periodEnd} without a timely demand or suit (民法典 第693条), ` +
        'so no letter or acknowledgment may ask this guarantor to pay or sign; a signature now would revive nothing (担保制度解释 第34条)',
    );
  }

  get params(): { party: number; guarantor: string; periodEnd: IsoDate } {
    return { party: this.party, guarantor: this.guarantor, periodEnd: this.periodEnd };
  }
}

/** Throws GuaranteeLapsedError when `party` is a guarantor whose guarantee has lapsed for every outstanding claim. */
export function assertGuaranteeInForce(limitation: readonly LimitationEntry[], party: number): void {
  const entry = limitation.find((e) => e.party === party);
  if (entry?.guaranteeLapsed) throw new GuaranteeLapsedError(party, entry.name, entry.guaranteeLapsed.periodEnd);
}
