import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { COURT_BASES, FILING_CASE_TYPES } from '../case/schema.js';
import { filingOffer } from '../filings/filing-offer.js';
import type { FeeOn } from '../filings/claim-fees.js';
import type { IssueFee } from '../filings/uk-issue-fee.js';
import { formatCents } from '../money/cents.js';
import { changeCase } from '../store/edit-case.js';
import { getCase } from '../store/read-cases.js';
import { toErrorPayload } from './api-error.js';
import { caseId } from './args.js';
import { handler } from './handler.js';
import { letterOptions } from './letter-options.js';

const feeOn = (f: FeeOn) => ({ amount: formatCents(f.amount), fee: formatCents(f.fee) });

/** The County Court issue fee with the table it was read from (its source, the date it applies from, whether checked). */
export const issueFeeAnswer = (f: IssueFee) => ({
  amount: formatCents(f.amount),
  fee: formatCents(f.fee),
  percent: f.band.basisPoints === null ? null : formatCents(f.band.basisPoints),
  table: { validFrom: f.table.validFrom, source: f.table.source, checked: f.table.checked },
});

export const filingsHandlers = {
  /**
   * The filings a case can make on `asOf` (default today), each ready or with the coded error that stops it;
   * the court the user chose, and the court fees (诉讼费用交纳办法) as decimal strings.
   */
  'filings/offer': handler(z.object({ id: caseId, asOf: isoDate.optional() }), async (context, args) => {
    const { settings, templatesDir } = await letterOptions(context.store);
    const offer = filingOffer(getCase(context.store, args.id).data, {
      asOf: args.asOf ?? context.today(),
      settings,
      ...(templatesDir && { templatesDir }),
    });
    const fees = offer.fees;
    return {
      asOf: offer.asOf,
      court: offer.court,
      fees: fees && {
        claim: {
          amount: formatCents(fees.claim.amount),
          caseFee: formatCents(fees.claim.caseFee),
          summaryProcedure: formatCents(fees.claim.summaryProcedure),
          paymentOrder: formatCents(fees.claim.paymentOrder),
        },
        nothingToClaim: fees.nothingToClaim,
        preservation: fees.preservation && feeOn(fees.preservation),
        enforcement: fees.enforcement && feeOn(fees.enforcement),
        rounding: fees.rounding,
      },
      issueFee: offer.issueFee && issueFeeAnswer(offer.issueFee),
      filings: offer.filings.map((f) => ({
        templateId: f.templateId,
        title: f.title,
        names: f.names,
        ready: f.ready,
        problem: f.problem && toErrorPayload(f.problem),
      })),
    };
  }),

  /** Keeps the court the user chose for the case, why it may hear it, and the type of case (a revision like any edit). */
  'filings/court': handler(
    z.object({
      id: caseId,
      court: z.string().trim().min(1).max(200),
      courtBasis: z.enum(COURT_BASES),
      caseType: z.enum(FILING_CASE_TYPES),
    }),
    (context, args) => {
      changeCase(context.store, args.id, (raw) => {
        const filing = typeof raw.filing === 'object' && raw.filing !== null ? (raw.filing as Record<string, unknown>) : {};
        raw.filing = { ...filing, court: args.court, courtBasis: args.courtBasis, caseType: args.caseType };
      });
      return { id: args.id };
    },
  ),
};
