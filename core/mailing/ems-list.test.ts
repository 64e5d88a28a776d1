import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { EMS_HEADER, writeEmsCsv } from './ems-list.js';
import { carrierStatus } from './tracking-status.js';

const tempDir = useTempDir();

describe('EMS bulk-posting list', () => {
  it('reads back with its Chinese intact: UTF-8 with a byte-order mark, as Excel needs', async () => {
    const file = join(tempDir(), 'ems.csv');
    const line = {
      reference: 'CP1-m1',
      addressee: '张三',
      phone: '13810000000',
      address: '北京市东城区和平里1号楼1单元100室, 东侧',
      contents: '催款函（信用卡领用合约 XYK-1，欠款￥12,345.60）',
      senderName: '申衡律师事务所',
      senderPhone: '010-65000000',
      senderAddress: '北京市朝阳区建国路88号',
      note: '=HYPERLINK("x")',
    };
    await writeEmsCsv(file, [line]);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { bom: true }) as string[][];
    expect(rows[0]).toEqual(EMS_HEADER);
    expect(rows[1]).toEqual([
      'CP1-m1',
      '张三',
      '13810000000',
      '北京市东城区和平里1号楼1单元100室, 东侧',
      '催款函（信用卡领用合约 XYK-1，欠款￥12,345.60）',
      '申衡律师事务所',
      '010-65000000',
      '北京市朝阳区建国路88号',
      `'=HYPERLINK("x")`,
    ]);
  });

  it('writes hostile debtor names as plain text, each read back from the file', async () => {
    const file = join(tempDir(), 'ems.csv');
    const names = ['+1+cmd', '-2+3', '=HYPERLINK("http://evil.example","点此")', "@SUM(1+1)*cmd|' /C calc'!A0", '\tx', '\rx'];
    const line = (addressee: string, i: number) => ({
      reference: `CP${i}-m1`,
      addressee,
      phone: '+8613810000000',
      address: '北京市东城区',
      contents: '催款函（欠款￥1,000.00）',
      senderName: '申衡律师事务所',
      senderPhone: '010-65000000',
      senderAddress: '-',
      note: '',
    });
    await writeEmsCsv(file, names.map(line));
    const rows = parse(readFileSync(file, 'utf8'), { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => r[1])).toEqual(names.map((n) => `'${n}`));
    expect(rows.slice(1).map((r) => [r[2], r[6], r[7]])).toEqual(names.map(() => ["'+8613810000000", '010-65000000', "'-"]));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('carrierStatus', () => {
  it.each([
    ['妥投', 'delivered'],
    ['已签收', 'delivered'],
    ['拒收退回', 'refused'],
    ['退回妥投', 'returned'],
    ['运输中', 'in-transit'],
    ['Delivered', 'delivered'],
    ['不明', undefined],
  ])('%s → %s', (text, status) => {
    expect(carrierStatus(text)).toBe(status);
  });
});
