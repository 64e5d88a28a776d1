import { claim, type LegalCase } from './legal-case.js';

const due = (date: string) => ({ claims: [claim('c1', date)] });

/** Three years from the due date, the day not counted, to the corresponding day, past rest days (民法典 188, 201–203). */
export const periodEndCases: LegalCase[] = [
  {
    id: 'pe-working-day',
    article: '民法典 第188条',
    asOf: '2022-01-01',
    case: due('2021-03-15'),
    parties: [{ expiresOn: '2024-03-15', rule: 'prc-three-years' }],
  },
  // 2024-03-16 is a Saturday.
  {
    id: 'pe-saturday',
    article: '民法典 第203条',
    asOf: '2022-01-01',
    case: due('2021-03-16'),
    parties: [{ expiresOn: '2024-03-18' }],
  },
  // 国庆 2024-10-01..07.
  {
    id: 'pe-national-day',
    article: '民法典 第203条',
    asOf: '2022-01-01',
    case: due('2021-10-01'),
    parties: [{ expiresOn: '2024-10-08' }],
  },
  // No State Council notice for 2029 yet: Sunday 2029-09-30, then 国庆 10-01..03 as the law itself fixes them
  // (全国年节及纪念日放假办法 第2条), so Thursday 2029-10-04.
  {
    id: 'pe-statutory-days-without-notice',
    article: '民法典 第203条; 全国年节及纪念日放假办法 第2条',
    asOf: '2027-01-01',
    case: due('2026-09-30'),
    parties: [{ expiresOn: '2029-10-04' }],
  },
  // No notice for 2029: 清明 falls on Wednesday 2029-04-04 ([29 × 0.2422 + 4.81] − [29 / 4] = 4), so Thursday 04-05.
  {
    id: 'pe-qingming-without-notice',
    article: '民法典 第203条; 全国年节及纪念日放假办法 第2条',
    asOf: '2027-01-01',
    case: due('2026-04-04'),
    parties: [{ expiresOn: '2029-04-05' }],
  },
  // No notice for 2029: 春节 from 除夕 2029-02-12 (a Monday) to 正月初三 02-15, so Friday 2029-02-16.
  {
    id: 'pe-spring-festival-without-notice',
    article: '民法典 第203条; 全国年节及纪念日放假办法 第2条',
    asOf: '2027-01-01',
    case: due('2026-02-12'),
    parties: [{ expiresOn: '2029-02-16' }],
  },
  // 春节 2024-02-10..17; Sunday 02-18 is a 调休 working day.
  {
    id: 'pe-spring-festival-workday',
    article: '民法典 第203条',
    asOf: '2022-01-01',
    case: due('2021-02-10'),
    parties: [{ expiresOn: '2024-02-18' }],
  },
  // Sunday 2024-09-29 is a 调休 working day: no move.
  {
    id: 'pe-sunday-workday',
    article: '民法典 第203条',
    asOf: '2022-01-01',
    case: due('2021-09-29'),
    parties: [{ expiresOn: '2024-09-29' }],
  },
  // No 29 February in 2023: the last day of the month.
  {
    id: 'pe-29-february',
    article: '民法典 第202条',
    asOf: '2021-01-01',
    case: due('2020-02-29'),
    parties: [{ expiresOn: '2023-02-28' }],
  },
  {
    id: 'pe-tuesday',
    article: '民法典 第188条',
    asOf: '2023-01-01',
    case: due('2022-06-10'),
    parties: [{ expiresOn: '2025-06-10' }],
  },
  // 劳动节 2025-05-01..05.
  {
    id: 'pe-labour-day',
    article: '民法典 第203条',
    asOf: '2023-01-01',
    case: due('2022-05-01'),
    parties: [{ expiresOn: '2025-05-06' }],
  },
  // 元旦 2026-01-01..03; Sunday 01-04 is a 调休 working day.
  {
    id: 'pe-new-year-workday',
    article: '民法典 第203条',
    asOf: '2024-01-01',
    case: due('2023-01-01'),
    parties: [{ expiresOn: '2026-01-04' }],
  },
  {
    id: 'pe-year-end',
    article: '民法典 第188条',
    asOf: '2023-06-01',
    case: due('2022-12-31'),
    parties: [{ expiresOn: '2025-12-31' }],
  },
  // 春节 2026-02-15..23.
  {
    id: 'pe-spring-festival-2026',
    article: '民法典 第203条',
    asOf: '2024-01-01',
    case: due('2023-02-15'),
    parties: [{ expiresOn: '2026-02-24' }],
  },
  // 端午 2024 is 06-10 only; 06-12 is a Wednesday.
  {
    id: 'pe-after-dragon-boat',
    article: '民法典 第188条',
    asOf: '2022-01-01',
    case: due('2021-06-12'),
    parties: [{ expiresOn: '2024-06-12' }],
  },
  // Expired: the date stands, flagged, with the 192/193 note (checked by the runner for every expired date).
  {
    id: 'pe-expired',
    article: '民法典 第192、193条',
    asOf: '2024-06-01',
    case: due('2021-03-15'),
    parties: [{ expiresOn: '2024-03-15', expired: true }],
  },
  {
    id: 'pe-last-day-not-expired',
    article: '民法典 第201条',
    asOf: '2024-03-15',
    case: due('2021-03-15'),
    parties: [{ expiresOn: '2024-03-15', expired: false }],
  },
];
