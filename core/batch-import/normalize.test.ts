import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { matchColumns } from './columns.js';
import { normalizeAmount } from './normalize-amount.js';
import { excelSerialToDate, normalizeDate } from './normalize-date.js';

describe('normalizeAmount', () => {
  it.each([
    ['¥12,345.60', '12345.60'],
    ['￥12,345.6', '12345.60'],
    ['12345.6元', '12345.60'],
    ['１２３４５．６０', '12345.60'],
    ['RMB 1,000', '1000.00'],
    ['人民币500元整', '500.00'],
    ['1.5万', '15000.00'],
    [12345.6, '12345.60'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeAmount(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['abc', '12,34.5', '-100', '0', '1.234', ''])('refuses %j', (input) => {
    expect(normalizeAmount(input).ok).toBe(false);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2024/5/1', '2024-05-01'],
    ['2024-05-01', '2024-05-01'],
    ['2024年5月1日', '2024-05-01'],
    ['２０２４年５月１日', '2024-05-01'],
    ['2024.5.1', '2024-05-01'],
    ['20240501', '2024-05-01'],
    ['2024/5/1 0:00', '2024-05-01'],
    ['45413', '2024-05-01'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeDate(input)).toEqual({ ok: true, value: expected });
  });

  it('reads Excel serials and date cells without the machine zone', () => {
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(normalizeDate(45413)).toEqual({ ok: true, value: '2024-05-01' });
    expect(normalizeDate(new Date(Date.UTC(2024, 1, 29)))).toEqual({ ok: true, value: '2024-02-29' });
  });

  it.each(['2023/2/29', '2024-13-01', 'soon', '123'])('refuses %j', (input) => {
    expect(normalizeDate(input).ok).toBe(false);
  });
});

describe('decodeText', () => {
  const text = '客户姓名,逾期金额\r\n张三,100\r\n';
  it.each([
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['gb18030', iconv.encode(text, 'gbk')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['utf-16le', iconv.encode(text, 'utf-16le')],
  ])('detects %s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });
});

describe('matchColumns', () => {
  it('knows Chinese and English headers, with units and stars', () => {
    const map = matchColumns('f.csv', ['姓名', '身份证号', '欠款金额（元）', 'Due Date', '地址', '电话', '合同编号', '备注']);
    expect(map.index).toEqual({ name: 0, idNumber: 1, amount: 2, dueDate: 3, address: 4, phone: 5, contract: 6 });
    expect(map.ignored).toEqual(['备注']);
  });

  it('takes an explicit map over the synonyms', () => {
    const map = matchColumns('f.csv', ['户名', '本期应还', '最后还款日', '本金'], {
      name: '户名',
      amount: '本期应还',
      dueDate: '最后还款日',
    });
    expect(map.index).toEqual({ name: 0, amount: 1, dueDate: 2 });
  });

  it('names the missing column and the headers found', () => {
    expect(() => matchColumns('f.csv', ['姓名', '金额'])).toThrow(/no column for dueDate .*"姓名", "金额"/);
  });
});
