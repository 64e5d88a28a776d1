import { useEffect, useRef } from 'react';
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

/**
 * A date input's value is whole once its year has four digits from 1900 on: while a year is typed digit by digit
 * the input already holds 0002-12-20, then 0020-12-20, a date nobody meant.
 */
export const isWholeDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && Number(value.slice(0, 4)) >= 1900;

/** How long typing in a date field pauses before the whole date is checked. */
const DATE_PAUSE_MS = 600;

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
  // A date is checked (a new preview asked for) once it is whole and the typing has paused, or when the field
  // is left: a year typed digit by digit (0002, 0020, 0202) is never checked, nor each segment of a date typed over.
  const pendingDate = useRef<LetterChoices>(undefined);
  const dateTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(dateTimer.current), []);
  const typeDate = (next: LetterChoices, value: string) => {
    onChange(next);
    clearTimeout(dateTimer.current);
    pendingDate.current = next;
    if (isWholeDate(value))
      dateTimer.current = setTimeout(() => {
        pendingDate.current = undefined;
        onCommit(next);
      }, DATE_PAUSE_MS);
  };
  const leaveDate = () => {
    clearTimeout(dateTimer.current);
    const pending = pendingDate.current;
    pendingDate.current = undefined;
    if (pending) onCommit(pending);
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
          onChange={(e) =>
            typeDate({ ...choices, asOf: e.target.value, ...(!choices.letterNoTyped && { letterNo: '' }) }, e.target.value)
          }
          onBlur={leaveDate}
        />
      </label>
      <label>
        {t('letterDeadline')}
        <input
          type="date"
          value={choices.deadline}
          onChange={(e) =>
            typeDate({ ...choices, deadline: e.target.value, deadlineTyped: e.target.value !== '' }, e.target.value)
          }
          onBlur={leaveDate}
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
