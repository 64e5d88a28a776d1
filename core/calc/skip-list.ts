/**
 * Positions 0..length-1 from which some are dropped for good, walked in order without passing the dropped ones
 * again: each dropped position points further on, and a walk shortens the paths it follows (path halving), so
 * walks over a list of n cost O(n α(n)) in all, however many there are.
 */
export class SkipList {
  /** `next[i] === i` while i is kept; otherwise a later position to look from. `next[length]` ends every walk. */
  private readonly next: Int32Array;

  constructor(readonly length: number) {
    this.next = new Int32Array(length + 1);
    for (let i = 0; i <= length; i++) this.next[i] = i;
  }

  /** The first kept position at or after `from`; `length` when there is none. */
  first(from: number): number {
    const next = this.next;
    let i = from;
    while (next[i] !== i) {
      next[i] = next[next[i]!]!;
      i = next[i]!;
    }
    return i;
  }

  drop(position: number): void {
    this.next[position] = position + 1;
  }
}
