import type { Document, IContext, IXmlableObject } from 'docx';

type Formattable = { prepForXml(context: IContext): IXmlableObject | undefined };

/** The package part a static component is written to: docx's fixed paths (static-parts.test.ts pins them). */
const PART_PATHS = { theme: 'word/theme/theme1.xml', settings: 'word/settings.xml', styles: 'word/styles.xml' } as const;

/** The element docx writes in place of a part whose XML is already kept: a name no Word part uses. */
const KEPT_ELEMENT = 'casepack:kept-part';

/** Written parts by key, kept for the life of the process: a handful of entries (one per language). */
const keptXml = new Map<string, string>();

/** Each document's static parts: the key of the part at each path. */
const staticKeys = new WeakMap<Document, ReadonlyMap<string, string>>();

/**
 * Makes docx write each of the document's static parts once per process: the theme, the settings and the
 * styles, which depend only on the letter's language. docx rebuilds, re-walks and re-writes them for every
 * document (a third of the time it takes to compile a letter's DOCX); once a part's XML is kept, docx
 * writes a one-element stand-in and `staticPart` gives the kept XML back. Every caller of this must build
 * its document with `wordDocument`, whose theme and settings take no options and whose styles come from
 * `docxStyles(model)`, a function of the language alone. static-parts.test.ts compares the result with what
 * docx writes without it.
 */
export function reuseStaticParts(document: Document, language: string): Document {
  const keys = new Map<string, string>();
  writeOnce(document.Theme, PART_PATHS.theme, 'theme', keys);
  writeOnce(document.Settings, PART_PATHS.settings, 'settings', keys);
  writeOnce(document.Styles, PART_PATHS.styles, `styles:${language}`, keys);
  staticKeys.set(document, keys);
  return document;
}

function writeOnce(component: Formattable, path: string, key: string, keys: Map<string, string>): void {
  keys.set(path, key);
  const prepare = component.prepForXml.bind(component);
  component.prepForXml = (context) => (keptXml.has(key) ? { [KEPT_ELEMENT]: { _attr: { key } } } : prepare(context));
}

/**
 * The XML of the document's part at `path`, given what docx wrote there: the kept XML when docx wrote the
 * stand-in, else what docx wrote (kept, when the part is static, for the next document).
 */
export function staticPart(document: Document, path: string, written: string): string {
  const key = staticKeys.get(document)?.get(path);
  if (key === undefined) return written;
  const kept = keptXml.get(key);
  if (kept !== undefined && written.includes(`<${KEPT_ELEMENT} key="${key}"/>`)) return kept;
  keptXml.set(key, written);
  return written;
}
