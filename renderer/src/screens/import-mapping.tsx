import type { ApiResult } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';

type Preview = ApiResult<'import/preview'>;
export type ColumnMapping = Preview['mapping'];
type Field = Preview['fields'][number];

/** The first rows of the file as they are, then which column each field is read from, changeable field by field. */
export function ImportMapping({
  preview,
  mapping,
  remembered,
  onChange,
}: {
  preview: Preview;
  mapping: ColumnMapping;
  remembered: boolean;
  onChange(next: ColumnMapping): void;
}) {
  const { t, language } = useLanguage();
  const fieldLabel = (f: Field) => t(`field.${f}`);
  const missing = preview.required.filter((f) => !mapping[f]);
  const choose = (field: Field, header: string) => {
    const others = Object.entries(mapping).filter(([f]) => f !== field);
    onChange(Object.fromEntries(header === '' ? others : [...others, [field, header]]) as ColumnMapping);
  };
  return (
    <>
      <h3>{t('previewRows')}</h3>
      <div className="table-scroll">
        <table className="grid import-sample">
          <thead>
            <tr>
              <th>{t('rowNo')}</th>
              {preview.headers.map((h, i) => (
                <th key={i}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('columnMapping')}</h3>
      <p className="muted">{remembered ? t('mappingRemembered') : t('mappingGuessed')}</p>
      {preview.conflicts.map((c) => (
        <p key={c.field} className="muted">
          {fill(t('mappingTwice'), { first: c.first, second: c.second, field: fieldLabel(c.field) })}
        </p>
      ))}
      <div className="form column-mapping">
        {preview.fields.map((field) => (
          <label key={field}>
            {fieldLabel(field)}
            {preview.required.includes(field) && <span className="muted"> ({t('required')})</span>}
            <select
              name={`column-${field}`}
              aria-label={`${fieldLabel(field)} – ${t('fieldColumn')}`}
              value={mapping[field] ?? ''}
              onChange={(e) => choose(field, e.target.value)}
            >
              <option value="">{t('notInFile')}</option>
              {preview.headers
                .filter((h) => h !== '')
                .map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
            </select>
          </label>
        ))}
      </div>
      {missing.length > 0 && (
        <p className="error" role="alert">
          {fill(t('mappingMissing'), { fields: missing.map(fieldLabel).join(language === 'zh' ? '、' : ', ') })}
        </p>
      )}
    </>
  );
}
