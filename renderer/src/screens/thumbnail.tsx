import { api } from '../api/client.js';
import { PdfThumbnail } from '../components/pdf-thumbnail.js';
import { useApi } from '../components/use-api.js';

export const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** Whether CasePack can draw the file (an image or a PDF), from its extension. */
export function isDrawable(path: string): boolean {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  return IMAGE_TYPES[extension] !== undefined || extension === 'pdf';
}

/** A small picture of an evidence file: an image as it is, a PDF's first page; other files show their type. */
export function Thumbnail({ caseId, path }: { caseId: number; path: string }) {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  const type = IMAGE_TYPES[extension];
  const drawable = isDrawable(path);
  const file = useApi(
    () => (drawable ? api.send('files/read', { id: caseId, path }) : Promise.resolve(undefined)),
    [caseId, path],
  );
  if (!drawable) return <span className="filetype">{extension.toUpperCase()}</span>;
  if (!file.data) return <span className="filetype">…</span>;
  return type ? (
    <img className="thumb" alt="" src={`data:${type};base64,${file.data.bytes}`} />
  ) : (
    <PdfThumbnail base64={file.data.bytes} />
  );
}
