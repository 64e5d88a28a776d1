import { useState } from 'react';
import type { Mailing } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { useLanguage } from '../i18n/language.js';
import { Choice, Field } from './editor-field.js';
import { EntryEditForm, useEntrySave } from './entry-edit.js';
import { MAILING_STATUSES } from './mailing-form.js';

/**
 * A mailing changed in place: carrier, tracking number (one number once), dates, status and address. Saved if it
 * is still the one shown, as a revision; a field refused (a delivery date before the sending, a number taken)
 * shows under it in the interface's language.
 */
export function MailingEditRow({
  caseId,
  index,
  seen,
  onDone,
  onCancel,
}: {
  caseId: number;
  index: number;
  seen: Mailing;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useLanguage();
  const [changes, setChanges] = useState({
    carrier: seen.carrier,
    trackingNo: seen.trackingNo,
    sentOn: seen.sentOn,
    status: seen.status,
    deliveredOn: seen.deliveredOn ?? '',
    address: seen.address,
  });
  const state = useEntrySave(onDone);
  const field = (
    name: Exclude<keyof typeof changes, 'status'>,
    label: Parameters<typeof t>[0],
    type: 'text' | 'date' = 'text',
  ) => (
    <Field
      path={`mailings[${index}].${name}`}
      label={t(label)}
      type={type}
      wide={name === 'address'}
      value={changes[name]}
      onChange={(v) => setChanges({ ...changes, [name]: v })}
    />
  );

  return (
    <EntryEditForm
      className="mailing-edit"
      state={state}
      onSave={() => void state.save(() => api.send('mailings/update', { id: caseId, index, seen, changes }))}
      onCancel={onCancel}
    >
      {field('carrier', 'carrier')}
      {field('trackingNo', 'trackingNo')}
      {field('sentOn', 'sentOn', 'date')}
      <Field
        path={`mailings[${index}].status`}
        label={t('status')}
        onChange={(v) => setChanges({ ...changes, status: v as Mailing['status'] })}
      >
        {(props) => (
          <Choice field={props} value={changes.status} options={MAILING_STATUSES.map((s) => [s, t(`mailing:${s}`)] as const)} />
        )}
      </Field>
      {field('deliveredOn', 'deliveredOn', 'date')}
      {field('address', 'address')}
    </EntryEditForm>
  );
}
