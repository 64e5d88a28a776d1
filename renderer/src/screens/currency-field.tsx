import { useState } from 'react';
import type { Language } from '../i18n/messages.js';
import { useLanguage } from '../i18n/language.js';
import { Field } from './editor-field.js';

/** The currencies suggested as the user types; core reads any other code, name or symbol on save. */
const SUGGESTED = ['CNY', 'GBP', 'USD', 'EUR', 'HKD', 'JPY'] as const;

/** A currency's name in the interface's language (人民币, British Pound), or undefined for text that is no code. */
export function currencyName(code: string, language: Language): string | undefined {
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  try {
    const name = new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'currency' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** `人民币（CNY）`, `British Pound (GBP)`: a stored code shown by its name, with the code beside it. */
export function currencyLabel(code: string, language: Language): string {
  const name = currencyName(code, language);
  if (!name) return code;
  return language === 'zh' ? `${name}（${code}）` : `${name} (${code})`;
}

/**
 * The case's currency as people write it (人民币, RMB, ￥, 英镑, GBP £, US$ …): core reads it into its ISO code on
 * save. While the field is not being typed in, a code shows as its name in the interface's language.
 */
export function CurrencyField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t, language } = useLanguage();
  const [typing, setTyping] = useState<string>();
  return (
    <Field path="currency" label={t('ed.currency')} onChange={onChange}>
      {({ onChangeValue, ...field }) => (
        <>
          <input
            {...field}
            list="currency-suggestions"
            autoComplete="off"
            value={typing ?? currencyLabel(value, language)}
            onChange={(e) => {
              setTyping(e.target.value);
              onChangeValue(e.target.value);
            }}
            onBlur={() => setTyping(undefined)}
          />
          <datalist id="currency-suggestions">
            {SUGGESTED.map((code) => (
              <option key={code} value={currencyLabel(code, language)} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
