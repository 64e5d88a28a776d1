import type { FormEvent } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { useFields } from '../components/use-fields.js';
import { useLanguage } from '../i18n/language.js';

export const MAILING_STATUSES = ['in-transit', 'delivered', 'refused', 'returned'] as const;

/** Records a mailing: what was sent, by which carrier and tracking number, to whom and where, and how it ended. */
export function MailingForm({ id, data, today, onDone }: { id: number; data: CaseFile; today: string; onDone(): void }) {
  const { t } = useLanguage();
  const first = data.debtors[0];
  const {
    fields: f,
    set,
    setFields: setF,
  } = useFields({
    document: 'demand-letter',
    carrier: 'EMS',
    trackingNo: '',
    sentOn: today,
    to: '0',
    address: first?.address ?? '',
    status: 'in-transit',
    deliveredOn: '',
  });
  const { error, run } = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    const taken = new Set(data.mailings.map((m) => m.id));
    let n = data.mailings.length + 1;
    while (taken.has(`M${n}`)) n++;
    await run(async () => {
      await api.send('mailings/add', {
        id,
        mailing: {
          id: `M${n}`,
          document: f.document,
          carrier: f.carrier,
          trackingNo: f.trackingNo,
          sentOn: f.sentOn,
          to: Number(f.to),
          address: f.address,
          status: f.status as (typeof MAILING_STATUSES)[number],
          ...(f.deliveredOn && { deliveredOn: f.deliveredOn }),
        },
      });
      onDone();
    });
  }

  const text = (name: keyof typeof f, label: Parameters<typeof t>[0], extra: Record<string, string> = {}) => (
    <label>
      {t(label)}
      <input name={`mailing-${name}`} value={f[name]} onChange={set(name)} {...extra} />
    </label>
  );
  return (
    <form className="form inline-form mailing-form" onSubmit={(e) => void save(e)}>
      {text('document', 'mailedDocument')}
      {text('carrier', 'carrier')}
      {text('trackingNo', 'trackingNo')}
      {text('sentOn', 'sentOn', { type: 'date' })}
      <label>
        {t('recipient')}
        <select
          name="mailing-to"
          value={f.to}
          onChange={(e) =>
            setF({ ...f, to: e.target.value, address: data.debtors[Number(e.target.value)]?.address ?? f.address })
          }
        >
          {data.debtors.map((d, i) => (
            <option key={i} value={i}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        {t('address')}
        <input name="mailing-address" value={f.address} onChange={set('address')} />
      </label>
      <label>
        {t('status')}
        <select name="mailing-status" value={f.status} onChange={set('status')}>
          {MAILING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`mailing:${s}`)}
            </option>
          ))}
        </select>
      </label>
      {text('deliveredOn', 'deliveredOn', { type: 'date' })}
      <div className="actions">
        <button type="submit">{t('addMailing')}</button>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}
