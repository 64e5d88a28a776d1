import type { LetterProvider } from '../bundles/build-courier-bundle.js';
import { isTemplateId } from '../case/file-references.js';
import { renderPdf } from '../documents/pdf/render-pdf.js';
import { generateLetter } from './generate-letter.js';
import type { LetterSettings } from './settings.js';

/**
 * Regenerates the letter a mailing names (a template id) as it read on the day it was sent, addressed to the
 * mailing's recipient. Used for a courier bundle when no copy of the mailed PDF was stored; the bundle says so.
 */
export function mailedLetterProvider(settings: LetterSettings = {}): LetterProvider {
  return async (mailing, loaded) => {
    if (!isTemplateId(mailing.document)) return undefined;
    const letter = generateLetter(loaded.data, {
      templateId: mailing.document,
      asOf: mailing.sentOn,
      settings: { ...settings, recipient: mailing.to },
    });
    return renderPdf(letter.model);
  };
}
