import { useState } from 'react';
import type { CaseFile, Mailing } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { AddableCard } from '../components/addable-card.js';
import { ErrorBox } from '../components/error-box.js';
import { FileButton } from '../components/file-button.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { MailingEditRow } from './mailing-edit-row.js';
import { MailingForm } from './mailing-form.js';

type Slot = 'waybill' | 'tracking' | 'letter';
const SLOT_LABELS = { waybill: 'waybill', tracking: 'trackingRecord', letter: 'mailedLetter' } as const;

/**
 * Mailings with their tracking number and status, each changed in place; the waybill, the tracking record and
 * the exact letter that was mailed (its hash kept, for the courier bundle) are attached as files, or the letter
 * is chosen among those kept with the case.
 */
export function MailingsPanel({
  id,
  data,
  keptLetters,
  today,
  onChange,
}: {
  id: number;
  data: CaseFile;
  keptLetters: readonly string[];
  today: string;
  onChange(): void;
}) {
  const { t } = useLanguage();
  const { error, run } = useAction();
  const [editing, setEditing] = useState<number>();

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

  async function link(index: number, seen: Mailing, path: string) {
    await run(async () => {
      await api.send('mailings/link-letter', { id, index, seen, path });
      onChange();
    });
  }

  const fileCell = (m: Mailing, slot: Slot) => (
    <td>
      {m[slot] ? <span title={m[slot]}>✓ {m[slot]!.split('/').pop()}</span> : null}{' '}
      <FileButton
        label={m[slot] ? t('replace') : t('attach')}
        className="link"
        accept={slot === 'letter' ? '.pdf' : '.pdf,image/*'}
        onFiles={([file]) => void attach(m, slot, file)}
      />
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
            <th>{t(SLOT_LABELS.waybill)}</th>
            <th>{t(SLOT_LABELS.tracking)}</th>
            <th>{t(SLOT_LABELS.letter)}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data.mailings.map((m, i) =>
            editing === i ? (
              <tr key={m.id}>
                <td colSpan={10}>
                  <MailingEditRow
                    caseId={id}
                    index={i}
                    seen={m}
                    onDone={() => {
                      setEditing(undefined);
                      onChange();
                    }}
                    onCancel={() => setEditing(undefined)}
                  />
                </td>
              </tr>
            ) : (
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
                <td>
                  {m.letter ? <span title={m.letter}>✓ {m.letter.split('/').pop()}</span> : null}{' '}
                  <FileButton
                    label={m.letter ? t('replace') : t('attach')}
                    className="link"
                    accept=".pdf"
                    onFiles={([file]) => void attach(m, 'letter', file)}
                  />{' '}
                  <LinkLetter
                    mailing={m}
                    letters={keptLetters.filter((p) => p !== m.letter)}
                    onLink={(path) => void link(i, m, path)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('editMailing')}: ${fill(t('mailingOf'), { trackingNo: m.trackingNo })}`}
                    onClick={() => setEditing(i)}
                  >
                    {t('editMailing')}
                  </button>
                </td>
              </tr>
            ),
          )}
          {data.mailings.length === 0 && (
            <tr>
              <td colSpan={10} className="empty">
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

/** A letter kept with the case, chosen and then linked (a button, so that moving through the list links nothing). */
function LinkLetter({ mailing, letters, onLink }: { mailing: Mailing; letters: readonly string[]; onLink(path: string): void }) {
  const { t } = useLanguage();
  const [chosen, setChosen] = useState('');
  if (letters.length === 0) return null;
  return (
    <span className="link-letter">
      <select
        aria-label={fill(t('linkLetterOf'), { trackingNo: mailing.trackingNo })}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        <option value="">{t('noLetterChosen')}</option>
        {letters.map((p) => (
          <option key={p} value={p}>
            {p.split('/').pop()}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="secondary small" disabled={!chosen} onClick={() => onLink(chosen)}>
        {t('link')}
      </button>
    </span>
  );
}
