import { SingleBar } from 'cli-progress';
import type { BatchProgress, ProgressListener } from '../core/batch-import/progress.js';

const PHASES: Record<BatchProgress['phase'], string> = {
  read: 'reading',
  check: 'checking',
  write: 'importing',
  letters: 'letters',
};

/**
 * Shows core's progress events: a bar on a terminal (stderr, so that stdout stays clean for --json), one
 * plain line per phase and every 10 % otherwise (logs, CI). Call `stop` when the job is done or failed.
 */
export function progressDisplay(stream: NodeJS.WriteStream = process.stderr): { onProgress: ProgressListener; stop: () => void } {
  let bar: SingleBar | undefined;
  let phase: string | undefined;
  let lastTenth = -1;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const onProgress: ProgressListener = (event) => {
    const name = PHASES[event.phase];
    if (stream.isTTY) {
      if (phase !== name) {
        stop();
        bar = new SingleBar({
          stream,
          format: `${name.padEnd(9)} [{bar}] {value}/{total} {percentage}%`,
          hideCursor: true,
          clearOnComplete: false,
        });
        bar.start(event.total, 0);
      }
      bar?.update(event.done);
    } else {
      const tenth = event.total === 0 ? 10 : Math.floor((event.done / event.total) * 10);
      if (phase !== name || tenth > lastTenth) stream.write(`${name} ${event.done}/${event.total}\n`);
      lastTenth = phase !== name ? tenth : Math.max(lastTenth, tenth);
    }
    phase = name;
  };
  return { onProgress, stop };
}
