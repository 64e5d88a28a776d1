import type { Finding } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';

/** The wording guard's findings beside the preview: each at its sentence, with the words marked, the category, why, and the rule. */
export function WordingFindings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useLanguage();
  if (findings.length === 0) return <p className="ok">{t('noFindings')}</p>;
  return (
    <ol className="finding-list">
      {findings.map((f, i) => {
        const at = f.index - f.sentence.start;
        return (
          <li key={i} className={f.severity === 'error' ? 'danger' : 'warning'} data-rule={f.ruleId}>
            <blockquote>
              {f.sentence.text.slice(0, at)}
              <mark>{f.words}</mark>
              {f.sentence.text.slice(at + f.words.length)}
            </blockquote>
            <p>
              <strong>{t(`category:${f.category}` as MessageKey)}</strong> — {t(`why:${f.category}` as MessageKey)}
            </p>
            <small>
              {t('findingAt').replace('{line}', String(f.line))} · {f.ruleId} · {f.source}
            </small>
          </li>
        );
      })}
    </ol>
  );
}
