import { api } from '../api/client.js';
import { PdfThumbnail } from '../components/pdf-thumbnail.js';
import { useApi } from '../components/use-api.js';

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** A small picture of an evidence file: an image as it is, a PDF's first page; other files show their type. */
export function Thumbnail({ caseId, path }: { caseId: number; path: string }) {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  const type = IMAGE_TYPES[extension];
  const drawable = type !== undefined || extension === 'pdf';
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
