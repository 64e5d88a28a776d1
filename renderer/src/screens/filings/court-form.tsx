import { useState } from 'react';
import { api } from '../../api/client.js';
import { ErrorBox } from '../../components/error-box.js';
import { useAction } from '../../components/use-action.js';
import { useLanguage } from '../../i18n/language.js';
import type { MessageKey } from '../../i18n/messages.js';

export const COURT_BASES = ['defendant-domicile', 'agreed', 'place-of-performance'] as const;
export const CASE_TYPES = ['sale-of-goods', 'financial-loan', 'credit-card', 'property-service', 'private-loan'] as const;

export interface ChosenCourt {
  court: string;
  courtBasis?: (typeof COURT_BASES)[number];
  caseType?: (typeof CASE_TYPES)[number];
}

/** The court the user chooses for the case, why it may hear it, and the type of case: kept with the case by core. */
export function CourtForm({ id, initial, onSaved }: { id: number; initial: ChosenCourt | null; onSaved(): void }) {
  const { t } = useLanguage();
  const [court, setCourt] = useState(initial?.court ?? '');
  const [courtBasis, setCourtBasis] = useState<NonNullable<ChosenCourt['courtBasis']>>(
    initial?.courtBasis ?? 'defendant-domicile',
  );
  const [caseType, setCaseType] = useState<NonNullable<ChosenCourt['caseType']>>(initial?.caseType ?? 'sale-of-goods');
  const { error, run } = useAction();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await run(() => api.send('filings/court', { id, court, courtBasis, caseType }));
    if (saved) onSaved();
  }

  return (
    <form className="court-form toolbar wrap" onSubmit={(e) => void save(e)}>
      <label>
        {t('filingsCourtName')} <input value={court} required maxLength={200} onChange={(e) => setCourt(e.target.value)} />
      </label>
      <label>
        {t('filingsCourtBasis')}{' '}
        <select value={courtBasis} onChange={(e) => setCourtBasis(e.target.value as typeof courtBasis)}>
          {COURT_BASES.map((b) => (
            <option key={b} value={b}>
              {t(`courtBasis.${b}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filingsCaseType')}{' '}
        <select value={caseType} onChange={(e) => setCaseType(e.target.value as typeof caseType)}>
          {CASE_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`caseType.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={court.trim() === ''}>
        {t('filingsSaveCourt')}
      </button>
      <ErrorBox error={error} />
    </form>
  );
}
