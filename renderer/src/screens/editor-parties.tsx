import type { CaseFile } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { Choice, Field } from './editor-field.js';
import { GuaranteeFields } from './editor-guarantee.js';

type Draft = CaseFile;
type Party = Draft['creditor'];
type Debtor = Draft['debtors'][number];
/** Changes a copy of the draft (the editor replaces its state with it). */
export type Edit = (change: (draft: Draft) => void) => void;

const TEXT_FIELDS = ['address', 'phone', 'representative'] as const;

/** One party's own fields: kind, name, ID number (the label follows the kind), address, phone, representative. */
function PartyFields({ base, party, onSet }: { base: string; party: Party; onSet(key: keyof Party, value: string): void }) {
  const { t } = useLanguage();
  return (
    <div className="row">
      <Field path={`${base}.kind`} label={t('ed.kind')} onChange={(v) => onSet('kind', v)}>
        {(field) => (
          <Choice
            field={field}
            value={party.kind}
            options={[
              ['company', t('ed.kind.company')],
              ['person', t('ed.kind.person')],
            ]}
          />
        )}
      </Field>
      <Field path={`${base}.name`} label={t('ed.name')} value={party.name} onChange={(v) => onSet('name', v)} wide />
      <Field
        path={`${base}.idNumber`}
        label={t(party.kind === 'person' ? 'ed.idNumber.person' : 'ed.idNumber.company')}
        value={party.idNumber}
        onChange={(v) => onSet('idNumber', v)}
      />
      {TEXT_FIELDS.filter((key) => key !== 'representative' || party.kind === 'company').map((key) => (
        <Field
          key={key}
          path={`${base}.${key}`}
          label={t(`ed.${key}`)}
          value={party[key]}
          onChange={(v) => onSet(key, v)}
          type={key === 'phone' ? 'tel' : 'text'}
          wide={key === 'address'}
        />
      ))}
    </div>
  );
}

/** How many timeline events and mailings name the debtor at a position (it cannot go while they do). */
function referencesTo(draft: Draft, position: number): number {
  return draft.events.filter((e) => e.party === position).length + draft.mailings.filter((m) => m.to === position).length;
}

/** Removes the party at `position`, moving the positions events and mailings name down to match. */
function removeDebtor(draft: Draft, position: number): void {
  draft.debtors.splice(position, 1);
  for (const e of draft.events) if (e.party !== undefined && e.party > position) e.party -= 1;
  for (const m of draft.mailings) if (m.to > position) m.to -= 1;
}

/** The creditor, and every debtor and guarantor: added, changed, removed. */
export function EditorParties({ draft, edit }: { draft: Draft; edit: Edit }) {
  const { t } = useLanguage();
  const setDebtor = (i: number, change: (d: Debtor) => void) => edit((d) => change(d.debtors[i]!));
  const add = (role: Debtor['role']) =>
    edit((d) => {
      d.debtors.push({
        name: '',
        kind: role === 'guarantor' ? 'person' : 'company',
        role,
        ...(role === 'guarantor' && { guarantee: { kind: 'joint' as const } }),
      });
    });
  return (
    <>
      <fieldset className="editor-section">
        <legend>{t('ed.creditor')}</legend>
        <PartyFields
          base="creditor"
          party={draft.creditor}
          onSet={(key, value) => edit((d) => Object.assign(d.creditor, { [key]: value }))}
        />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t('ed.debtors')}</legend>
        {draft.debtors.map((debtor, i) => {
          const base = `debtors[${i}]`;
          const references = referencesTo(draft, i);
          const heading = fill(t('ed.debtorN'), { n: i + 1, role: t(`ed.role.${debtor.role}`) });
          return (
            <div className="editor-item" key={i} role="group" aria-label={heading}>
              <div className="item-head">
                <h4>{heading}</h4>
                <button
                  type="button"
                  className="secondary small"
                  disabled={references > 0 || draft.debtors.length === 1}
                  title={references > 0 ? fill(t('ed.referenced'), { n: references }) : undefined}
                  aria-label={fill(t('ed.removeNamed'), { what: heading })}
                  onClick={() => edit((d) => removeDebtor(d, i))}
                >
                  {t('ed.remove')}
                </button>
              </div>
              <div className="row">
                <Field
                  path={`${base}.role`}
                  label={t('ed.role')}
                  onChange={(v) =>
                    setDebtor(i, (d) => {
                      d.role = v as Debtor['role'];
                      if (d.role === 'guarantor') d.guarantee ??= { kind: 'joint' };
                      else delete d.guarantee;
                    })
                  }
                >
                  {(field) => (
                    <Choice
                      field={field}
                      value={debtor.role}
                      options={[
                        ['debtor', t('ed.role.debtor')],
                        ['guarantor', t('ed.role.guarantor')],
                      ]}
                    />
                  )}
                </Field>
                {debtor.role === 'guarantor' && (
                  <GuaranteeFields
                    base={`${base}.guarantee`}
                    guarantee={debtor.guarantee}
                    onChange={(change) =>
                      setDebtor(i, (d) => {
                        d.guarantee ??= { kind: 'joint' };
                        change(d.guarantee);
                      })
                    }
                  />
                )}
              </div>
              <PartyFields
                base={base}
                party={debtor}
                onSet={(key, value) => setDebtor(i, (d) => Object.assign(d, { [key]: value }))}
              />
            </div>
          );
        })}
        <div className="actions">
          <button type="button" className="secondary" onClick={() => add('debtor')}>
            + {t('ed.addDebtor')}
          </button>
          <button type="button" className="secondary" onClick={() => add('guarantor')}>
            + {t('ed.addGuarantor')}
          </button>
        </div>
      </fieldset>
    </>
  );
}
