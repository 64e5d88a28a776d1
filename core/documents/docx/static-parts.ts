import type { Document, IContext, IXmlableObject } from 'docx';

type Formattable = { prepForXml(context: IContext): IXmlableObject | undefined };

/** Formatted parts by key, kept for the life of the process: a handful of entries (one per language). */
const formatted = new Map<string, IXmlableObject>();

/**
 * Makes docx format each of the document's static parts once per process: the theme, the settings and the
 * styles, which depend only on the letter's language. docx rebuilds and re-walks them for every document
 * (a third of the time it takes to compile a letter's DOCX); the XML it writes from the kept object is the
 * same. Every caller of this must build its document with `wordDocument`, whose theme and settings take no
 * options and whose styles come from `docxStyles(model)`, a function of the language alone.
 * static-parts.test.ts compares the result with what docx writes without it.
 */
export function reuseStaticParts(document: Document, language: string): Document {
  formatOnce(document.Theme, 'theme');
  formatOnce(document.Settings, 'settings');
  formatOnce(document.Styles, `styles:${language}`);
  return document;
}

function formatOnce(component: Formattable, key: string): void {
  const prepare = component.prepForXml.bind(component);
  component.prepForXml = (context) => {
    const kept = formatted.get(key);
    if (kept) return kept;
    const made = prepare(context);
    if (made) formatted.set(key, made);
    return made;
  };
}
