import type { FormEvent } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { useFields } from '../components/use-fields.js';
import { useLanguage } from '../i18n/language.js';

type CaseEvent = CaseFile['events'][number];
/** The contacts of the collection log; the other events (demands, payments, suit) stay on the timeline only. */
export const CONTACT_KINDS = ['call', 'sms', 'visit', 'letter', 'promise-to-pay'] as const;
const OUTCOMES = ['reached', 'no-answer', 'left-message', 'promised', 'refused-to-pay', 'disputed', 'wrong-contact'] as const;

/** One entry of the collection log, new (`index` undefined) or as it was (`seen`), saved as a new revision of the case. */
export function LogEntryForm({
  id,
  data,
  today,
  index,
  seen,
  onDone,
  onCancel,
}: {
  id: number;
  data: CaseFile;
  today: string;
  index?: number;
  seen?: CaseEvent;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useLanguage();
  const { fields: f, set } = useFields({
    date: seen?.date ?? today,
    kind: seen?.kind ?? 'call',
    party: seen?.party === undefined ? (seen ? '' : '0') : String(seen.party),
    outcome: seen?.outcome ?? '',
    by: seen?.by ?? '',
    note: seen?.note ?? '',
    amount: seen?.promise?.amount ?? '',
    dueOn: seen?.promise?.dueOn ?? '',
  });
  const { error, run } = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    // What the form does not show (the evidence or ladder step an entry names) is kept as it was.
    const { evidence, mailing, step, claim } = seen ?? {};
    const entry = {
      ...(evidence !== undefined && { evidence }),
      ...(mailing !== undefined && { mailing }),
      ...(step !== undefined && { step }),
      ...(claim !== undefined && { claim }),
      date: f.date,
      kind: f.kind as (typeof CONTACT_KINDS)[number],
      ...(f.party !== '' && { party: Number(f.party) }),
      ...(f.outcome !== '' && { outcome: f.outcome as (typeof OUTCOMES)[number] }),
      ...(f.by.trim() && { by: f.by.trim() }),
      ...(f.note.trim() && { note: f.note.trim() }),
      ...(f.kind === 'promise-to-pay' && { promise: { amount: f.amount.trim(), dueOn: f.dueOn } }),
    };
    await run(async () => {
      if (index === undefined || !seen) await api.send('events/add', { id, event: entry });
      else await api.send('events/update', { id, index, seen, event: entry });
      onDone();
    });
  }

  return (
    <form className="form inline-form log-entry-form" onSubmit={(e) => void save(e)}>
      <label>
        {t('date')}
        <input type="date" name="logDate" value={f.date} onChange={set('date')} required />
      </label>
      <label>
        {t('kind')}
        <select name="logKind" value={f.kind} onChange={set('kind')}>
          {CONTACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`event:${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('party')}
        <select name="logParty" value={f.party} onChange={set('party')}>
          <option value="">—</option>
          {data.debtors.map((d, i) => (
            <option key={i} value={i}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('outcome')}
        <select name="logOutcome" value={f.outcome} onChange={set('outcome')}>
          <option value="">{t('outcome.none')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('by')}
        <input name="logBy" value={f.by} onChange={set('by')} />
      </label>
      <label className="wide">
        {t('note')}
        <input name="logNote" value={f.note} onChange={set('note')} />
      </label>
      {f.kind === 'promise-to-pay' && (
        <>
          <label>
            {t('promisedAmount')}
            <input
              name="logPromiseAmount"
              value={f.amount}
              onChange={set('amount')}
              inputMode="decimal"
              placeholder="500.00"
              required
            />
          </label>
          <label>
            {t('promisedBy')}
            <input type="date" name="logPromiseDueOn" value={f.dueOn} onChange={set('dueOn')} required />
          </label>
        </>
      )}
      <div className="actions">
        <button type="submit">{t('saveEntry')}</button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}
