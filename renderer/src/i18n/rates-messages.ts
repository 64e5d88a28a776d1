/** Settings › Rates: LPR and Bank Rate values added after the bundled data, in Chinese and English (merged into `MESSAGES`). */
export const ratesZh = {
  rates: '利率',
  ratesHint:
    '程序内置的利率数据截至下列日期。此后公布的数值请在这里补录（注明来源）；计算逾期费用时优先使用补录的数值，缺少的期间会在计算结果中提示。',
  'rateSeries.lpr': '一年期贷款市场报价利率（LPR）',
  'rateSeries.boe': '英格兰银行基准利率',
  rateBundled: '内置数据截至 {completeThrough}，最后一个数值为 {rate}%（自 {from} 起）。',
  rateNoneAdded: '尚未补录。',
  rateKind: '利率种类',
  rateFrom: '生效日期',
  ratePercent: '利率（%）',
  rateSource: '来源',
  rateSourcePlaceholder: '如 中国货币网公告',
  rateAdd: '添加',
  rateAdded: '已添加：{series} {date} {rate}%',
  rateRemove: '删除',
} as const;

export const ratesEn: Record<keyof typeof ratesZh, string> = {
  rates: 'Rates',
  ratesHint:
    'The rates built into CasePack end on the dates below. Add the values published since here, with their source: the late-charge calculations use them over the built-in data, and name any period still missing.',
  'rateSeries.lpr': '1-year Loan Prime Rate (LPR)',
  'rateSeries.boe': 'Bank of England Bank Rate',
  rateBundled: 'Built-in data complete through {completeThrough}; last value {rate}% (from {from}).',
  rateNoneAdded: 'None added.',
  rateKind: 'Which rate',
  rateFrom: 'In force from',
  ratePercent: 'Rate (%)',
  rateSource: 'Source',
  rateSourcePlaceholder: 'e.g. Bank of England, Bank Rate history',
  rateAdd: 'Add',
  rateAdded: 'Added: {series} {date} {rate}%',
  rateRemove: 'Remove',
};

type Params = Record<string, string | number>;
const zhSeries: Record<string, string> = { lpr: '一年期LPR', boe: '英格兰银行基准利率' };
const enSeries: Record<string, string> = { lpr: '1-year LPR', boe: 'Bank Rate' };

/** Why a rate was refused (core/rates/rate-entry.ts, code `rate-entry`), from its reason and parameters. */
const REASON_ZH: Record<string, (p: Params) => string> = {
  series: () => '未知的利率种类。',
  'date-format': (p) => `日期“${p.value}”不是有效日期（年-月-日）。`,
  'date-future': (p) => `${p.date} 晚于今天（${p.today}），不能录入尚未公布的利率。`,
  'date-covered': (p) => `内置的${zhSeries[p.series!]}数据已覆盖至 ${p.coveredThrough}，请录入此后公布的数值。`,
  duplicate: (p) => `${p.date} 的${zhSeries[p.series!]}已经录入；如有误，请先删除再添加。`,
  order: (p) => `日期 ${p.date} 排在 ${p.previous} 之后；请按日期从早到晚排列。`,
  'value-format': (p) => `利率“${p.value}”不是百分数（如 3.05 或 3.05%）。`,
  'value-range': (p) =>
    `${p.value}% 不在${zhSeries[p.series!]}的合理范围 ${p.min}%–${p.max}% 内（以百分数填写：3.05 表示 3.05%）。`,
  'source-missing': () => '请填写来源（公布该数值的网页或公告）。',
  'source-too-long': (p) => `来源最多 ${p.max} 个字符。`,
  'not-found': (p) => `没有 ${p.date} 的补录数值。`,
  'file-empty': (p) => `文件 ${p.file} 中没有数值。`,
  'file-columns': (p) => `文件 ${p.file} 的第一行须有 date、rate、source（日期、利率、来源）三列。`,
  'file-too-many': (p) => `文件 ${p.file} 过大：最多 ${p.max} 个数值。`,
};
const REASON_EN: Record<string, (p: Params) => string> = {
  series: () => 'Unknown kind of rate.',
  'date-format': (p) => `“${p.value}” is not a date (year-month-day).`,
  'date-future': (p) => `${p.date} is after today (${p.today}): a rate not yet published cannot be added.`,
  'date-covered': (p) =>
    `The built-in ${enSeries[p.series!]} data already covers up to ${p.coveredThrough}; add values published after that day.`,
  duplicate: (p) => `A ${enSeries[p.series!]} value for ${p.date} is already added; remove it first to change it.`,
  order: (p) => `${p.date} comes after ${p.previous}; list the values oldest first.`,
  'value-format': (p) => `“${p.value}” is not a percentage such as 3.05 or 3.05%.`,
  'value-range': (p) =>
    `${p.value}% is outside ${p.min}%–${p.max}% for the ${enSeries[p.series!]} (enter it in percent: 3.05 for 3.05%).`,
  'source-missing': () => 'Say where the value was published (the page or the announcement).',
  'source-too-long': (p) => `The source may have at most ${p.max} characters.`,
  'not-found': (p) => `No added value for ${p.date}.`,
  'file-empty': (p) => `${p.file} holds no values.`,
  'file-columns': (p) => `The first row of ${p.file} must name the columns date, rate and source.`,
  'file-too-many': (p) => `${p.file} is too large: at most ${p.max} values.`,
};

export const ratesErrorsZh = {
  'rate-entry': (p: Params) => (p.row ? `${p.file} 第 ${p.row} 行：` : '') + (REASON_ZH[p.reason!] ?? REASON_ZH.series!)(p),
};
export const ratesErrorsEn = {
  'rate-entry': (p: Params) => (p.row ? `${p.file} row ${p.row}: ` : '') + (REASON_EN[p.reason!] ?? REASON_EN.series!)(p),
};
