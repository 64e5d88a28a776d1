import type { ApiArgs } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';

export const DEBT_KINDS = ['sale-of-goods', 'financial-loan', 'credit-card', 'property-service', 'private-loan'] as const;
const CASE_LOCALES = ['zh-CN', 'en-GB', 'en-US'] as const;
export const CURRENCY = { 'zh-CN': 'CNY', 'en-GB': 'GBP', 'en-US': 'USD' } as const;
const LATE_KINDS = ['none', 'daily-rate', 'annual-rate'] as const;
export interface DefaultsFields {
  creditorName: string;
  creditorKind: 'company' | 'person';
  creditorId: string;
  creditorAddress: string;
  locale: (typeof CASE_LOCALES)[number];
  debtKind: string;
  contractTitle: string;
  lateKind: (typeof LATE_KINDS)[number];
  lateRate: string;
}

export function initialDefaults(language: 'zh' | 'en'): DefaultsFields {
  return {
    creditorName: '',
    creditorKind: 'company',
    creditorId: '',
    creditorAddress: '',
    locale: language === 'zh' ? 'zh-CN' : 'en-GB',
    debtKind: '',
    contractTitle: '',
    lateKind: 'none',
    lateRate: '',
  };
}

/** The form's fields as the batch defaults the API takes. */
export function batchDefaults(f: DefaultsFields): ApiArgs<'import/dry-run'>['defaults'] {
  const trimmed = (v: string) => v.trim();
  return {
    locale: f.locale,
    currency: CURRENCY[f.locale],
    creditor: {
      name: trimmed(f.creditorName),
      kind: f.creditorKind,
      ...(trimmed(f.creditorId) && { idNumber: trimmed(f.creditorId) }),
      ...(trimmed(f.creditorAddress) && { address: trimmed(f.creditorAddress) }),
    },
    ...(f.debtKind && { debtKind: f.debtKind as (typeof DEBT_KINDS)[number] }),
    ...(trimmed(f.contractTitle) && { contract: { title: trimmed(f.contractTitle) } }),
    lateCharge:
      f.lateKind === 'none'
        ? { kind: 'none' }
        : f.lateKind === 'daily-rate'
          ? { kind: 'daily-rate', rate: trimmed(f.lateRate) }
          : { kind: 'annual-rate', rate: trimmed(f.lateRate), basis: 365 },
  };
}

/** Creditor, kind of debt or contract title, and late-charge terms: the facts every case of the batch shares. */
export function ImportDefaultsForm({
  fields: f,
  onChange,
  onCreditorSettled,
}: {
  fields: DefaultsFields;
  onChange(next: DefaultsFields): void;
  onCreditorSettled(name: string): void;
}) {
  const { t } = useLanguage();
  const set =
    <K extends keyof DefaultsFields>(key: K) =>
    (e: { target: { value: string } }) =>
      onChange({ ...f, [key]: e.target.value as DefaultsFields[K] });
  return (
    <fieldset className="form import-defaults">
      <legend>{t('batchDefaults')}</legend>
      <div className="row">
        <label>
          {t('creditorName')}
          <input
            name="creditorName"
            value={f.creditorName}
            onChange={set('creditorName')}
            onBlur={(e) => onCreditorSettled(e.target.value)}
            required
          />
        </label>
        <label>
          {t('creditorKind')}
          <select name="creditorKind" value={f.creditorKind} onChange={set('creditorKind')}>
            <option value="company">{t('partyKind.company')}</option>
            <option value="person">{t('partyKind.person')}</option>
          </select>
        </label>
        <label>
          {t('creditorId')}
          <input name="creditorId" value={f.creditorId} onChange={set('creditorId')} />
        </label>
        <label>
          {t('creditorAddress')}
          <input name="creditorAddress" value={f.creditorAddress} onChange={set('creditorAddress')} />
        </label>
      </div>
      <div className="row">
        <label>
          {t('caseLanguage')}
          <select name="caseLanguage" value={f.locale} onChange={set('locale')}>
            {CASE_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`caseLanguage.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('debtKind')}
          <select name="debtKind" value={f.debtKind} onChange={set('debtKind')}>
            <option value="">{t('debtKind.none')}</option>
            {DEBT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`debtKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('contractTitleDefault')}
          <input
            name="contractTitle"
            value={f.contractTitle}
            placeholder={t('contractTitleHint')}
            onChange={set('contractTitle')}
          />
        </label>
      </div>
      <div className="row">
        <label>
          {t('lateChargeTerms')}
          <select name="lateKind" value={f.lateKind} onChange={set('lateKind')}>
            {LATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`lateKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {f.lateKind !== 'none' && (
          <label>
            {t('lateRate')}
            <input name="lateRate" value={f.lateRate} onChange={set('lateRate')} inputMode="decimal" required />
          </label>
        )}
      </div>
    </fieldset>
  );
}
