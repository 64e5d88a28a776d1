import { useState, type FormEvent } from 'react';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { BackupCard } from './backup-card.js';
import { LogoRow } from './logo-row.js';
import { RatesCard } from './rates-card.js';
import { SendersCard } from './senders-card.js';
import { fieldsFrom, patchFrom, type SettingsFields } from './settings-form.js';

/** Letterhead, firm and lawyer, payment account, default locale and templates folder, stored in the database. */
export function SettingsScreen() {
  const { t, language } = useLanguage();
  const loaded = useApi(() => api.send('settings/get', {}), []);
  const [edited, setEdited] = useState<SettingsFields>();
  const { error, run } = useAction();
  const [saved, setSaved] = useState(false);
  const fields = edited ?? (loaded.data ? fieldsFrom(loaded.data.settings) : undefined);
  const logo = loaded.data?.logo;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!fields) return;
    await run(async () => {
      await api.send('settings/update', patchFrom(fields));
      setEdited(undefined);
      setSaved(true);
      loaded.reload();
    });
  }

  async function upload(file: File | undefined) {
    await run(async () => {
      await api.send('settings/logo', { bytes: file ? toBase64(await file.arrayBuffer()) : null });
      loaded.reload();
    });
  }

  if (!fields) return <ErrorBox error={loaded.error} />;
  const input = (name: keyof SettingsFields, label: MessageKey, extra: Record<string, string> = {}) => (
    <label>
      {t(label)}
      <input
        name={name}
        value={fields[name]}
        onChange={(e) => {
          setSaved(false);
          setEdited({ ...fields, [name]: e.target.value });
        }}
        {...extra}
      />
    </label>
  );

  return (
    <section className="settings">
      <h1>{t('settings')}</h1>
      <form className="card form" onSubmit={(e) => void save(e)}>
        <h2>{t('letterhead')}</h2>
        {input('letterheadName', 'letterheadName')}
        <label>
          {t('letterheadLines')}
          <textarea
            name="letterheadLines"
            rows={3}
            value={fields.letterheadLines}
            onChange={(e) => setEdited({ ...fields, letterheadLines: e.target.value })}
          />
        </label>
        <LogoRow logo={logo} onUpload={(file) => void upload(file)} />
        <h2>{t('firmAndLawyer')}</h2>
        <div className="columns">
          {input('firmName', 'firmName')}
          {input('firmAddress', 'firmAddress')}
          {input('firmPhone', 'phone')}
          {input('lawyerName', 'lawyerName')}
          {input('lawyerLicenseNo', 'licenseNo')}
        </div>
        <h2>{t('paymentAccount')}</h2>
        <div className="columns">
          {input('accountBank', 'bank')}
          {input('accountName', 'accountName')}
          {input('accountNumber', 'accountNumber')}
          {input('accountSortCode', 'accountSortCode', { placeholder: '12-34-56' })}
          {input('accountIban', 'accountIban', language === 'en' ? { placeholder: 'GB82 WEST 1234 5698 7654 32' } : {})}
        </div>
        <h2>{t('general')}</h2>
        <div className="columns">
          <label>
            {t('defaultLocale')}
            <select
              name="defaultLocale"
              value={fields.defaultLocale}
              onChange={(e) => setEdited({ ...fields, defaultLocale: e.target.value })}
            >
              <option value="">—</option>
              <option value="zh-CN">中文 (zh-CN)</option>
              <option value="en-GB">English (en-GB)</option>
              <option value="en-US">English (en-US)</option>
            </select>
          </label>
          {input('templatesDir', 'templatesDir', { placeholder: '/home/me/casepack-templates' })}
        </div>
        <div className="actions">
          <button type="submit">{t('save')}</button>
          {saved && <span className="ok">{t('saved')}</span>}
        </div>
        <ErrorBox error={error ?? loaded.error} />
      </form>
      <SendersCard />
      <RatesCard />
      <BackupCard />
    </section>
  );
}
