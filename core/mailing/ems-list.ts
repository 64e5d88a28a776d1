import { writeFileAtomic } from '../util/atomic-write.js';
import { spreadsheetCsv } from '../util/spreadsheet-csv.js';

/** One line of the EMS bulk-posting list (批量寄递清单). */
export interface EmsLine {
  reference: string;
  addressee: string;
  phone: string;
  address: string;
  /** 内件品名: names the letter and the debt, e.g. `律师函（信用卡领用合约 XYK-1，欠款￥12,345.60）`. */
  contents: string;
  senderName: string;
  senderPhone: string;
  senderAddress: string;
  note: string;
}

export const EMS_HEADER = [
  '客户单号',
  '收件人姓名',
  '收件人电话',
  '收件人地址',
  '内件品名',
  '寄件人姓名',
  '寄件人电话',
  '寄件人地址',
  '备注',
];

/** The list as CSV for EMS's bulk-posting upload and for Excel (spreadsheetCsv: BOM, CRLF, formula guard). */
export function emsCsv(lines: readonly EmsLine[]): string {
  return spreadsheetCsv([
    EMS_HEADER,
    ...lines.map((l) => [
      l.reference,
      l.addressee,
      l.phone,
      l.address,
      l.contents,
      l.senderName,
      l.senderPhone,
      l.senderAddress,
      l.note,
    ]),
  ]);
}

export async function writeEmsCsv(file: string, lines: readonly EmsLine[]): Promise<void> {
  await writeFileAtomic(file, emsCsv(lines));
}
