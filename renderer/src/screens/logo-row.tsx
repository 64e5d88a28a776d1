import { useLanguage } from '../i18n/language.js';

/** The letterhead's logo as stored, with a picker to replace it and a button to remove it. */
export function LogoRow({
  logo,
  onUpload,
}: {
  logo: { type: string; bytes: string } | null | undefined;
  onUpload(file: File | undefined): void;
}) {
  const { t } = useLanguage();
  return (
    <div className="logo-row">
      {logo ? (
        <img className="logo" alt={t('logo')} src={`data:${logo.type};base64,${logo.bytes}`} />
      ) : (
        <span className="muted">{t('noLogo')}</span>
      )}
      <label className="inline">
        {t('uploadLogo')}
        <input
          type="file"
          accept="image/png,image/jpeg"
          aria-label={t('uploadLogo')}
          onChange={(e) => onUpload(e.target.files?.[0])}
        />
      </label>
      {logo && (
        <button type="button" className="secondary" onClick={() => onUpload(undefined)}>
          {t('removeLogo')}
        </button>
      )}
    </div>
  );
}
