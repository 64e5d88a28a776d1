/**
 * Makes the small evidence files of the bundled examples: pretend scans (text drawn on a white page with the
 * bundled Noto SC font through sharp/pango) saved as JPEG, PNG or a one-page PDF. Run after a build with
 * `node dist/scripts/make-example-files.js`; the output is committed, so ordinary users never run this.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { PROJECT_ROOT } from '../core/project-root.js';

const require = createRequire(import.meta.url);
const FONT = join(
  dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')),
  '400Regular',
  'NotoSansSC_400Regular.ttf',
);

interface ScanSpec {
  file: string;
  lines: string[];
  /** Page size in pixels at 100 dpi; A4 portrait by default. */
  size?: [number, number];
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function scan(spec: ScanSpec): Promise<Buffer> {
  const [width, height] = spec.size ?? [827, 1169];
  const body = spec.lines.map((l, i) => (i === 0 ? `<b><big>${escapeMarkup(l)}</big></b>` : escapeMarkup(l))).join('\n');
  const markup = `<span foreground="#1a1a1a">${body}</span>`;
  const text = await sharp({
    text: {
      text: markup,
      fontfile: FONT,
      font: 'Noto Sans SC',
      width: width - 120,
      dpi: 96,
      wrap: 'char',
      rgba: true,
      spacing: 10,
    },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#fbfaf6' } })
    .composite([{ input: text, top: 70, left: 60 }])
    .grayscale()
    .png()
    .toBuffer();
}

async function write(folder: string, spec: ScanSpec): Promise<void> {
  const target = join(PROJECT_ROOT, 'examples', folder, spec.file);
  await mkdir(dirname(target), { recursive: true });
  const png = await scan(spec);
  if (spec.file.endsWith('.jpg')) await writeFile(target, await sharp(png).jpeg({ quality: 60 }).toBuffer());
  else if (spec.file.endsWith('.png')) await writeFile(target, await sharp(png).png({ palette: true, colours: 16 }).toBuffer());
  else {
    const pdf = await PDFDocument.create();
    const jpg = await pdf.embedJpg(await sharp(png).jpeg({ quality: 60 }).toBuffer());
    const [w, h] = spec.size ?? [827, 1169];
    const page = pdf.addPage([(w * 72) / 100, (h * 72) / 100]);
    page.drawImage(jpg, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    pdf.setTitle(spec.lines[0] ?? spec.file);
    pdf.setCreationDate(new Date('2024-01-01T00:00:00Z'));
    pdf.setModificationDate(new Date('2024-01-01T00:00:00Z'));
    await writeFile(target, await pdf.save());
  }
}

const SALE: ScanSpec[] = [
  {
    file: 'evidence/contract.pdf',
    lines: [
      '购销合同',
      '合同编号：CC-2024-0312',
      '甲方（卖方）：上海澄川机电设备有限公司',
      '乙方（买方）：杭州明禾建材贸易有限公司',
      '一、甲方向乙方供应电动葫芦、钢丝绳等机电设备，规格、数量及单价以每批送货单为准。',
      '二、每批货物交付后，甲方开具增值税专用发票，乙方应于发票开具之日起三十日内付清该批货款。',
      '三、乙方逾期付款的，每逾期一日按逾期未付金额的万分之五向甲方支付违约金。',
      '四、因本合同发生争议的，由甲方所在地人民法院管辖。',
      '甲方（盖章）：上海澄川机电设备有限公司        乙方（盖章）：杭州明禾建材贸易有限公司',
      '签订日期：2024年3月12日',
    ],
  },
  {
    file: 'evidence/guarantee.pdf',
    lines: [
      '连带责任保证书',
      '致：上海澄川机电设备有限公司',
      '保证人周立新自愿为杭州明禾建材贸易有限公司在编号CC-2024-0312《购销合同》项下的全部付款义务提供连带责任保证。',
      '保证范围包括货款、违约金及实现债权的费用。保证期间为主债务履行期限届满之日起二年。',
      '保证人（签字）：周立新      身份证号：330106198507123419',
      '日期：2024年3月12日',
    ],
  },
  {
    file: 'evidence/delivery-notes.pdf',
    lines: [
      '送货单（汇总）',
      '客户：杭州明禾建材贸易有限公司    合同编号：CC-2024-0312',
      'SH-0415  2024-04-15  电动葫芦 CD1-5t × 20台      金额 186,400.00 元   收货人签字：陈建',
      'SH-0620  2024-06-20  钢丝绳 6×37-18mm × 310卷   金额  93,250.50 元   收货人签字：陈建',
      'SH-0905  2024-09-05  电动葫芦配件一批              金额  58,760.00 元   收货人签字：陈建',
      '合计：338,410.50 元',
    ],
  },
  {
    file: 'evidence/bank-receipt.png',
    size: [827, 520],
    lines: [
      '中国工商银行 电子回单',
      '付款人：杭州明禾建材贸易有限公司',
      '收款人：上海澄川机电设备有限公司',
      '金额：人民币捌万元整  ¥80,000.00',
      '用途：货款   交易日期：2024-06-28',
    ],
  },
  {
    file: 'evidence/acknowledgment.jpg',
    lines: [
      '对账函',
      '致：杭州明禾建材贸易有限公司',
      '截至2025年8月15日，贵司尚欠我司货款人民币208,410.50元。',
      '如核对无误，请在下方签章确认。',
      '',
      '确认：上述欠款属实，我司同意于2025年12月31日前付清。',
      '杭州明禾建材贸易有限公司（盖章）   经办人：陈建   日期：2025年8月20日',
    ],
  },
  {
    file: 'mail/waybill-1151234567890.jpg',
    size: [900, 560],
    lines: [
      'EMS 中国邮政速递物流  邮件号 1151234567890',
      '寄件人：上海澄川机电设备有限公司  上海市浦东新区川沙路 1288 号  021-58881234',
      '收件人：杭州明禾建材贸易有限公司  浙江省杭州市拱墅区莫干山路 568 号 3 幢 402 室',
      '内件品名：催款函（购销合同 CC-2024-0312 项下欠款）',
      '收寄日期：2025-03-10',
    ],
  },
  {
    file: 'mail/tracking-1151234567890.pdf',
    lines: [
      'EMS 邮件全程跟踪查询结果',
      '邮件号：1151234567890',
      '2025-03-10 16:42  上海浦东新区川沙营业部  已收寄',
      '2025-03-11 05:10  上海邮区中心  离开处理中心',
      '2025-03-12 08:31  杭州市拱墅区揽投部  正在投递',
      '2025-03-12 14:05  杭州市拱墅区揽投部  已妥投，收件人签收：陈建',
    ],
  },
];

const PROPERTY: ScanSpec[] = [
  {
    file: 'evidence/service-contract.pdf',
    lines: [
      '前期物业服务合同（摘录）',
      '物业服务人：南京栖霞嘉苑物业服务有限公司',
      '物业：嘉苑小区 7 幢 1 单元 602 室，建筑面积 89.60 平方米',
      '物业服务费标准：每月每平方米 2.80 元，按年度于每年 1 月 31 日前缴纳当年全年费用。',
      '业主逾期缴纳的，物业服务人可以催告其在合理期限内支付（民法典第九百四十四条）。',
    ],
  },
  {
    file: 'evidence/arrears-statement.png',
    size: [827, 600],
    lines: [
      '物业服务费欠费明细',
      '房号：7-1-602   业主：王晓梅   面积：89.60㎡   单价：2.80元/㎡·月',
      '2023年度  3,010.56 元  未缴',
      '2024年度  3,010.56 元  未缴',
      '2025年度  3,010.56 元  已缴 1,000.00 元',
    ],
  },
  {
    file: 'evidence/notice-photo.jpg',
    size: [827, 620],
    lines: ['催缴通知张贴照片说明', '2025年3月5日于 7 幢 1 单元门厅公告栏张贴催缴通知，并向 602 室投递书面通知。'],
  },
];

const UK: ScanSpec[] = [
  {
    file: 'evidence/purchase-order.pdf',
    lines: [
      'Okafor Builders — Purchase Order PO-7731',
      'To: Harbour Lane Joinery Ltd, Unit 4, Quayside Works, Bristol BS1 6XN',
      'Supply and fit 14 oak internal doors and frames at 28 Elm Grove, Bath.',
      'Payment terms: 30 days from invoice.',
      'Ordered by Daniel Okafor, 2 February 2026',
    ],
  },
  {
    file: 'evidence/invoice-2291.pdf',
    lines: [
      'Invoice 2291',
      'Harbour Lane Joinery Ltd',
      'Bill to: Daniel Okafor t/a Okafor Builders',
      'Oak doors and frames, supply and fit',
      'Total due: £8,640.00',
      'Due date: 19 April 2026',
    ],
  },
  {
    file: 'evidence/invoice-2317.pdf',
    lines: [
      'Invoice 2317',
      'Harbour Lane Joinery Ltd',
      'Bill to: Daniel Okafor t/a Okafor Builders',
      'Ironmongery and extra labour',
      'Total due: £1,275.50',
      'Due date: 22 May 2026',
    ],
  },
  {
    file: 'mail/signed-for-receipt.jpg',
    size: [900, 520],
    lines: [
      'Royal Mail Signed For — Certificate of Posting',
      'Reference: RM 1234 5678 9GB',
      'Addressee: Mr Daniel Okafor, 15 Wellsway, Bath BA2 4RZ',
      'Posted: 1 October 2026',
    ],
  },
];

const US: ScanSpec[] = [
  {
    file: 'evidence/payment-plan.pdf',
    lines: [
      'Lakeside Dental Group LLC — Treatment Payment Plan LD-44817',
      'Patient: Maria Rivera, 1418 SE Alder Street, Portland, OR 97214',
      'Crown and root canal treatment: $2,480.00, due October 3, 2024.',
      'Follow-up treatment: $415.25, due December 3, 2024.',
      'Amounts not paid when due bear simple interest at 9% a year until paid.',
      'Signed by Maria Rivera and for Lakeside Dental Group LLC, September 3, 2024',
    ],
  },
  {
    file: 'evidence/account-statement.png',
    size: [827, 560],
    lines: [
      'Lakeside Dental Group LLC — Account Statement',
      'Patient: Maria Rivera   Plan: LD-44817   Statement date: February 20, 2025',
      '10/03/2024  Crown and root canal treatment     $2,480.00',
      '12/03/2024  Follow-up treatment                   $415.25',
      '01/15/2025  Payment received, thank you           -$300.00',
      'Balance past due: $2,595.25 plus interest at 9% a year',
    ],
  },
];

for (const [folder, specs] of [
  ['zh-sale-of-goods', SALE],
  ['zh-property-fee', PROPERTY],
  ['en-gb-unpaid-invoice', UK],
  ['en-us-consumer-debt', US],
] as const)
  for (const spec of specs) await write(folder, spec);
console.log('example files written under examples/');
