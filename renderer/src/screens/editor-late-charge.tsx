import { useState } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { Choice, Field } from './editor-field.js';
import type { Edit } from './editor-parties.js';
import { FIGURE, lateChargeOf, presetOf, presetsFor, type PresetChoice, type PresetId } from './late-charge-presets.js';

const FIGURE_LABEL: Partial<Record<PresetId, MessageKey>> = {
  daily: 'ed.perTenThousand',
  lpr: 'ed.multiplier',
  annual: 'ed.percentYear',
  'overdue-loss': 'ed.markupPercent',
};

/** The late-charge terms as presets a user recognises (每日万分之五, LPR 的 1.5 倍, 年利率 x%, UK statutory, none). */
export function EditorLateCharge({ draft, edit }: { draft: Draft; edit: Edit }) {
  const { t } = useLanguage();
  // The figure as typed (万分之 3, 6 %): the case file holds the fraction, which reads back the same.
  const [choice, setChoice] = useState<PresetChoice>(() => presetOf(draft.lateCharge));
  const choose = (next: PresetChoice) => {
    setChoice(next);
    edit((d) => (d.lateCharge = lateChargeOf(next, d.lateCharge)));
  };
  const figure = FIGURE[choice.preset];
  const label = FIGURE_LABEL[choice.preset];
  return (
    <fieldset className="editor-section">
      <legend>{t('ed.lateCharge')}</legend>
      <div className="row">
        <Field path="lateCharge.kind" label={t('ed.preset')} onChange={(v) => choose({ preset: v as PresetId, figure: '' })}>
          {(field) => (
            <Choice
              field={field}
              value={choice.preset}
              options={presetsFor(draft.locale, presetOf(draft.lateCharge).preset).map(
                (p) => [p, t(`ed.preset.${p}` as MessageKey)] as const,
              )}
            />
          )}
        </Field>
        {figure && label && (
          <Field
            path={`lateCharge.${figure.field}`}
            label={t(label)}
            value={choice.figure}
            inputMode="decimal"
            onChange={(v) => choose({ preset: choice.preset, figure: v })}
          />
        )}
      </div>
    </fieldset>
  );
}

type Draft = CaseFile;
