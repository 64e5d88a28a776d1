import { CasePackError } from '../errors.js';

/** The case and settings lack something the chosen template needs. */
export class LetterInputError extends CasePackError {
  override name = 'LetterInputError';
}

/** A letter failed on a worker thread of a LetterRenderPool; `cause` names the error the worker raised. */
export class LetterWorkerError extends CasePackError {
  override name = 'LetterWorkerError';
}
