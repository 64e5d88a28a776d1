import { useEffect, useRef } from 'react';
import { api } from '../api/client.js';
import { PdfPreview } from '../components/pdf-preview.js';
import { useApi } from '../components/use-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { IMAGE_TYPES } from './thumbnail.js';

/** An exhibit's file at full size in a modal dialog: an image as it is, every page of a PDF. Escape closes it. */
export function EvidencePreview({
  caseId,
  path,
  title,
  onClose,
}: {
  caseId: number;
  path: string;
  title: string;
  onClose(): void;
}) {
  const { t } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const file = useApi(() => api.send('files/read', { id: caseId, path }), [caseId, path]);
  const type = IMAGE_TYPES[path.split('.').pop()?.toLowerCase() ?? ''];
  useEffect(() => dialog.current?.showModal(), []);
  const heading = fill(t('previewOf'), { title });
  return (
    <dialog ref={dialog} className="evidence-preview" aria-label={heading} onClose={onClose}>
      <div className="preview-head">
        <h3>{heading}</h3>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('closePreview')}
        </button>
      </div>
      {file.data &&
        (type ? <img alt={title} src={`data:${type};base64,${file.data.bytes}`} /> : <PdfPreview base64={file.data.bytes} />)}
    </dialog>
  );
}
