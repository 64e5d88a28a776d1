import { useEffect, useRef, useState } from 'react';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { useLanguage } from '../i18n/language.js';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Draws every page of a PDF (base64) with pdf.js, as the user will see the exported file. */
export function PdfPreview({ base64 }: { base64: string }) {
  const { t } = useLanguage();
  const holder = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const target = holder.current!;
    target.replaceChildren();
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const task = getDocument({ data });
    task.promise
      .then(async (pdf) => {
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const viewport = page.getViewport({ scale: 1.1 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.className = 'pdf-page';
          target.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setPages(pdf.numPages);
      })
      .catch((failure: unknown) => {
        // Destroying the task on unmount rejects whatever is still loading or drawing ("Transport destroyed");
        // only a failure while the preview is still shown is news.
        if (!cancelled) throw failure;
      });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [base64]);
  // A scrolling region a keyboard user can reach and scroll with the arrow keys (axe: scrollable-region-focusable).
  return <div className="pdf-preview" ref={holder} data-pages={pages} tabIndex={0} role="region" aria-label={t('pdfPreview')} />;
}
