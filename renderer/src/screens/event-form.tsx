import type { FormEvent } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { useFields } from '../components/use-fields.js';
import { useLanguage } from '../i18n/language.js';
import { ASKS_AGREEMENT, EVENT_KINDS } from './event-kinds.js';

/** Adds one contact to the collection log: date, kind, party, who, note, and for a promise the sum and its day. */
export function EventForm({ id, data, today, onDone }: { id: number; data: CaseFile; today: string; onDone(): void }) {
  const { t } = useLanguage();
  const { fields: f, set } = useFields({
    date: today,
    kind: 'call',
    party: '0',
    by: '',
    note: '',
    amount: '',
    dueOn: '',
    agrees: '',
  });
  const { error, run } = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api.send('events/add', {
        id,
        event: {
          date: f.date,
          kind: f.kind as (typeof EVENT_KINDS)[number],
          ...(f.party !== '' && { party: Number(f.party) }),
          ...(f.by.trim() && { by: f.by }),
          ...(f.note.trim() && { note: f.note }),
          ...(f.kind === 'promise-to-pay' && { promise: { amount: f.amount, dueOn: f.dueOn } }),
          ...(ASKS_AGREEMENT.has(f.kind) && f.agrees !== '' && { agreesToPerform: f.agrees === 'yes' }),
        },
      });
      onDone();
    });
  }

  return (
    <form className="form inline-form event-form" onSubmit={(e) => void save(e)}>
      <label>
        {t('date')}
        <input type="date" name="eventDate" value={f.date} onChange={set('date')} required />
      </label>
      <label>
        {t('kind')}
        <select name="eventKind" value={f.kind} onChange={set('kind')}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`event:${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('party')}
        <select name="eventParty" value={f.party} onChange={set('party')}>
          <option value="">—</option>
          {data.debtors.map((d, i) => (
            <option key={i} value={i}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('by')}
        <input name="eventBy" value={f.by} onChange={set('by')} />
      </label>
      <label className="wide">
        {t('note')}
        <input name="eventNote" value={f.note} onChange={set('note')} />
      </label>
      {f.kind === 'promise-to-pay' && (
        <>
          <label>
            {t('promisedAmount')}
            <input name="promiseAmount" value={f.amount} onChange={set('amount')} inputMode="decimal" placeholder="500.00" />
          </label>
          <label>
            {t('promisedBy')}
            <input type="date" name="promiseDueOn" value={f.dueOn} onChange={set('dueOn')} />
          </label>
        </>
      )}
      {ASKS_AGREEMENT.has(f.kind) && (
        <label>
          {t('agreesToPerform')}
          <select name="eventAgreesToPerform" value={f.agrees} onChange={set('agrees')}>
            <option value="">{t('agreesNotRecorded')}</option>
            <option value="yes">{t('agreesYes')}</option>
            <option value="no">{t('agreesNo')}</option>
          </select>
        </label>
      )}
      <div className="actions">
        <button type="submit">{t('addEvent')}</button>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}
