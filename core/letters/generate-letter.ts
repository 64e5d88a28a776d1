import type { CaseFile } from '../case/schema.js';
import { computeStatement } from '../calc/statement.js';
import type { Statement } from '../calc/statement-types.js';
import { checkWording } from '../compliance/check-wording.js';
import type { Finding, WordingContext } from '../compliance/types.js';
import type { DocumentModel } from '../documents/model.js';
import { findTemplate, loadTemplate, TEMPLATES_DIR, type TemplateMeta } from '../templates/library.js';
import { lookup, type TemplateValue } from '../templates/values.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { limitationInput } from '../calc/calculate-case.js';
import { defendantsOf, type LetterWarning } from '../filings/complaint-parties.js';
import { isFilingTemplate } from '../filings/filing-templates.js';
import { checkFilingPreconditions } from '../filings/filing-preconditions.js';
import { PARTICULARS_TEMPLATE, particularsCase, particularsContext } from '../filings/particulars-context.js';
import { assertGuaranteeInForce } from '../limitation/guarantee-check.js';
import { computeLimitation } from '../limitation/limitation.js';
import { assertNoJudgmentInForce } from './judgment-held.js';
import { buildLetterContext, recipientIndex, type LetterContext } from './build-context.js';
import { LETTER_CONTEXT_SHAPE } from './context-shape.js';
import { MissingTemplateFieldsError } from './errors.js';
import { checkTemplateFits } from './template-fit.js';
import { modelText } from './model-text.js';
import type { LetterSettings } from './settings.js';
import { wordingContext } from './wording-context.js';

export interface GenerateLetterOptions {
  /** A template id such as `demand-letter`; the case's locale picks the folder. */
  templateId: string;
  /** The date of the letter and of the statement. */
  asOf: IsoDate;
  settings?: LetterSettings;
  /** Another templates folder (a user's copies); default the bundled `templates/`. */
  templatesDir?: string;
}

export interface GeneratedLetter {
  meta: TemplateMeta;
  model: DocumentModel;
  /** The letter's text as a reader extracts it: what the wording guard checked. */
  text: string;
  /** Wording findings; pass them to assertExportable before writing a file. */
  findings: Finding[];
  /** What the document left out that its reader must know (a lapsed guarantor not sued), by code. */
  warnings: LetterWarning[];
  wording: WordingContext;
  statement: Statement;
  context: LetterContext;
}

/** Case → template → document model, checked by the wording guard. Rendering to PDF/DOCX is the caller's step. */
export function generateLetter(given: CaseFile, options: GenerateLetterOptions): GeneratedLetter {
  const { templateId, asOf, settings = {} } = options;
  const meta = findTemplate(templateId, given.locale, options.templatesDir ?? TEMPLATES_DIR);
  assertNoJudgmentInForce(meta, given, asOf);
  const particulars = meta.id === PARTICULARS_TEMPLATE;
  // Particulars of claim without an agreed or statutory rate claim County Courts Act 1984 s.69 interest.
  const data = particulars ? particularsCase(given) : given;
  const template = loadTemplate(meta, LETTER_CONTEXT_SHAPE);
  const statement = computeStatement(data, asOf);
  const recipient = recipientIndex(data, settings);
  checkTemplateFits(meta.id, data, settings, data.debtors[recipient]!);
  const limitation = computeLimitation(data, asOf, limitationInput(statement));
  // 担保制度解释 第34条 第2款: a lapsed guarantee is not revived by the guarantor's signature; ask nothing of it.
  if (data.debtors[recipient]!.role === 'guarantor' && !isFilingTemplate(meta.id)) assertGuaranteeInForce(limitation, recipient);
  const defendants = defendantsOf(data, limitation, meta.id);
  const context: LetterContext = {
    ...buildLetterContext(data, asOf, settings, templateId, statement, limitation, defendants.parties),
    // English letters quote the daily rate interest continues at, as the particulars do.
    particulars: particulars || data.locale === 'en-GB' ? particularsContext(given, statement) : null,
  };
  const missing = meta.requiredFields.filter((path) =>
    isEmpty(path.split('.').reduce<TemplateValue>((v, key) => lookup(v, key), context)),
  );
  if (missing.length > 0) throw new MissingTemplateFieldsError(meta.id, meta.locale, missing);
  checkFilingPreconditions(meta.id, data, statement, asOf, recipient);

  const model = template.render(context, { currency: data.currency });
  if (settings.letterhead) model.letterhead = settings.letterhead;
  const text = modelText(model);
  const wording = wordingContext(data, asOf, templateId, recipient, settings, statement, limitation[recipient]);
  const findings = checkWording(text, wording);
  return { meta, model, text, findings, warnings: defendants.warnings, wording, statement, context };
}

function isEmpty(value: TemplateValue): boolean {
  return value === undefined || value === null || value === '';
}
