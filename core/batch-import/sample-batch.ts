import { dayNumber, formatCalendarDate } from '../dates/calendar-date.js';

/**
 * A bank's overdue-accounts export as tests and bench/import.bench.mjs use it: Chinese headers and the mix of
 * amount and date formats real files have. Deterministic: row i is always the same.
 */
export const SAMPLE_HEADER = ['序号', '客户姓名', '身份证号', '合同编号', '逾期金额（元）', '应还款日', '账单地址', '手机'];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟'];
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

export function sampleRow(i: number): string[] {
  const yuan = 1000 + ((i * 7919) % 90000);
  const fen = (i * 37) % 100;
  const plain = `${yuan}.${String(fen).padStart(2, '0')}`;
  const amounts = [
    // ￥ (U+FFE5) rather than ¥ (U+00A5): the full-width sign is the one GBK can hold.
    `￥${yuan.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}`,
    `${plain}元`,
    plain.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!),
    plain,
  ];
  const month = (i % 12) + 1;
  const day = (i % 28) + 1;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const dates = [`2024/${month}/${day}`, `2024-${mm}-${dd}`, `2024年${month}月${day}日`, String(excelSerial(2024, month, day))];
  const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}${i >= 300 ? String.fromCharCode(0x4e00 + (i % 500)) : ''}`;
  const id = `110101${1960 + (i % 40)}${mm}${dd}${String(i % 1000).padStart(3, '0')}${i % 11 === 0 ? 'x' : String(i % 10)}`;
  return [
    String(i + 1),
    name,
    id,
    `XYK-2024-${String(i + 1).padStart(6, '0')}`,
    amounts[i % amounts.length]!,
    dates[i % dates.length]!,
    `北京市东城区和平里${(i % 30) + 1}号楼${(i % 6) + 1}单元${100 + (i % 20)}室`,
    `138${String(10_000_000 + i).padStart(8, '0')}`,
  ];
}

/** The CSV text (CRLF lines, fields quoted where needed) of `count` sample rows under SAMPLE_HEADER. */
export function sampleBatchCsv(count: number, rows: (i: number) => string[] = sampleRow, delimiter = ','): string {
  const lines = [SAMPLE_HEADER, ...Array.from({ length: count }, (_, i) => rows(i))];
  return `${lines.map((cells) => cells.map((v) => csvField(v, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Excel's serial number of a date (1900 system), as an export without date formatting writes it. */
export function excelSerial(year: number, month: number, day: number): number {
  return dayNumber(formatCalendarDate(year, month, day)) + 25_569;
}

/** The shared facts of the sample batch: the card issuer, its law firm and the late charge. */
export const SAMPLE_DEFAULTS = {
  locale: 'zh-CN',
  currency: 'CNY',
  creditor: {
    name: '华夏示范银行股份有限公司信用卡中心',
    kind: 'company',
    idNumber: '91110000100000000A',
    address: '北京市西城区金融大街1号',
    phone: '010-95500000',
  },
  agent: {
    name: '申衡律师事务所',
    kind: 'company',
    firm: '申衡律师事务所',
    lawyer: '周明',
    licenseNo: '11101201910000001',
    address: '北京市朝阳区建国路88号',
    phone: '010-65000000',
  },
  contract: { title: '信用卡领用合约' },
  lateCharge: { kind: 'daily-rate', rate: '0.0005' },
  claimDescription: '信用卡透支欠款',
} as const;
