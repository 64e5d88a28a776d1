import type { BackupProgress, BackupProgressListener } from '../core/backup/backup-progress.js';

const STEPS: Record<BackupProgress['step'], string> = { read: 'checksumming', copy: 'copying', check: 'checking' };

/**
 * One line on a terminal, written over as files are done (`copying 120/348 files`), on stderr so that stdout
 * keeps only the summary; nothing where stderr is not a terminal (logs, scripts). Call `stop` at the end.
 */
export function fileProgressLine(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: BackupProgressListener;
  stop(): void;
} {
  if (!stream.isTTY) return { onProgress: () => {}, stop: () => {} };
  let shownAt = 0;
  let shown = false;
  return {
    onProgress: (p) => {
      const now = Date.now();
      if (p.done !== 0 && p.done !== p.total && now - shownAt < 100) return;
      shownAt = now;
      shown = true;
      stream.write(`\r${STEPS[p.step]} ${p.done}/${p.total} files\u001b[K`);
    },
    stop: () => {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}
