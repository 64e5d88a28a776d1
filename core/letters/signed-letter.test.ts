import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../templates/library.js';
import { eventWhenSigned } from './signed-letter.js';

describe('a letter returned signed', () => {
  it.each(['debt-acknowledgment', 'repayment-agreement'])(
    '%s records an acknowledgment agreeing to perform, because its text says so',
    (id) => {
      const meta = findTemplate(id, 'zh-CN');
      const text = readFileSync(join(meta.dir, 'template.txt'), 'utf8');
      expect(text).toContain(meta.whenSigned!.clause);
      expect(eventWhenSigned(meta, '2025-03-01', 0)).toEqual({
        date: '2025-03-01',
        kind: 'acknowledged',
        party: 0,
        agreesToPerform: true,
        note: meta.title,
      });
    },
  );

  it('records nothing for a demand letter', () => {
    expect(eventWhenSigned(findTemplate('demand-letter', 'zh-CN'), '2025-03-01', 0)).toBeNull();
  });
});
