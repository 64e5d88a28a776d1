import { computeStatement } from '../calc/statement.js';
import type { CaseFile, Filing } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import { generateLetter } from '../letters/generate-letter.js';
import type { LetterSettings } from '../letters/settings.js';
import { listTemplates, templateNames, TEMPLATES_DIR } from '../templates/library.js';
import { filingFees, type FilingFees } from './filing-fees.js';
import { FILING_TEMPLATES } from './filing-templates.js';
import { issueFeeForCase } from './claim-fees.js';
import type { IssueFee } from './uk-issue-fee.js';

/**
 * An enforcement application for a case that holds no judgment (民事诉讼法 第247条). A suit paper once the
 * judgment is in force is refused by generateLetter itself (core/letters/judgment-held.ts).
 */
export class FilingNotNowError extends CasePackError {
  override name = 'FilingNotNowError';
  readonly code = 'filing.no-judgment';
  constructor(readonly templateId: string) {
    super(`${templateId}: enforcement rests on a judgment in force, and the case holds none (民事诉讼法 第247条)`);
  }
  get params() {
    return { templateId: this.templateId };
  }
}

/** One filing template and whether this case can make it now; `problem` is the coded error that stops it. */
export interface OfferedFiling {
  templateId: string;
  title: string;
  /** What the app calls it in Chinese and in English. */
  names: { zh: string; en: string };
  ready: boolean;
  problem: CasePackError | null;
}

export interface FilingOffer {
  asOf: IsoDate;
  /** The court the user chose, kept with the case; null until chosen (CasePack never guesses one). */
  court: (Pick<Filing, 'courtBasis' | 'caseType'> & { court: string }) | null;
  /** Null for a case not in CNY: the fees are those of PRC courts. */
  fees: FilingFees | null;
  /** An en-GB case: the County Court issue fee on what the particulars claim, and the fee table it comes from. */
  issueFee: IssueFee | null;
  filings: OfferedFiling[];
}

export interface FilingOfferOptions {
  asOf: IsoDate;
  settings?: LetterSettings;
  templatesDir?: string;
}

/**
 * The filings this case can make on `asOf`, each tried as it would be generated (required fields, the
 * template's fit, the preconditions of filing-preconditions.ts) so that what is offered as ready will export;
 * with the court the user chose and the fees of each filing (an en-GB case: the County Court issue fee).
 */
export function filingOffer(data: CaseFile, options: FilingOfferOptions): FilingOffer {
  const { asOf, settings = {} } = options;
  const root = options.templatesDir ?? TEMPLATES_DIR;
  const statement = computeStatement(data, asOf);
  const templates = listTemplates(root).filter((t) => t.locale === data.locale && FILING_TEMPLATES.has(t.id));
  const holdsJudgment = data.filing?.judgment !== undefined;
  const filings = templates.map((meta): OfferedFiling => {
    const problem =
      !holdsJudgment && meta.id === 'enforcement-application'
        ? new FilingNotNowError(meta.id)
        : tryGenerate(data, meta.id, asOf, settings, options.templatesDir);
    return { templateId: meta.id, title: meta.title, names: templateNames(meta), ready: problem === null, problem };
  });
  const filing = data.filing;
  return {
    asOf,
    court: filing?.court ? { court: filing.court, courtBasis: filing.courtBasis, caseType: filing.caseType } : null,
    fees: data.currency === 'CNY' ? filingFees(data, statement) : null,
    issueFee: data.locale === 'en-GB' ? issueFeeForCase(data, asOf) : null,
    filings: filings.sort((a, b) => order(a) - order(b)),
  };
}

function tryGenerate(
  data: CaseFile,
  templateId: string,
  asOf: IsoDate,
  settings: LetterSettings,
  templatesDir: string | undefined,
): CasePackError | null {
  try {
    generateLetter(data, { templateId, asOf, settings, ...(templatesDir && { templatesDir }) });
    return null;
  } catch (error) {
    if (error instanceof CasePackError) return error;
    throw error;
  }
}

/** Ready filings first, each group in the order of FILING_TEMPLATES (the order of a suit's papers). */
function order(offered: OfferedFiling): number {
  return (offered.ready ? 0 : FILING_TEMPLATES.size) + [...FILING_TEMPLATES].indexOf(offered.templateId);
}
