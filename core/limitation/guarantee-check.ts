import { CasePackError } from '../errors.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LimitationEntry } from './types.js';

/** A document would go to a guarantor whose guarantee has lapsed (民法典 第693条); code and date for the UI to render. */
export class GuaranteeLapsedError extends CasePackError {
  override name = 'GuaranteeLapsedError';
  readonly code = 'guarantee-lapsed';
  constructor(
    readonly party: number,
    readonly guarantor: string,
    readonly periodEnd: IsoDate,
  ) {
    super(
      `${guarantor}: the guarantee period ended on ${periodEnd} without the step that keeps it (民法典 第693条): no letter can demand the guarantee`,
    );
  }
}

/** Throws GuaranteeLapsedError when `party` is a guarantor whose guarantee has lapsed for every outstanding claim. */
export function assertGuaranteeInForce(limitation: readonly LimitationEntry[], party: number): void {
  const entry = limitation.find((e) => e.party === party);
  if (entry?.guaranteeLapsed) throw new GuaranteeLapsedError(party, entry.name, entry.guaranteeLapsed.periodEnd);
}
