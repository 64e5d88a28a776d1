import type { z } from 'zod';
import type { Store } from '../store/open.js';

/** What every handler may use: the open store, and today's date where the user is. */
export interface ApiContext {
  store: Store;
  today(): string;
}

/** One API call: the schema its arguments must pass, and the thin call into core that answers it. */
export interface Handler<A extends z.ZodType, R> {
  args: A;
  run(context: ApiContext, args: z.output<A>): Promise<R> | R;
}

export function handler<A extends z.ZodType, R>(
  args: A,
  run: (context: ApiContext, args: z.output<A>) => Promise<R> | R,
): Handler<A, R> {
  return { args, run };
}
