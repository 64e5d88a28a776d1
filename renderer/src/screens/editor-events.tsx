import type { CaseFile } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { ItemHead } from './editor-claims.js';
import { Choice, Field } from './editor-field.js';
import type { Edit } from './editor-parties.js';
import { ASKS_AGREEMENT, EVENT_KINDS } from './event-kinds.js';

type Draft = CaseFile;
type CaseEvent = Draft['events'][number];

/**
 * The timeline's records, each changed or removed here; what the editor does not show (the evidence or mailing
 * a record names, its ladder step) is kept as it was.
 */
export function EditorEvents({ draft, edit, today }: { draft: Draft; edit: Edit; today: string }) {
  const { t } = useLanguage();
  const set = (i: number, change: (e: CaseEvent) => void) => edit((d) => change(d.events[i]!));
  const parties = [['', t('ed.eventAll')] as const, ...draft.debtors.map((d, i) => [String(i), d.name || `#${i + 1}`] as const)];
  return (
    <fieldset className="editor-section">
      <legend>{t('ed.events')}</legend>
      {draft.events.length === 0 && <p className="muted">{t('ed.noEvents')}</p>}
      {draft.events.map((event, i) => {
        const base = `events[${i}]`;
        const heading = fill(t('ed.eventN'), { n: i + 1 });
        return (
          <div className="editor-item" key={i} role="group" aria-label={heading}>
            <ItemHead heading={heading} onRemove={() => edit((d) => d.events.splice(i, 1))} />
            <div className="row">
              <Field
                path={`${base}.date`}
                label={t('date')}
                type="date"
                value={event.date}
                onChange={(v) => set(i, (e) => (e.date = v))}
              />
              <Field
                path={`${base}.kind`}
                label={t('ed.eventKind')}
                onChange={(v) =>
                  set(i, (e) => {
                    e.kind = v as CaseEvent['kind'];
                    if (!ASKS_AGREEMENT.has(e.kind)) delete e.agreesToPerform;
                    if (e.kind !== 'promise-to-pay') delete e.promise;
                  })
                }
              >
                {(field) => (
                  <Choice
                    field={field}
                    value={event.kind}
                    options={[...new Set([...EVENT_KINDS, event.kind])].map((k) => [k, t(`event:${k}` as MessageKey)] as const)}
                  />
                )}
              </Field>
              <Field
                path={`${base}.party`}
                label={t('ed.eventParty')}
                onChange={(v) =>
                  set(i, (e) => {
                    if (v === '') delete e.party;
                    else e.party = Number(v);
                  })
                }
              >
                {(field) => (
                  <Choice field={field} value={event.party === undefined ? '' : String(event.party)} options={parties} />
                )}
              </Field>
              {ASKS_AGREEMENT.has(event.kind) && (
                <Field
                  path={`${base}.agreesToPerform`}
                  label={t('agreesToPerform')}
                  onChange={(v) =>
                    set(i, (e) => {
                      if (v === '') delete e.agreesToPerform;
                      else e.agreesToPerform = v === 'yes';
                    })
                  }
                >
                  {(field) => (
                    <Choice
                      field={field}
                      value={event.agreesToPerform === undefined ? '' : event.agreesToPerform ? 'yes' : 'no'}
                      options={[
                        ['', t('agreesNotRecorded')],
                        ['yes', t('agreesYes')],
                        ['no', t('agreesNo')],
                      ]}
                    />
                  )}
                </Field>
              )}
              {event.kind === 'promise-to-pay' && (
                <>
                  <Field
                    path={`${base}.promise.amount`}
                    label={t('promisedAmount')}
                    value={event.promise?.amount}
                    inputMode="decimal"
                    placeholder={t('ed.amountHint')}
                    onChange={(v) => set(i, (e) => (e.promise = { dueOn: e.promise?.dueOn ?? '', amount: v }))}
                  />
                  <Field
                    path={`${base}.promise.dueOn`}
                    label={t('promisedBy')}
                    type="date"
                    value={event.promise?.dueOn}
                    onChange={(v) => set(i, (e) => (e.promise = { amount: e.promise?.amount ?? '', dueOn: v }))}
                  />
                </>
              )}
              <Field path={`${base}.by`} label={t('by')} value={event.by} onChange={(v) => set(i, (e) => (e.by = v))} />
              <Field
                path={`${base}.note`}
                label={t('ed.note')}
                value={event.note}
                onChange={(v) => set(i, (e) => (e.note = v))}
                wide
              />
            </div>
          </div>
        );
      })}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => edit((d) => d.events.push({ date: today, kind: 'note' }))}>
          + {t('ed.addEventRow')}
        </button>
      </div>
    </fieldset>
  );
}
