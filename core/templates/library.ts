import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { jsonSyntaxError } from '../case/json-syntax-error.js';
import { join } from 'node:path';
import { z } from 'zod';
import { FileError } from '../errors.js';
import { PROJECT_ROOT } from '../project-root.js';
import { UnreadableFileError } from '../util/read-failure.js';
import { compileTemplate, type CompiledTemplate } from './compile.js';
import type { Shape } from './shape.js';

export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
export const TEMPLATE_FILE = 'template.txt';

const metaShape = z.strictObject({
  /** The document's own title, in its locale's language (printed on it: 催款函, Letter of claim). */
  title: z.string().min(1),
  /** What the app calls the document in each interface language; a template without it is called by its title. */
  names: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  description: z.string().min(1),
  locale: z.enum(['zh-CN', 'en-GB', 'en-US']),
  /** Articles and rules the letter rests on, cited in docs and shown by `casepack templates`. */
  legalBasis: z.array(z.string()).min(1),
  /** Context paths that must have a value, e.g. "contract.number" or "account.number". */
  requiredFields: z.array(z.string()).default([]),
  /**
   * The event to record when the addressee returns the document signed, and the clause of its text that makes it
   * so: a signed 债务确认书 or 还款协议 says the debtor agrees to pay (诉讼时效规定 第19条).
   */
  whenSigned: z
    .strictObject({ kind: z.literal('acknowledged'), agreesToPerform: z.boolean(), clause: z.string().min(1) })
    .optional(),
});

export type TemplateMeta = z.output<typeof metaShape> & { id: string; dir: string };

/** A template's name in each interface language: its `names`, else its title in both. */
export function templateNames(meta: Pick<TemplateMeta, 'title' | 'names'>): { zh: string; en: string } {
  return meta.names ?? { zh: meta.title, en: meta.title };
}

/** Every template folder `templates/<locale>/<id>/` that holds a meta.json. */
export function listTemplates(root: string = TEMPLATES_DIR): TemplateMeta[] {
  if (!existsSync(root)) return [];
  const found: TemplateMeta[] = [];
  for (const locale of readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort())
    for (const id of readdirSync(join(root, locale), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      const dir = join(root, locale, id);
      if (existsSync(join(dir, 'meta.json'))) found.push(readMeta(dir, id, locale));
    }
  return found;
}

function readMeta(dir: string, id: string, locale: string): TemplateMeta {
  const file = join(dir, 'meta.json');
  let raw: unknown;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
    raw = JSON.parse(text);
  } catch {
    throw new FileError(file, `not valid JSON (${jsonSyntaxError(text)})`);
  }
  const parsed = metaShape.safeParse(raw);
  if (!parsed.success)
    throw new FileError(file, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  if (parsed.data.locale !== locale)
    throw new FileError(file, `locale is ${parsed.data.locale} but the folder is ${locale}: move the folder or fix the locale`);
  return { ...parsed.data, id, dir };
}

/**
 * The template with this id for this locale; throws FileError listing what exists when there is none. Reads
 * only that template's meta.json (a batch asks for one template a thousand times), the whole folder only to
 * say what exists.
 */
export function findTemplate(id: string, locale: string, root: string = TEMPLATES_DIR): TemplateMeta {
  if (hasFolder(root, locale) && hasFolder(join(root, locale), id) && existsSync(join(root, locale, id, 'meta.json')))
    return readMeta(join(root, locale, id), id, locale);
  const all = listTemplates(root);
  const meta = all.find((t) => t.id === id && t.locale === locale);
  if (!meta) {
    const known = all.filter((t) => t.locale === locale).map((t) => t.id);
    throw new FileError(join(root, locale, id), `no template "${id}" for ${locale} (available: ${known.join(', ') || 'none'})`);
  }
  return meta;
}

/** Whether `locale` has a template `id` of its own (findTemplate finds no other locale's either). */
export function hasTemplate(id: string, locale: string, root: string = TEMPLATES_DIR): boolean {
  return listTemplates(root).some((t) => t.id === id && t.locale === locale);
}

/** Whether `parent` lists a folder of exactly this name, as listTemplates finds one. */
function hasFolder(parent: string, name: string): boolean {
  return existsSync(parent) && readdirSync(parent, { withFileTypes: true }).some((d) => d.isDirectory() && d.name === name);
}

const compiled = new Map<string, CompiledTemplate>();

/** Reads and compiles a template once per process. */
export function loadTemplate(meta: TemplateMeta, shape: Shape): CompiledTemplate {
  const file = join(meta.dir, TEMPLATE_FILE);
  let template = compiled.get(file);
  if (!template) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UnreadableFileError(file, error, 'the template');
    }
    template = compileTemplate(source, { file, language: meta.locale, shape, title: meta.title });
    compiled.set(file, template);
  }
  return template;
}
