import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile.js';
import { TemplateError } from './errors.js';
import type { Shape } from './shape.js';

const shape: Shape = {
  currency: 'text',
  creditor: { name: 'text' },
  debtor: { name: 'text', phone: 'text' },
  claims: [{ id: 'text', amount: 'money', dueDate: 'date' }],
  total: 'money',
};
const data = {
  currency: 'CNY',
  creditor: { name: '甲公司' },
  debtor: { name: '乙公司', phone: null },
  claims: [
    { id: 'A-1', amount: '1000.00', dueDate: '2024-01-10' },
    { id: 'A-2', amount: '15409.02', dueDate: '2024-02-10' },
  ],
  total: '16409.02',
};

const compile = (source: string, language: 'zh-CN' | 'en-GB' | 'en-US' = 'zh-CN') =>
  compileTemplate(source, { file: 'letter.txt', language, shape });
const errorOf = (fn: () => unknown): TemplateError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
};

describe('template errors name file:line:column', () => {
  it.each([
    ['unknown field', '第一行\n致{{ debter.name }}', 'letter.txt:2:5: unknown field "debter"'],
    ['unknown nested field', '{{ creditor.nmae }}', 'letter.txt:1:4: unknown field: creditor has no field "nmae"'],
    ['unknown filter', 'x\n  {{ total | mony }}', 'letter.txt:2:14: unknown filter "mony"'],
    ['wrong filter arguments', '{{ total | default }}', 'letter.txt:1:12: filter "default" takes 1–1 argument(s), got 0'],
    ['unclosed output', 'a\nb {{ total', 'letter.txt:2:3: "{{" is never closed'],
    ['unclosed if', '{% if total %}\nx', 'letter.txt:1:3: "{% if %}" is never closed'],
    ['stray endfor', 'a\n{% endfor %}', 'letter.txt:2:3: "{% endfor %}" without a matching opening tag'],
    ['unknown tag', '{% include "x" %}', 'letter.txt:1:3: unknown tag "include"'],
    ['bad expression', '{{ total == }}', 'letter.txt:1:13: expected a value'],
    ['unclosed string', '{{ total | default("x) }}', 'letter.txt:1:20: the text starting here is not closed'],
    ['prototype access', '{{ creditor.constructor }}', 'letter.txt:1:13: "constructor" is not a field a template may use'],
    ['__proto__', '{{ __proto__ }}', 'letter.txt:1:4: "__proto__" is not a field'],
    ['loop over a value', '{% for c in total %}{% endfor %}', 'letter.txt:1:13: total is not a list'],
    ['field of a list', '{{ claims.id }}', 'letter.txt:1:4: unknown field: claims is a list'],
    ['unknown block', 'a\n::: stamp\n:::', 'letter.txt:2:5: unknown block "::: stamp"'],
    ['unknown setting', '@titel 催款函', 'letter.txt:1:1: unknown setting "@titel"'],
  ])('%s', (_, source, message) => {
    const error = errorOf(() => compile(source));
    expect(error.message).toContain(message);
    expect(error.file).toBe('letter.txt');
  });

  it('reports missing data and bad tables at render time with the template line', () => {
    expect(errorOf(() => compile('a\n\n{{ debtor.phone }}').render(data)).message).toMatch(
      /^letter\.txt:3:4: debtor\.phone has no value/,
    );
    const table = compile('x\n\n| a | b |\n|---|---|\n{% for c in claims %}\n| {{ c.id }} |\n{% endfor %}');
    expect(errorOf(() => table.render(data)).message).toMatch(/^letter\.txt:6:1: this row has 1 cell\(s\) but the table has 2/);
  });

  it('is a CasePackError', () => {
    expect(errorOf(() => compile('{{ nope }}'))).toBeInstanceOf(Error);
    expect(errorOf(() => compile('{{ nope }}')).name).toBe('TemplateError');
  });
});

