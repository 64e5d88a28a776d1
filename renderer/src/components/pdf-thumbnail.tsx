import { useEffect, useRef, useState } from 'react';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The first page of a PDF (base64) drawn small with pdf.js; the file type when it cannot be drawn. */
export function PdfThumbnail({ base64, width = 64 }: { base64: string; width?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const task = getDocument({ data });
    task.promise
      .then(async (pdf) => {
        const page = await pdf.getPage(1);
        const scale = width / page.getViewport({ scale: 1 }).width;
        const viewport = page.getViewport({ scale });
        const target = canvas.current;
        if (cancelled || !target) return;
        target.width = Math.ceil(viewport.width);
        target.height = Math.ceil(viewport.height);
        await page.render({ canvas: target, viewport }).promise;
        if (!cancelled) target.dataset.rendered = 'true';
      })
      .catch(() => {
        // A PDF pdf.js cannot read (or the task destroyed on unmount): the type label stands in for it.
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [base64, width]);
  return failed ? <span className="filetype">PDF</span> : <canvas className="thumb pdf-thumb" ref={canvas} />;
}
