import { describe, expect, it } from 'vitest';
import { fileProgressLine } from './file-progress-line.js';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
};

describe('the progress line of backup and restore', () => {
  it('writes one line over itself on a terminal, ending at the whole, and a newline at the end', () => {
    const { written, stream: tty } = stream(true);
    const line = fileProgressLine(tty);
    line.onProgress({ step: 'copy', done: 0, total: 3 });
    line.onProgress({ step: 'copy', done: 1, total: 3 }); // within 100 ms of the last: not written
    line.onProgress({ step: 'copy', done: 3, total: 3 });
    line.stop();
    expect(written).toEqual(['\rcopying 0/3 files\u001b[K', '\rcopying 3/3 files\u001b[K', '\n']);
  });

  it('writes nothing where stderr is not a terminal', () => {
    const { written, stream: log } = stream(false);
    const line = fileProgressLine(log);
    line.onProgress({ step: 'check', done: 3, total: 3 });
    line.stop();
    expect(written).toEqual([]);
  });
});
