import type { FormEvent } from 'react';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { useFields } from '../components/use-fields.js';
import { useLanguage } from '../i18n/language.js';

/** The smallest case a user can start from: who owes whom how much since when. Everything else is added later. */
const CURRENCY: Record<string, string> = { 'zh-CN': 'CNY', 'en-GB': 'GBP', 'en-US': 'USD' };

/** `defaultLocale` comes from Settings; without it the interface language decides. */
export function NewCaseForm({ onDone, defaultLocale }: { onDone(id?: number): void; defaultLocale?: string | undefined }) {
  const { t, language } = useLanguage();
  const { error, run } = useAction();
  const locale = defaultLocale ?? (language === 'zh' ? 'zh-CN' : 'en-GB');
  const { fields, set } = useFields({
    title: '',
    locale,
    currency: CURRENCY[locale] ?? 'CNY',
    creditor: '',
    creditorKind: 'company',
    debtor: '',
    debtorKind: 'company',
    contract: '',
    description: '',
    amount: '',
    dueDate: '',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft = {
      version: 1,
      locale: fields.locale,
      title: fields.title,
      currency: fields.currency,
      creditor: { name: fields.creditor, kind: fields.creditorKind },
      debtors: [{ name: fields.debtor, kind: fields.debtorKind, role: 'debtor' }],
      ...(fields.contract
        ? { contract: { title: fields.locale === 'zh-CN' ? '合同' : 'Contract', number: fields.contract } }
        : {}),
      claims: [{ id: 'C1', description: fields.description, amount: fields.amount, dueDate: fields.dueDate }],
    };
    await run(async () => {
      const { id } = await api.send('cases/create', { case: draft });
      onDone(id);
    });
  }

  const text = (name: keyof typeof fields, label: string, extra: Record<string, string> = {}) => (
    <label>
      {label}
      <input name={name} value={fields[name]} onChange={set(name)} {...extra} />
    </label>
  );
  const kind = (name: 'creditorKind' | 'debtorKind') => (
    <select name={name} value={fields[name]} onChange={set(name)} aria-label={t('kind')}>
      <option value="company">{t('company')}</option>
      <option value="person">{t('person')}</option>
    </select>
  );

  return (
    <form className="card form" onSubmit={(e) => void submit(e)}>
      <h2>{t('newCase')}</h2>
      {text('title', t('title'))}
      <div className="row">
        {text('creditor', t('creditorName'))}
        {kind('creditorKind')}
      </div>
      <div className="row">
        {text('debtor', t('debtorName'))}
        {kind('debtorKind')}
      </div>
      {text('contract', t('contractNumber'))}
      {text('description', t('description'))}
      <div className="row">
        {text('amount', t('claimAmount'), { inputMode: 'decimal', placeholder: '123456.78' })}
        {text('dueDate', t('dueDate'), { type: 'date' })}
        <label>
          {t('locale')}
          <select name="locale" value={fields.locale} onChange={set('locale')}>
            <option value="zh-CN">中文（中国）</option>
            <option value="en-GB">English (UK)</option>
            <option value="en-US">English (US)</option>
          </select>
        </label>
        {text('currency', t('currency'), { maxLength: '3' })}
      </div>
      <ErrorBox error={error} />
      <div className="actions">
        <button type="submit">{t('create')}</button>
        <button type="button" className="secondary" onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
