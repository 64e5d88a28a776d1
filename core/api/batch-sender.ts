import { DEFAULT_LADDERS } from '../ladder/ladder-config.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { nextLetterNo } from '../senders/letter-numbers.js';
import { defaultSender, markedSender, type Sender } from '../senders/sender.js';
import type { AppSettings } from '../settings/app-settings.js';
import { readAppSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open.js';
import { listTemplates, TEMPLATES_DIR } from '../templates/library.js';

/**
 * The senders a batch of one ladder step's letters can go out under, and the one it starts with: the default
 * a single letter of that template gets (a law firm for a 律师函, else the creditor's own), or none when
 * Settings has no sender fitting it. Each comes with the 函号 its first letter dated `asOf` would get, and
 * whether the user marked it as the default of its kind.
 */
export function batchSenders(store: Store, stepId: string, asOf: IsoDate) {
  const app = readAppSettings(store);
  const senders = app.senders ?? [];
  return {
    senders: senders.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      next: nextLetterNo(store, s, asOf),
      default: s.default === true,
    })),
    sender: defaultSender(senders, stepRequiredFields(app, stepId))?.id ?? null,
  };
}

/**
 * The sender the user marked as default for a step's letters (`casepack letters` without --sender): none when
 * none is marked, so that a batch keeps Settings' letterhead until the user says otherwise.
 */
export function markedStepSender(store: Store, stepId: string): Sender | undefined {
  const app = readAppSettings(store);
  return markedSender(app.senders ?? [], stepRequiredFields(app, stepId));
}

/** The fields the letters of a ladder step need, from its templates in every language. */
function stepRequiredFields(app: AppSettings, stepId: string): string[] {
  const templateIds = new Set(
    Object.values(DEFAULT_LADDERS)
      .flat()
      .filter((s) => s.id === stepId && s.template !== null)
      .map((s) => s.template),
  );
  // Any language's template of the step that needs a firm makes it a law firm's letter.
  return listTemplates(app.templatesDir ?? TEMPLATES_DIR)
    .filter((t) => templateIds.has(t.id))
    .flatMap((t) => t.requiredFields);
}
