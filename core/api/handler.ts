import type { z } from 'zod';
import { formatJsonPath } from '../case/json-path.js';
import type { Store } from '../store/open.js';
import { ApiArgumentError } from './api-error.js';

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

/** Checks the arguments against the entry's schema (naming each bad field) and runs it. */
export async function runHandler<R>(context: ApiContext, name: string, entry: Handler<z.ZodType, R>, args: unknown): Promise<R> {
  const parsed = entry.args.safeParse(args);
  if (!parsed.success)
    throw new ApiArgumentError(
      `${name}: ${parsed.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`).join('; ')}`,
      parsed.error.issues.map((i) => formatJsonPath(i.path)),
    );
  return entry.run(context, parsed.data);
}
