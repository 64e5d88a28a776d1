import { z } from 'zod';
import { caseFileShape } from './schema.js';

/** The published JSON Schema of the case file, generated from the same zod schema that validates it. */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseFileShape, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://casepack.invalid/schema/case-v1.json',
    title: 'CasePack case file, version 1',
  };
}
