import type { DocumentModel, TableCell } from '../../core/documents/model.js';

/**
 * Sample letters for the renderers' tests: long paragraphs that force many line breaks with punctuation
 * at the break points, a table that runs over three pages, a signature block.
 */

export const ZH_AMOUNT_WORDS = '壹万陆仟肆佰零玖元零贰分';
export const ZH_AMOUNT_FIGURES = '16,409.02';

const cell = (text: string, align?: TableCell['align']): TableCell => ({ runs: [{ text }], align });

function statementRows(count: number): TableCell[][] {
  const rows: TableCell[][] = [];
  for (let i = 1; i <= count; i++) {
    const month = String(((i - 1) % 12) + 1).padStart(2, '0');
    const note =
      i % 7 === 0
        ? `第${i}批货物（型号SK-${100 + i}）已于当月验收合格，贵司签收后未按《购销合同》第四条约定的三十日账期付款。`
        : `第${i}批货物货款`;
    rows.push([cell(String(i), 'center'), cell(`2023-${month}-15`), cell(note), cell(`${(i * 137.5).toFixed(2)}`, 'right')]);
  }
  return rows;
}

export function zhDemandLetter({ logo, tableRows = 45 }: { logo?: Uint8Array; tableRows?: number } = {}): DocumentModel {
  const indent = 2;
  return {
    title: '催款函',
    language: 'zh-CN',
    letterhead: {
      logo,
      name: '上海某某供应链管理有限公司',
      lines: [
        '地址：上海市浦东新区世纪大道100号环球金融中心25楼 邮编：200120',
        '电话：021-6888 8888 传真：021-6888 8889 网址：www.example.cn',
      ],
    },
    header: '沪某供催字〔2024〕第018号',
    pageLabel: '第 {page} 页 共 {pages} 页',
    blocks: [
      { type: 'heading', level: 1, runs: [{ text: '催款函' }] },
      { type: 'paragraph', align: 'right', runs: [{ text: '沪某供催字〔2024〕第018号' }] },
      { type: 'paragraph', align: 'left', runs: [{ text: '深圳市某某贸易有限公司：', bold: true }] },
      {
        type: 'paragraph',
        indent,
        runs: [
          {
            text: '贵我双方于2023年1月5日签订《购销合同》（合同编号：HT-2023-0105），约定由我司向贵司供应电子元器件，贵司应在每批货物验收合格后三十日内支付相应货款。合同签订后，我司已依约履行全部供货义务，贵司亦已签收全部货物并出具了验收单，但至今仍未付清货款。',
          },
        ],
      },
      {
        type: 'paragraph',
        indent,
        runs: [
          { text: '截至2024年6月30日，贵司尚欠我司货款人民币' },
          { text: ZH_AMOUNT_FIGURES, bold: true },
          { text: `元（大写：${ZH_AMOUNT_WORDS}），` },
          {
            text: '逾期付款违约金按合同第九条约定以未付金额为基数、自逾期之日起按日万分之五计算至实际付清之日止。我司多次通过电话、电子邮件及上门方式催告，贵司均以“资金周转困难”为由拖延，至今分文未付；贵司的行为已构成违约，依法应当承担继续履行、支付违约金等责任。',
          },
        ],
      },
      { type: 'heading', level: 2, runs: [{ text: '一、欠款明细' }] },
      {
        type: 'paragraph',
        indent,
        runs: [
          {
            text: '贵司欠款的逐笔明细如下表所示（单位：人民币元），合计金额与上文所述一致；如贵司对明细有异议，请于收到本函之日起七日内书面提出，并附相应付款凭证。',
          },
        ],
      },
      {
        type: 'table',
        widths: [1, 2.2, 6, 2],
        header: [[cell('序号'), cell('发货日期'), cell('说明'), cell('金额（元）')]],
        body: statementRows(tableRows),
      },
      { type: 'heading', level: 2, runs: [{ text: '二、法律依据' }] },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ text: '《中华人民共和国民法典》第五百零九条：当事人应当按照约定全面履行自己的义务。' }],
          [
            {
              text: '《中华人民共和国民法典》第五百七十七条：当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。',
            },
          ],
        ],
      },
      { type: 'heading', level: 2, runs: [{ text: '三、付款要求' }] },
      {
        type: 'paragraph',
        indent,
        runs: [
          {
            text: '请贵司于收到本函之日起十日内，将上述欠款支付至我司以下账户：开户名称：上海某某供应链管理有限公司；开户银行：中国工商银行上海世纪大道支行；账号：1001 2345 6789 0123 456。逾期仍未付款的，我司将依法向有管辖权的人民法院提起诉讼，届时贵司除须支付欠款本金及违约金外，还将承担诉讼费、保全费、律师费等全部费用。',
          },
        ],
      },
      { type: 'paragraph', indent, runs: [{ text: '特此函告。' }] },
      {
        type: 'signature',
        parties: [{ label: '上海某某供应链管理有限公司（盖章）', name: '', lines: ['授权代表：', '日期：'] }],
      },
      { type: 'paragraph', align: 'right', runs: [{ text: '2024年7月1日' }] },
    ],
  };
}

export function enLetterBeforeClaim(): DocumentModel {
  return {
    title: 'Letter before claim',
    language: 'en-GB',
    letterhead: {
      name: 'Example Supplies Limited',
      lines: ['1 High Street, Manchester M1 1AA', 'accounts@example.co.uk · 0161 000 0000'],
    },
    header: 'Our ref: ESL/2024/018',
    pageLabel: 'Page {page} of {pages}',
    blocks: [
      { type: 'paragraph', align: 'left', runs: [{ text: 'Mr John Smith\n12 Acacia Avenue\nLeeds LS1 2AB' }] },
      { type: 'heading', level: 1, runs: [{ text: 'Letter before claim' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'Dear Mr Smith, ' },
          {
            text: 'we write about the outstanding balance of £16,409.02 owed to Example Supplies Limited under the agreement dated 5 January 2023 for the supply of electronic components. Notwithstanding our previous correspondence and the reminders sent on 1 March and 3 April 2024, the balance remains unpaid, and interest continues to accrue at the contractual rate of 8% per annum above the Bank of England base rate. The debtor’s acknowledgment of the invoices, the characteristically straightforward terms and the incontrovertible delivery records leave no doubt about the amount.',
          },
        ],
      },
      { type: 'heading', level: 2, runs: [{ text: 'What you need to do' }] },
      {
        type: 'list',
        ordered: true,
        items: [
          [
            {
              text: 'Pay the balance within 30 days of the date of this letter, by bank transfer to sort code 12-34-56, account 12345678.',
            },
          ],
          [
            {
              text: 'Or complete the enclosed Reply Form and return it to the address above, stating whether you dispute the debt.',
            },
          ],
        ],
      },
      {
        type: 'table',
        widths: [2, 5, 2],
        header: [
          [{ runs: [{ text: 'Date' }] }, { runs: [{ text: 'Item' }] }, { runs: [{ text: 'Amount (£)' }], align: 'right' }],
        ],
        body: [
          [
            { runs: [{ text: '2023-02-15' }] },
            { runs: [{ text: 'Invoice 1001: electronic components' }] },
            { runs: [{ text: '16,409.02' }], align: 'right' },
          ],
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Yours sincerely,' }], align: 'left' },
      {
        type: 'signature',
        parties: [{ label: 'Signed for and on behalf of', name: 'Example Supplies Limited', lines: ['Signature', 'Date'] }],
      },
    ],
  };
}
