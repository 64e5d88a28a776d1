import type { CaseFile, Mailing } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { AddableCard } from '../components/addable-card.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { MailingForm } from './mailing-form.js';

type Slot = 'waybill' | 'tracking' | 'letter';
const SLOT_LABELS = { waybill: 'waybill', tracking: 'trackingRecord', letter: 'mailedLetter' } as const;

/**
 * Mailings with their tracking number and status; the waybill, the tracking record and the exact letter that was
 * mailed (its hash kept, for the courier bundle) are attached as files.
 */
export function MailingsPanel({ id, data, today, onChange }: { id: number; data: CaseFile; today: string; onChange(): void }) {
  const { t } = useLanguage();
  const { error, run } = useAction();

  async function attach(mailing: Mailing, slot: Slot, file: File | undefined) {
    if (!file) return;
    await run(async () => {
      await api.send('mailings/attach', {
        id,
        mailing: mailing.id,
        slot,
        name: file.name,
        bytes: toBase64(await file.arrayBuffer()),
      });
      onChange();
    });
  }

  const fileCell = (m: Mailing, slot: Slot) => (
    <td>
      {m[slot] ? <span title={m[slot]}>✓ {m[slot]!.split('/').pop()}</span> : null}
      <label className="attach">
        {m[slot] ? t('replace') : t('attach')}
        <input
          type="file"
          accept={slot === 'letter' ? '.pdf' : '.pdf,image/*'}
          aria-label={`${t(SLOT_LABELS[slot])} ${m.trackingNo}`}
          onChange={(e) => void attach(m, slot, e.target.files?.[0])}
        />
      </label>
    </td>
  );

  return (
    <AddableCard
      className="mailings"
      title={t('mailings')}
      addLabel={t('addMailing')}
      form={(done) => <MailingForm id={id} data={data} today={today} onDone={done} />}
      onAdded={onChange}
    >
      <table className="grid">
        <thead>
          <tr>
            <th>{t('carrier')}</th>
            <th>{t('trackingNo')}</th>
            <th>{t('sentOn')}</th>
            <th>{t('recipient')}</th>
            <th>{t('address')}</th>
            <th>{t('status')}</th>
            <th>{t('waybill')}</th>
            <th>{t('trackingRecord')}</th>
            <th>{t('mailedLetter')}</th>
          </tr>
        </thead>
        <tbody>
          {data.mailings.map((m) => (
            <tr key={m.id}>
              <td>{m.carrier}</td>
              <td>{m.trackingNo}</td>
              <td>{m.sentOn}</td>
              <td>{data.debtors[m.to]?.name}</td>
              <td className="address">{m.address}</td>
              <td>
                {t(`mailing:${m.status}`)} {m.deliveredOn ?? ''}
              </td>
              {fileCell(m, 'waybill')}
              {fileCell(m, 'tracking')}
              {fileCell(m, 'letter')}
            </tr>
          ))}
          {data.mailings.length === 0 && (
            <tr>
              <td colSpan={9} className="empty">
                {t('noMailings')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <ErrorBox error={error} />
    </AddableCard>
  );
}
