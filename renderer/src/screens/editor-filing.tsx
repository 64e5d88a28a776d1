import { useState } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { Choice, Field, type FieldProps } from './editor-field.js';
import type { Edit } from './editor-parties.js';

type Filing = NonNullable<CaseFile['filing']>;
type Preservation = NonNullable<Filing['preservation']>;

/** What only the creditor can confirm for a 支付令 (民事诉讼法 第225条; 民诉解释 第427条 第1款 第3、4项). */
const CONFIRMATIONS = ['noCounterPerformance', 'noOtherDispute', 'debtorInChina'] as const;
const STAGES = ['before-suit', 'in-suit'] as const;
const SECURITIES = ['cash', 'guarantee', 'insurer', 'property'] as const;

/** The case's filing as it is being typed: any of its fields may still be missing until it is saved. */
type FilingDraft = Partial<Omit<Filing, 'paymentOrder' | 'preservation'>> & {
  paymentOrder?: Partial<NonNullable<Filing['paymentOrder']>>;
  preservation?: Partial<Preservation>;
};

/** Drops what the user left unset, so that a case that files nothing keeps no `filing` at all. */
function tidy(draft: CaseFile): void {
  const filing = draft.filing as FilingDraft | undefined;
  if (!filing) return;
  if (filing.paymentOrder && !CONFIRMATIONS.some((c) => filing.paymentOrder![c])) delete filing.paymentOrder;
  if (Object.values(filing).every((v) => v === undefined || v === '')) delete draft.filing;
}

/**
 * The facts court filings need that the debt does not tell. A zh-CN case: what the creditor confirms for a
 * 支付令 and the 财产保全 asked for (its amount drives the fee); the court itself is chosen in the filings panel. An
 * en-GB case: the County Court hearing centre named in the particulars' heading (blank: the Money Claims Centre).
 */
export function EditorFiling({ draft, edit }: { draft: CaseFile; edit: Edit }) {
  const { t } = useLanguage();
  const filing = (draft.filing ?? {}) as FilingDraft;
  const change = (fn: (f: FilingDraft) => void) =>
    edit((d) => {
      fn((d.filing ??= {} as Filing) as FilingDraft);
      tidy(d);
    });
  return (
    <fieldset className="editor-section">
      <legend>{t('ed.filing')}</legend>
      <p className="muted">{t('ed.filingHint')}</p>
      {draft.locale === 'en-GB' ? (
        <div className="row">
          <Field
            path="filing.court"
            label={t('ed.hearingCentre')}
            value={filing.court}
            placeholder={t('ed.hearingCentreHint')}
            onChange={(v) => change((f) => (f.court = v))}
            wide
          />
        </div>
      ) : (
        <PrcFacts filing={filing} change={change} />
      )}
    </fieldset>
  );
}

/** What a 支付令 and a 财产保全 need: the creditor's confirmations, the preservation asked for (its amount sets the fee). */
function PrcFacts({ filing, change }: { filing: FilingDraft; change(fn: (f: FilingDraft) => void): void }) {
  const { t } = useLanguage();
  const preservation = filing.preservation;
  const setPreservation = (fn: (p: Partial<Preservation>) => void) => change((f) => fn((f.preservation ??= { property: [] })));
  const [clues, setClues] = useState(() => (preservation?.property ?? []).join('\n'));
  const unset: readonly [string, string] = ['', t('ed.notChosen')];
  return (
    <>
      <h4>{t('ed.paymentOrder')}</h4>
      <div className="row checks">
        {CONFIRMATIONS.map((key) => (
          <Field
            key={key}
            path={`filing.paymentOrder.${key}`}
            label={t(`ed.po.${key}`)}
            onChange={(v) =>
              change((f) => {
                f.paymentOrder = { noCounterPerformance: false, noOtherDispute: false, ...f.paymentOrder, [key]: v === 'true' };
              })
            }
          >
            {(field) => <Check field={field} checked={filing.paymentOrder?.[key] === true} />}
          </Field>
        ))}
      </div>
      <h4>{t('ed.preservation')}</h4>
      <div className="row">
        <Field
          path="filing.preservation.stage"
          label={t('ed.preservationStage')}
          onChange={(v) =>
            v === '' ? change((f) => delete f.preservation) : setPreservation((p) => (p.stage = v as Preservation['stage']))
          }
        >
          {(field) => (
            <Choice
              field={field}
              value={preservation?.stage ?? ''}
              options={[['', t('ed.preservation.none')], ...STAGES.map((s) => [s, t(`ed.preservation.${s}`)] as const)]}
            />
          )}
        </Field>
        {preservation && (
          <>
            <Field
              path="filing.preservation.amount"
              label={t('ed.preservationAmount')}
              value={preservation.amount}
              inputMode="decimal"
              placeholder={t('ed.preservationAmountHint')}
              onChange={(v) => setPreservation((p) => (p.amount = v))}
            />
            <Field
              path="filing.preservation.security"
              label={t('ed.preservationSecurity')}
              onChange={(v) => setPreservation((p) => (p.security = (v || undefined) as Preservation['security']))}
            >
              {(field) => (
                <Choice
                  field={field}
                  value={preservation.security ?? ''}
                  options={[unset, ...SECURITIES.map((s) => [s, t(`ed.security.${s}`)] as const)]}
                />
              )}
            </Field>
            <Field
              path="filing.preservation.securityNote"
              label={t('ed.securityNote')}
              value={preservation.securityNote}
              onChange={(v) => setPreservation((p) => (p.securityNote = v))}
              wide
            />
            <Field
              path="filing.preservation.property"
              label={t('ed.propertyClues')}
              onChange={(v) => {
                setClues(v);
                setPreservation((p) => (p.property = v.split('\n').filter((line) => line.trim() !== '')));
              }}
              wide
            >
              {(field) => <Lines field={field} value={clues} />}
            </Field>
          </>
        )}
      </div>
    </>
  );
}

function Check({ field, checked }: { field: FieldProps; checked: boolean }) {
  const { onChangeValue, ...rest } = field;
  return <input {...rest} type="checkbox" checked={checked} onChange={(e) => onChangeValue(String(e.target.checked))} />;
}

function Lines({ field, value }: { field: FieldProps; value: string }) {
  const { onChangeValue, ...rest } = field;
  return <textarea {...rest} rows={3} value={value} onChange={(e) => onChangeValue(e.target.value)} />;
}