describe('conditions and loops', () => {
  it('chooses if / elif / else with comparisons, and, or, not', () => {
    const t = compile(
      '{% if total > 20000 %}big{% elif total >= 16409.02 and not debtor.phone %}exact{% else %}small{% endif %}' +
        '{% if "A-2" in claims | count or creditor.name == "甲公司" %}!{% endif %}{% if debtor.phone != none %}?{% endif %}',
    );
    expect(t.render(data).blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'exact!' }] }]);
    expect(t.render({ ...data, total: '20000.01' }).blocks[0]).toMatchObject({ runs: [{ text: 'big!' }] });
    expect(t.render({ ...data, total: '3', creditor: { name: '丙' } }).blocks[0]).toMatchObject({ runs: [{ text: 'small' }] });
  });

  it('loops with loop.index, loop.first, loop.last and an else for an empty list', () => {
    const t = compile(
      '{% for c in claims %}{{ loop.index }}.{{ c.id }}{% if not loop.last %}, {% endif %}{% else %}none{% endfor %}',
    );
    expect(t.render(data).blocks[0]).toMatchObject({ runs: [{ text: '1.A-1, 2.A-2' }] });
    expect(t.render({ ...data, claims: [] }).blocks[0]).toMatchObject({ runs: [{ text: 'none' }] });
  });

  it('loops over table rows without leaving blank lines', () => {
    const t = compile(
      '| 编号 | 金额 |\n|----|--------:|\n{% for c in claims %}\n| {{ c.id }} | {{ c.amount | amount }} |\n{% endfor %}\n| 合计 | {{ total | amount }} |',
    );
    const [table] = t.render(data).blocks;
    expect(table).toEqual({
      type: 'table',
      widths: [4, 8],
      header: [
        [
          { runs: [{ text: '编号' }], align: 'center' },
          { runs: [{ text: '金额' }], align: 'center' },
        ],
      ],
      body: [
        [{ runs: [{ text: 'A-1' }] }, { runs: [{ text: '1,000.00' }], align: 'right' }],
        [{ runs: [{ text: 'A-2' }] }, { runs: [{ text: '15,409.02' }], align: 'right' }],
        [{ runs: [{ text: '合计' }] }, { runs: [{ text: '16,409.02' }], align: 'right' }],
      ],
    });
  });
});

describe('markup', () => {
  it('reads headings, indented paragraphs, lists, alignment, signatures, page breaks and settings', () => {
    const source = [
      '@header 沪律函〔2025〕第1号',
      '# 催款函',
      '',
      '{{ debtor.name }}：',
      '',
      '　　贵司尚欠**货款**，',
      '请于七日内付清。',
      '',
      '## 一、明细',
      '- 第一项',
      '- 第二项',
      '1. one',
      '2. two',
      '::: right',
      '{{ creditor.name }}',
      '2025年3月12日',
      ':::',
      '---page---',
      '::: signature',
      '甲方（债权人）：{{ creditor.name }}',
      '盖章：',
      '',
      '乙方（债务人）：{{ debtor.name }}',
      '签字：',
      '日期：',
      ':::',
    ].join('\n');
    const model = compile(source).render(data);
    expect(model.header).toBe('沪律函〔2025〕第1号');
    expect(model.title).toBe('催款函');
    expect(model.pageLabel).toBe('第 {page} 页 共 {pages} 页');
    expect(model.blocks).toEqual([
      { type: 'heading', level: 1, runs: [{ text: '催款函' }] },
      { type: 'paragraph', runs: [{ text: '乙公司：' }] },
      {
        type: 'paragraph',
        indent: 2,
        runs: [{ text: '贵司尚欠' }, { text: '货款', bold: true }, { text: '，请于七日内付清。' }],
      },
      { type: 'heading', level: 2, runs: [{ text: '一、明细' }] },
      { type: 'list', ordered: false, items: [[{ text: '第一项' }], [{ text: '第二项' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
      { type: 'paragraph', align: 'right', runs: [{ text: '甲公司' }] },
      { type: 'paragraph', align: 'right', runs: [{ text: '2025年3月12日' }] },
      { type: 'page-break' },
      {
        type: 'signature',
        parties: [
          { label: '甲方（债权人）', name: '甲公司', lines: ['盖章：'] },
          { label: '乙方（债务人）', name: '乙公司', lines: ['签字：', '日期：'] },
        ],
      },
    ]);
  });

  it('joins English lines with a space and keeps data from turning into markup', () => {
    const t = compile('Dear {{ debtor.name }},\nplease pay.\n\n{{ creditor.name }}\n\n\\*\\*not bold\\*\\*', 'en-GB');
    const model = t.render({ ...data, debtor: { name: '**Evil | Ltd** __x__' }, creditor: { name: '# - 1. heading?' } });
    expect(model.pageLabel).toBe('Page {page} of {pages}');
    expect(model.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Dear **Evil | Ltd** __x__, please pay.' }] },
      { type: 'paragraph', runs: [{ text: '# - 1. heading?' }] },
      { type: 'paragraph', runs: [{ text: '**not bold**' }] },
    ]);
  });

  it('fails on a table without a separator row and on an unclosed block', () => {
    expect(errorOf(() => compile('a\n\n| x | y |\n| 1 | 2 |').render(data)).message).toMatch(
      /^letter\.txt:4:1: a table needs a row/,
    );
    expect(errorOf(() => compile('a\n::: right\nb').render(data)).message).toMatch(
      /^letter\.txt:2:1: "::: right" is never closed/,
    );
  });
});
