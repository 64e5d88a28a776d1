import { api } from '../api/client.js';
import { useApi } from '../components/use-api.js';

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** A small picture of an evidence image; other files show their type. */
export function Thumbnail({ caseId, path }: { caseId: number; path: string }) {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  const type = IMAGE_TYPES[extension];
  const file = useApi(() => (type ? api.send('files/read', { id: caseId, path }) : Promise.resolve(undefined)), [caseId, path]);
  if (!type) return <span className="filetype">{extension.toUpperCase()}</span>;
  return file.data ? (
    <img className="thumb" alt="" src={`data:${type};base64,${file.data.bytes}`} />
  ) : (
    <span className="filetype">…</span>
  );
}
