import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { CurrencyField } from './currency-field.js';
import { Choice, Field } from './editor-field.js';
import type { Edit } from './editor-parties.js';

const CURRENCY: Record<string, string> = { 'zh-CN': 'CNY', 'en-GB': 'GBP', 'en-US': 'USD' };

/** The case's title, law and currency, and the contract the debt arises from. */
export function EditorHeader({ draft, edit }: { draft: CaseFile; edit: Edit }) {
  const { t } = useLanguage();
  const contract = (key: 'title' | 'number' | 'signedOn', value: string) =>
    edit((d) => {
      d.contract = { ...(d.contract ?? { title: '' }), [key]: value };
      if (!Object.values(d.contract).some((v) => v)) delete d.contract;
    });
  return (
    <fieldset className="editor-section">
      <legend>{t('ed.theCase')}</legend>
      <div className="row">
        <Field path="title" label={t('ed.caseTitle')} value={draft.title} onChange={(v) => edit((d) => (d.title = v))} wide />
        <Field
          path="locale"
          label={t('ed.locale')}
          onChange={(v) =>
            edit((d) => {
              // A new locale brings its currency when the currency was the old locale's own.
              if (d.currency === CURRENCY[d.locale]) d.currency = CURRENCY[v] ?? d.currency;
              d.locale = v as CaseFile['locale'];
            })
          }
        >
          {(field) => (
            <Choice
              field={field}
              value={draft.locale}
              options={(['zh-CN', 'en-GB', 'en-US'] as const).map((l) => [l, t(`ed.locale.${l}`)] as const)}
            />
          )}
        </Field>
        <CurrencyField value={draft.currency} onChange={(v) => edit((d) => (d.currency = v))} />
      </div>
      <div className="row">
        <Field
          path="contract.title"
          label={t('ed.contractTitle')}
          value={draft.contract?.title}
          onChange={(v) => contract('title', v)}
          wide
        />
        <Field
          path="contract.number"
          label={t('ed.contractNumber')}
          value={draft.contract?.number}
          onChange={(v) => contract('number', v)}
        />
        <Field
          path="contract.signedOn"
          label={t('ed.signedOn')}
          type="date"
          value={draft.contract?.signedOn}
          onChange={(v) => contract('signedOn', v)}
        />
      </div>
    </fieldset>
  );
}
