/**
 * Everything the renderer may know of core: the typed API and the shapes of its arguments and answers. The
 * renderer imports this module only, and only its types (.dependency-cruiser.cjs enforces both), so no core
 * code runs in the page: it talks to core through `CasePackApi.send` alone.
 */
export type { ApiArgs, ApiName, ApiResult, CasePackApi } from './handlers.js';
export type { ApiErrorPayload } from './api-error.js';
export type { CaseSummary } from './case-summaries.js';
export type { DeskRow } from './desk-list.js';
export type { Revision } from '../store/case-revisions.js';
export type { CaseShelf } from '../store/shelve-case.js';
export type { IndexRow } from './bundle-request.js';
export type { BundleProgress } from '../bundles/bundle-progress.js';
export type { CaseOutput } from '../outputs/case-outputs.js';
export type { CaseFile, Mailing } from '../case/schema.js';
/** A calculation as the API answers it: amounts as decimal text ("1409.50"). */
export type { CaseCalculationJson as CaseCalculation } from '../calc/calculate-case.js';
export type { Finding } from '../compliance/types.js';
export type { LetterWarning } from '../filings/complaint-parties.js';
export type { AppSettings, SettingsPatch } from '../settings/app-settings.js';
export type { SaveResult } from './editor-handlers.js';
export type { FieldError } from '../case/case-draft.js';
export type { FieldIssueCode } from '../case/issue-codes.js';
export type { DesktopFileFailure, DesktopFiles } from './desktop-files.js';
