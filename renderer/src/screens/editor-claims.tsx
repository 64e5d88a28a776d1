import { memo, useMemo } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { Choice, Field } from './editor-field.js';
import type { Edit } from './editor-parties.js';

type Draft = CaseFile;

/** A claim's id changed: the payments and events that named the old id follow it. */
function renameClaim(draft: Draft, from: string, to: string): void {
  for (const p of draft.payments) if (p.claim === from) p.claim = to;
  for (const e of draft.events) if (e.claim === from) e.claim = to;
}

/** A heading with a remove button, for one entry of a list. */
export function ItemHead({ heading, onRemove, disabled = false }: { heading: string; onRemove(): void; disabled?: boolean }) {
  const { t } = useLanguage();
  return (
    <div className="item-head">
      <h4>{heading}</h4>
      <button
        type="button"
        className="secondary small"
        disabled={disabled}
        aria-label={fill(t('ed.removeNamed'), { what: heading })}
        onClick={onRemove}
      >
        {t('ed.remove')}
      </button>
    </div>
  );
}

type Claim = Draft['claims'][number];
type Payment = Draft['payments'][number];
type ClaimOptions = readonly (readonly [string, string])[];

/** One claim's fields; memoised, so a keystroke in one claim draws only that claim. */
const ClaimItem = memo(function ClaimItem({
  claim,
  i,
  only,
  askArisen,
  edit,
}: {
  claim: Claim;
  i: number;
  /** The case's only claim cannot be removed. */
  only: boolean;
  /** A guarantor has a 最高额保证, which covers the debts arising in its period: ask the day each arose. */
  askArisen: boolean;
  edit: Edit;
}) {
  const { t } = useLanguage();
  const base = `claims[${i}]`;
  const heading = fill(t('ed.claimN'), { n: i + 1 });
  return (
    <div className="editor-item" role="group" aria-label={heading}>
      <ItemHead heading={heading} disabled={only} onRemove={() => edit((d) => d.claims.splice(i, 1))} />
      <div className="row">
        <Field
          path={`${base}.id`}
          label={t('ed.claimId')}
          value={claim.id}
          onChange={(v) =>
            edit((d) => {
              renameClaim(d, d.claims[i]!.id, v);
              d.claims[i]!.id = v;
            })
          }
        />
        <Field
          path={`${base}.description`}
          label={t('ed.claimDescription')}
          value={claim.description}
          onChange={(v) => edit((d) => (d.claims[i]!.description = v))}
          wide
        />
        <Field
          path={`${base}.amount`}
          label={t('ed.amount')}
          value={claim.amount}
          inputMode="decimal"
          placeholder={t('ed.amountHint')}
          onChange={(v) => edit((d) => (d.claims[i]!.amount = v))}
        />
        <Field
          path={`${base}.dueDate`}
          label={t('ed.dueDate')}
          type="date"
          value={claim.dueDate}
          onChange={(v) => edit((d) => (d.claims[i]!.dueDate = v))}
        />
        {(askArisen || claim.arisenOn !== undefined) && (
          <Field
            path={`${base}.arisenOn`}
            label={t('ed.arisenOn')}
            type="date"
            value={claim.arisenOn}
            onChange={(v) =>
              edit((d) => {
                if (v) d.claims[i]!.arisenOn = v;
                else delete d.claims[i]!.arisenOn;
              })
            }
          />
        )}
      </div>
    </div>
  );
});

/** One payment's fields and the claim it names; memoised like a claim. */
const PaymentItem = memo(function PaymentItem({
  payment,
  i,
  claimOptions,
  edit,
}: {
  payment: Payment;
  i: number;
  claimOptions: ClaimOptions;
  edit: Edit;
}) {
  const { t } = useLanguage();
  const base = `payments[${i}]`;
  const heading = fill(t('ed.paymentN'), { n: i + 1 });
  return (
    <div className="editor-item" role="group" aria-label={heading}>
      <ItemHead heading={heading} onRemove={() => edit((d) => d.payments.splice(i, 1))} />
      <div className="row">
        <Field
          path={`${base}.date`}
          label={t('ed.paymentDate')}
          type="date"
          value={payment.date}
          onChange={(v) => edit((d) => (d.payments[i]!.date = v))}
        />
        <Field
          path={`${base}.amount`}
          label={t('ed.amount')}
          value={payment.amount}
          inputMode="decimal"
          placeholder={t('ed.amountHint')}
          onChange={(v) => edit((d) => (d.payments[i]!.amount = v))}
        />
        <Field
          path={`${base}.claim`}
          label={t('ed.paymentClaim')}
          onChange={(v) =>
            edit((d) => {
              const p = d.payments[i]!;
              if (v) p.claim = v;
              else {
                delete p.claim;
                delete p.appropriatedBy;
              }
            })
          }
        >
          {(field) => <Choice field={field} value={payment.claim ?? ''} options={claimOptions} />}
        </Field>
        <Field
          path={`${base}.note`}
          label={t('ed.note')}
          value={payment.note}
          onChange={(v) => edit((d) => (d.payments[i]!.note = v))}
          wide
        />
      </div>
    </div>
  );
});

/** The claims a payment may name, rebuilt only when a claim's id or description changes (not its amount). */
function useClaimOptions(claims: readonly Claim[]): ClaimOptions {
  const { t } = useLanguage();
  const named = claims.filter((c) => c.id);
  const key = named.map((c) => `${c.id}\u0000${c.description}`).join('\u0001');
  const none = t('ed.paymentClaimNone');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the ids and descriptions used
  return useMemo(() => [['', none] as const, ...named.map((c) => [c.id, `${c.id} ${c.description}`] as const)], [key, none]);
}

/** The claims (invoice number, what for, amount as typed, due date) and the payments, each naming a claim or none. */
export function EditorClaims({ draft, edit }: { draft: Draft; edit: Edit }) {
  const { t } = useLanguage();
  const claimOptions = useClaimOptions(draft.claims);
  const askArisen = draft.debtors.some((d) => d.guarantee?.type === 'maximum-amount');
  return (
    <>
      <fieldset className="editor-section">
        <legend>{t('ed.claims')}</legend>
        {askArisen && <p className="muted">{t('ed.arisenOnHint')}</p>}
        {draft.claims.map((claim, i) => (
          <ClaimItem key={i} claim={claim} i={i} only={draft.claims.length === 1} askArisen={askArisen} edit={edit} />
        ))}
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => edit((d) => d.claims.push({ id: '', description: '', amount: '', dueDate: '' }))}
          >
            + {t('ed.addClaim')}
          </button>
        </div>
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t('ed.payments')}</legend>
        {draft.payments.length === 0 && <p className="muted">{t('ed.noPayments')}</p>}
        {draft.payments.map((payment, i) => (
          <PaymentItem key={i} payment={payment} i={i} claimOptions={claimOptions} edit={edit} />
        ))}
        <div className="actions">
          <button type="button" className="secondary" onClick={() => edit((d) => d.payments.push({ date: '', amount: '' }))}>
            + {t('ed.addPayment')}
          </button>
        </div>
      </fieldset>
    </>
  );
}
