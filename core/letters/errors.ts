import { CasePackError } from '../errors.js';

/** The case and settings lack something the chosen template needs. */
export class LetterInputError extends CasePackError {
  override name = 'LetterInputError';
}

/** A letter failed on a worker thread of a LetterRenderPool; `cause` names the error the worker raised. */
export class LetterWorkerError extends CasePackError {
  override name = 'LetterWorkerError';
}

/** The case and settings leave empty a field the template requires (its meta.json `requiredFields`). */
export class MissingTemplateFieldsError extends LetterInputError {
  override name = 'MissingTemplateFieldsError';
  readonly code = 'template-missing-fields';
  constructor(
    readonly templateId: string,
    readonly locale: string,
    readonly fields: readonly string[],
  ) {
    super(
      `template ${locale}/${templateId} needs ${fields.join(', ')}: add them to the case file or the letter settings (docs/templates.md lists where each comes from)`,
    );
  }
  get params() {
    return { template: this.templateId, fields: this.fields.join(',') };
  }
}
