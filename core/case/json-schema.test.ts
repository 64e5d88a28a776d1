import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../project-root.js';
import { caseJsonSchema } from './json-schema.js';

describe('published JSON Schema', () => {
  it('is the one generated from the validator (run `npm run schema` after changing the schema)', () => {
    const published: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'docs', 'case.schema.json'), 'utf8'));
    expect(published).toEqual(caseJsonSchema());
  });

  it('lists the contract fields', () => {
    const schema = caseJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'locale', 'title', 'currency', 'creditor', 'debtors', 'claims']),
    );
    for (const field of ['payments', 'lateCharge', 'events', 'evidence', 'mailings', 'agent', 'contract'])
      expect(schema.properties).toHaveProperty(field);
  });
});
