import type { z } from 'zod';
import { runHandler, type ApiContext, type Handler } from './handler.js';

/** A feature module's table of use cases: `'feature/verb'` → schema and implementation. */
export type UseCaseTable = Record<string, Handler<z.ZodType, unknown>>;

export type UseCaseArgs<T extends UseCaseTable, N extends keyof T> = z.input<T[N]['args']>;
export type UseCaseResult<T extends UseCaseTable, N extends keyof T> = Awaited<ReturnType<T[N]['run']>>;

/**
 * Runs one use case of a feature table in this process (the CLI), its arguments checked by the same schema
 * as over the API. Taking the feature's table rather than the merged one keeps a command's start-up to the
 * part of core it uses.
 */
export async function runUseCase<T extends UseCaseTable, N extends keyof T & string>(
  context: ApiContext,
  table: T,
  name: N,
  args: UseCaseArgs<T, N>,
): Promise<UseCaseResult<T, N>> {
  return (await runHandler(context, name, table[name]!, args)) as UseCaseResult<T, N>;
}
