import { useState, type FormEvent } from 'react';
import type { AppSettings } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { FileButton } from '../components/file-button.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';

type Sender = NonNullable<AppSettings['senders']>[number];
const EMPTY = { kind: 'creditor' as Sender['kind'], name: '', lines: '', phone: '', lawyer: '', licenseNo: '', prefix: '' };
type Form = typeof EMPTY;

const formOf = (s: Sender): Form => ({
  kind: s.kind,
  name: s.name,
  lines: s.lines.join('\n'),
  phone: s.phone ?? '',
  lawyer: s.lawyer?.name ?? '',
  licenseNo: s.lawyer?.licenseNo ?? '',
  prefix: s.prefix ?? '',
});

function senderOf(id: string, f: Form): Sender {
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  const lawyer = f.kind === 'law-firm' && text(f.lawyer);
  return {
    id,
    kind: f.kind,
    name: f.name.trim(),
    lines: f.lines
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    ...(text(f.phone) && { phone: text(f.phone) }),
    ...(lawyer && { lawyer: { name: lawyer, ...(text(f.licenseNo) && { licenseNo: text(f.licenseNo) }) } }),
    ...(text(f.prefix) && { prefix: text(f.prefix) }),
  };
}

/** The sender marked as the default of its kind, or not. */
function withDefault(sender: Sender, marked: boolean): Sender {
  const rest = { ...sender };
  delete rest.default;
  return marked ? { ...rest, default: true } : rest;
}

/** A new sender's id: from the clock, so a removed sender's 函号 run is never taken over by a new one. */
const newId = () => `s${Date.now().toString(36)}`;

/** Settings › Senders: the letterheads letters go out under (creditor's own, law firms), each numbering its own 函号. */
export function SendersCard() {
  const { t } = useLanguage();
  const loaded = useApi(() => api.send('settings/get', {}), []);
  const { error, run } = useAction();
  const [form, setForm] = useState<Form>(EMPTY);
  const [editing, setEditing] = useState<string>();
  const [removing, setRemoving] = useState<string>();
  const senders = loaded.data?.settings.senders ?? [];

  async function store(next: Sender[]) {
    if (await run(() => api.send('settings/update', { senders: next.length ? next : null }))) {
      setForm(EMPTY);
      setEditing(undefined);
      setRemoving(undefined);
      loaded.reload();
    }
  }

  /** A sender's own logo, printed on its letters only; `null` removes it. */
  async function storeLogo(id: string, file: File | null) {
    const bytes = file ? toBase64(await file.arrayBuffer()) : null;
    if (await run(() => api.send('settings/sender-logo', { sender: id, bytes }))) loaded.reload();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const id = editing ?? newId();
    const was = senders.find((s) => s.id === editing);
    // An edited default stays the default while it stays of its kind (the other kind may have its own).
    const sender = { ...senderOf(id, form), ...(was?.default && was.kind === form.kind && { default: true as const }) };
    void store(editing ? senders.map((s) => (s.id === editing ? sender : s)) : [...senders, sender]);
  }

  const field = (name: Exclude<keyof Form, 'kind' | 'lines'>, label: MessageKey, extra: Record<string, string> = {}) => (
    <label>
      {t(label)}
      <input
        name={`sender-${name}`}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        {...extra}
      />
    </label>
  );

  return (
    <section className="card form senders" aria-labelledby="senders-heading">
      <h2 id="senders-heading">{t('senders')}</h2>
      <p className="muted">{t('sendersHint')}</p>
      {senders.length === 0 ? (
        <p className="muted">{t('sendersNone')}</p>
      ) : (
        <ul className="sender-list">
          {senders.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> · {t(`senderKind.${s.kind}`)}
              {s.lawyer && ` · ${s.lawyer.name}${s.lawyer.licenseNo ? ` (${s.lawyer.licenseNo})` : ''}`}
              {s.prefix && ` · ${s.prefix}`}
              {s.default && <span className="tag default-sender">{t(`senderIsDefault.${s.kind}`)}</span>}
              {s.logo && <span className="tag sender-logo">{t('senderHasLogo')}</span>}
              <span className="row-actions">
                {!s.default && (
                  <button
                    type="button"
                    className="link"
                    aria-label={fill(t('senderMakeDefaultOf'), { name: s.name })}
                    onClick={() => void store(senders.map((x) => (x.kind === s.kind ? withDefault(x, x.id === s.id) : x)))}
                  >
                    {t('senderMakeDefault')}
                  </button>
                )}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setEditing(s.id);
                    setForm(formOf(s));
                  }}
                >
                  {t('senderEdit')}
                </button>
                <button type="button" className="link" onClick={() => setRemoving(s.id)}>
                  {t('senderRemove')}
                </button>
                <FileButton
                  className="link"
                  name={`sender-logo-${s.id}`}
                  accept="image/png,image/jpeg"
                  label={t(s.logo ? 'senderLogoChange' : 'senderLogoAdd')}
                  onFiles={(files) => void storeLogo(s.id, files[0]!)}
                />
                {s.logo && (
                  <button type="button" className="link" onClick={() => void storeLogo(s.id, null)}>
                    {t('senderLogoRemove')}
                  </button>
                )}
              </span>
              {removing === s.id && (
                <div className="confirm" role="alert">
                  {fill(t('senderRemoveConfirm'), { name: s.name })}
                  <button type="button" className="danger" onClick={() => void store(senders.filter((x) => x.id !== s.id))}>
                    {t('senderRemove')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setRemoving(undefined)}>
                    {t('senderCancel')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <div className="columns">
          <label>
            {t('senderKind')}
            <select
              name="sender-kind"
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.target.value as Sender['kind'] })}
            >
              <option value="creditor">{t('senderKind.creditor')}</option>
              <option value="law-firm">{t('senderKind.law-firm')}</option>
            </select>
          </label>
          {field('name', 'senderName')}
          {field('phone', 'senderPhone')}
          {field('prefix', 'senderPrefix', { title: t('senderPrefixHint') })}
          {form.kind === 'law-firm' && field('lawyer', 'senderLawyer')}
          {form.kind === 'law-firm' && field('licenseNo', 'senderLicense')}
        </div>
        <label>
          {t('senderLines')}
          <textarea
            name="sender-lines"
            rows={2}
            value={form.lines}
            onChange={(e) => setForm({ ...form, lines: e.target.value })}
          />
        </label>
        <div className="actions">
          <button type="submit">{editing ? t('senderSave') : t('senderAdd')}</button>
          {editing && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(undefined);
                setForm(EMPTY);
              }}
            >
              {t('senderCancel')}
            </button>
          )}
        </div>
      </form>
      <ErrorBox error={error ?? loaded.error} />
    </section>
  );
}
