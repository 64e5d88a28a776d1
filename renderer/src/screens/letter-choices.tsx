import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';

/** What the user chose for the letter; a field left `typed: false` follows what core proposes (next 函号, usual deadline). */
export interface LetterChoices {
  to: number;
  sender: string;
  asOf: string;
  deadline: string;
  deadlineTyped: boolean;
  letterNo: string;
  letterNoTyped: boolean;
}

/** The arguments of a preview or an export: what was typed, and what core proposed only once it is shown. */
export function letterArgs(c: LetterChoices, all: boolean) {
  return {
    to: c.to,
    ...(c.sender && { sender: c.sender }),
    ...(c.asOf && { asOf: c.asOf }),
    ...((all || c.deadlineTyped) && c.deadline && { deadline: c.deadline }),
    ...((all || c.letterNoTyped) && c.letterNo.trim() && { letterNo: c.letterNo.trim() }),
  };
}

/** Addressee, sender, letter date, deadline and 函号, chosen before the letter is exported. */
export function LetterChoiceFields({
  data,
  senders,
  choices,
  onChange,
  onCommit,
}: {
  data: CaseFile;
  senders: readonly { id: string; name: string }[];
  choices: LetterChoices;
  /** A change shown at once; `onCommit` then asks for a new preview. */
  onChange(next: LetterChoices): void;
  onCommit(next: LetterChoices): void;
}) {
  const { t } = useLanguage();
  const pick = (next: LetterChoices) => {
    onChange(next);
    onCommit(next);
  };
  return (
    <div className="letter-choices">
      {data.debtors.length > 1 && (
        <label>
          {t('addressee')}
          <select value={choices.to} onChange={(e) => pick({ ...choices, to: Number(e.target.value) })}>
            {data.debtors.map((d, i) => (
              <option key={i} value={i}>
                {d.name} · {t(d.role)}
              </option>
            ))}
          </select>
        </label>
      )}
      {senders.length > 0 && (
        <label>
          {t('letterSender')}
          <select
            value={choices.sender}
            onChange={(e) => pick({ ...choices, sender: e.target.value, letterNo: '', letterNoTyped: false })}
          >
            {senders.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('letterDate')}
        <input
          type="date"
          value={choices.asOf}
          onChange={(e) => pick({ ...choices, asOf: e.target.value, ...(!choices.letterNoTyped && { letterNo: '' }) })}
        />
      </label>
      <label>
        {t('letterDeadline')}
        <input
          type="date"
          value={choices.deadline}
          onChange={(e) => pick({ ...choices, deadline: e.target.value, deadlineTyped: e.target.value !== '' })}
        />
      </label>
      <label>
        {senders.length > 0 ? t('letterNoAuto') : t('letterNo')}
        <input
          className="letter-no"
          aria-label={senders.length > 0 ? t('letterNoAuto') : t('letterNo')}
          value={choices.letterNo}
          onChange={(e) => onChange({ ...choices, letterNo: e.target.value, letterNoTyped: e.target.value.trim() !== '' })}
          onBlur={() => onCommit(choices)}
        />
      </label>
    </div>
  );
}
