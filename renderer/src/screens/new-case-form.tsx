import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { CaseEditor } from './case-editor.js';
import { localToday } from './local-today.js';

const CURRENCY: Record<string, string> = { 'zh-CN': 'CNY', 'en-GB': 'GBP', 'en-US': 'USD' };

/** An empty case to type into: one creditor, one debtor and one claim to fill in, and no late charge yet. */
function blankCase(locale: CaseFile['locale']): CaseFile {
  return {
    version: 1,
    locale,
    title: '',
    currency: CURRENCY[locale] ?? 'CNY',
    creditor: { name: '', kind: 'company' },
    debtors: [{ name: '', kind: 'company', role: 'debtor' }],
    claims: [{ id: '', description: '', amount: '', dueDate: '' }],
    payments: [],
    lateCharge: { kind: locale === 'en-GB' ? 'uk-statutory' : 'none' },
    events: [],
    evidence: [],
    mailings: [],
  };
}

/** A new case in the full editor. `defaultLocale` comes from Settings; without it the interface language decides. */
export function NewCaseForm({ onDone, defaultLocale }: { onDone(id?: number): void; defaultLocale?: string | undefined }) {
  const { language } = useLanguage();
  const locale = (defaultLocale ?? (language === 'zh' ? 'zh-CN' : 'en-GB')) as CaseFile['locale'];
  return <CaseEditor initial={blankCase(locale)} today={localToday()} onSaved={onDone} onCancel={() => onDone()} />;
}
