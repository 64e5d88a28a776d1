import type { Script } from '../documents/pdf/fonts.js';

/** The words a bundle's own pages use, per language of the case. */
export interface BundleLabels {
  script: Script;
  coverTitle: string;
  indexTitle: string;
  courierTitle: string;
  fields: {
    case: string;
    submittedBy: string;
    against: string;
    agent: string;
    court: string;
    date: string;
    pages: string;
    exhibits: string;
  };
  columns: [string, string, string, string, string, string];
  original: string;
  copy: string;
  signature: string;
  volume: (n: number, of: number) => string;
  bookmark: (title: string, page: number) => string;
  /** The exhibit's heading on its divider and bookmark, from its number in the case's evidence order. */
  exhibitHeading: (number: number) => string;
  pageRange: (first: number, last: number) => string;
}

const range = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

export const ZH_LABELS: BundleLabels = {
  script: 'cjk',
  coverTitle: '证据材料',
  indexTitle: '证据目录',
  courierTitle: '邮寄送达证据',
  fields: {
    case: '案件',
    submittedBy: '提交人',
    against: '对方当事人',
    agent: '委托代理人',
    court: '受理法院',
    date: '提交日期',
    pages: '页数',
    exhibits: '证据数量',
  },
  columns: ['序号', '证据名称', '证据来源', '证明目的', '页码', '原件/复印件'],
  original: '原件',
  copy: '复印件',
  signature: '提交人（签名或盖章）：',
  volume: (n, of) => `第 ${n} 册 共 ${of} 册`,
  bookmark: (title, page) => `${title}（第 ${page} 页）`,
  exhibitHeading: (number) => `证据 ${number}`,
  pageRange: range,
};

export const EN_LABELS: BundleLabels = {
  script: 'latin',
  coverTitle: 'Evidence Bundle',
  indexTitle: 'Index',
  courierTitle: 'Proof of Postal Service',
  fields: {
    case: 'Case',
    submittedBy: 'Submitted by',
    against: 'Against',
    agent: 'Representative',
    court: 'Court',
    date: 'Date',
    pages: 'Pages',
    exhibits: 'Exhibits',
  },
  columns: ['No.', 'Document', 'Source', 'What it proves', 'Pages', 'Original / copy'],
  original: 'Original',
  copy: 'Copy',
  signature: 'Signed:',
  volume: (n, of) => `Volume ${n} of ${of}`,
  bookmark: (title, page) => `${title} (p. ${page})`,
  exhibitHeading: (number) => `Exhibit ${number}`,
  pageRange: range,
};

export function labelsFor(locale: string): BundleLabels {
  return locale === 'zh-CN' ? ZH_LABELS : EN_LABELS;
}
