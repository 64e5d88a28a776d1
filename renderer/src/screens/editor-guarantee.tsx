import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { Choice, Field } from './editor-field.js';

type Debtor = CaseFile['debtors'][number];
type Guarantee = NonNullable<Debtor['guarantee']>;
type GuaranteeType = NonNullable<Guarantee['type']>;

/**
 * A guarantor's guarantee: joint or general (民法典 第686条), ordinary or 最高额保证 (第690条) — two separate
 * choices — the guarantee period in months, the scope, and the cap; a 最高额保证 adds the period in which the
 * debts it covers arise, and its cap is the 最高债权额.
 */
export function GuaranteeFields({
  base,
  guarantee,
  onChange,
}: {
  base: string;
  guarantee: Guarantee | undefined;
  /** Changes a copy of the guarantor's guarantee (one a joint guarantee when none was recorded yet). */
  onChange(change: (g: Guarantee) => void): void;
}) {
  const { t } = useLanguage();
  const type: GuaranteeType = guarantee?.type ?? 'ordinary';
  const maximum = type === 'maximum-amount';
  const setPeriodEnd = (end: 'from' | 'to', value: string) =>
    onChange((g) => {
      const period = { from: '', to: '', ...g.period, [end]: value };
      // Both days blank: no period at all, so core asks for it rather than for each day.
      if (period.from === '' && period.to === '') delete g.period;
      else g.period = period;
    });
  return (
    <>
      <Field
        path={`${base}.kind`}
        label={t('ed.guaranteeKind')}
        onChange={(v) => onChange((g) => (g.kind = v as Guarantee['kind']))}
      >
        {(field) => (
          <Choice
            field={field}
            value={guarantee?.kind ?? 'joint'}
            options={[
              ['joint', t('ed.guarantee.joint')],
              ['general', t('ed.guarantee.general')],
            ]}
          />
        )}
      </Field>
      <Field
        path={`${base}.type`}
        label={t('ed.guaranteeType')}
        onChange={(v) =>
          onChange((g) => {
            if (v === 'maximum-amount') g.type = v;
            else {
              // An ordinary guarantee has no period of debts (core refuses one).
              delete g.type;
              delete g.period;
            }
          })
        }
      >
        {(field) => (
          <Choice
            field={field}
            value={type}
            options={(['ordinary', 'maximum-amount'] as const).map((v) => [v, t(`ed.guaranteeType.${v}`)] as const)}
          />
        )}
      </Field>
      {maximum &&
        (['from', 'to'] as const).map((end) => (
          <Field
            key={end}
            path={`${base}.period.${end}`}
            label={t(end === 'from' ? 'ed.guaranteePeriodFrom' : 'ed.guaranteePeriodTo')}
            type="date"
            value={guarantee?.period?.[end]}
            onChange={(v) => setPeriodEnd(end, v)}
          />
        ))}
      <Field
        path={`${base}.maxAmount`}
        label={t(maximum ? 'ed.guaranteeCeiling' : 'ed.guaranteeMaxAmount')}
        value={guarantee?.maxAmount}
        inputMode="decimal"
        placeholder={t(maximum ? 'ed.guaranteeCeilingHint' : 'ed.guaranteeMaxAmountHint')}
        onChange={(v) => onChange((g) => (g.maxAmount = v))}
      />
      <Field
        path={`${base}.months`}
        label={t('ed.guaranteeMonths')}
        type="number"
        value={guarantee?.months?.toString()}
        onChange={(v) =>
          onChange((g) => {
            if (/^\d+$/.test(v)) g.months = Number(v);
            else delete g.months;
          })
        }
      />
      <Field
        path={`${base}.scope`}
        label={t('ed.guaranteeScope')}
        value={guarantee?.scope}
        onChange={(v) => onChange((g) => (g.scope = v))}
        wide
      />
    </>
  );
}
