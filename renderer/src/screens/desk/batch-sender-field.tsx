import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../components/use-api.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';

/**
 * The sender a batch goes out under, as `casepack letters --sender`: Settings' senders, starting with the one
 * core picks for the step's letter (a law firm for a 律师函). `''` is Settings' own letterhead, unnumbered.
 * Until the user picks one, a change of step picks that step's default again.
 */
export function useBatchSender(step: string, asOf: string) {
  const loaded = useApi(() => api.send('letters/batch-senders', { step, asOf }), [step, asOf]);
  const [picked, setPicked] = useState<string>();
  const senders = loaded.data?.senders ?? [];
  const sender = picked ?? loaded.data?.sender ?? '';
  return { senders, sender, setSender: setPicked, ready: step === '' || loaded.data !== undefined, error: loaded.error };
}

export function BatchSenderField({
  state,
  pattern,
  disabled,
}: {
  state: ReturnType<typeof useBatchSender>;
  /** A 函号 pattern is typed: it numbers the letters instead of the sender's run. */
  pattern: boolean;
  disabled: boolean;
}) {
  const { t } = useLanguage();
  if (state.senders.length === 0) return null;
  const chosen = state.senders.find((s) => s.id === state.sender);
  return (
    <label className="wide">
      {t('letterSender')}
      <select
        aria-label={t('letterSender')}
        value={state.sender}
        disabled={disabled}
        onChange={(e) => state.setSender(e.target.value)}
      >
        {state.senders.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} · {t(`senderKind.${s.kind}`)}
            {s.default && ` · ${t('senderDefaultTag')}`}
          </option>
        ))}
        <option value="">{t('batchSenderNone')}</option>
      </select>
      {chosen && (
        <span className="muted hint">
          {pattern ? t('batchSenderPattern') : fill(t('batchSenderNumbers'), { next: chosen.next })}
        </span>
      )}
    </label>
  );
}
