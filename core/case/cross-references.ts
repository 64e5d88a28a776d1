import type { CaseIssue } from '../errors.js';
import type { CaseFile } from './schema.js';

/** Checks what the schema alone cannot: unique ids, references between lists, dates that must exist. */
export function crossReferenceIssues(file: CaseFile): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const claimIds = uniqueIds('claims', file.claims, issues);
  const evidenceIds = uniqueIds('evidence', file.evidence, issues);
  const mailingIds = uniqueIds('mailings', file.mailings, issues);
  const debtorCount = file.debtors.length;

  file.payments.forEach((p, i) => {
    if (p.claim !== undefined && !claimIds.has(p.claim))
      issues.push({
        path: `payments[${i}].claim`,
        message: `no claim with id "${p.claim}" in claims`,
        code: 'unknown-claim',
        params: { id: p.claim },
      });
    if (p.appropriatedBy !== undefined && p.claim === undefined)
      issues.push({
        path: `payments[${i}].appropriatedBy`,
        message: 'needs claim: the claim the payment was appropriated to',
        code: 'needs-claim',
      });
    // 民法典 第560条 第1款 gives the choice to the debtor only; English law lets the creditor appropriate when the debtor did not.
    if (p.appropriatedBy === 'creditor' && file.locale !== 'en-GB')
      issues.push({
        path: `payments[${i}].appropriatedBy`,
        message: 'creditor: only English law lets the creditor appropriate a payment (民法典 第560条: the debtor designates)',
        code: 'creditor-appropriation',
      });
  });
  file.events.forEach((e, i) => {
    if (e.party !== undefined && e.party >= debtorCount)
      issues.push({
        path: `events[${i}].party`,
        message: `no debtor at position ${e.party} (debtors has ${debtorCount})`,
        code: 'unknown-party',
      });
    if (e.evidence !== undefined && !evidenceIds.has(e.evidence))
      issues.push({
        path: `events[${i}].evidence`,
        message: `no evidence with id "${e.evidence}"`,
        code: 'unknown-evidence',
        params: { id: e.evidence },
      });
    if (e.claim !== undefined && !claimIds.has(e.claim))
      issues.push({
        path: `events[${i}].claim`,
        message: `no claim with id "${e.claim}" in claims`,
        code: 'unknown-claim',
        params: { id: e.claim },
      });
    if (e.kind === 'suspension' && e.cause === undefined)
      issues.push({
        path: `events[${i}].cause`,
        message: 'required for a suspension: what stopped the creditor (民法典 第194条)',
        code: 'required',
      });
    if (e.endsOn !== undefined && e.endsOn < e.date)
      issues.push({
        path: `events[${i}].endsOn`,
        message: `${e.endsOn} is before the event date ${e.date}`,
        code: 'date-order',
        params: { date: e.date },
      });
    if (e.mailing !== undefined && !mailingIds.has(e.mailing))
      issues.push({
        path: `events[${i}].mailing`,
        message: `no mailing with id "${e.mailing}"`,
        code: 'unknown-mailing',
        params: { id: e.mailing },
      });
  });
  const trackingNos = new Set<string>();
  file.mailings.forEach((m, i) => {
    // One tracking number is one envelope: a second mailing with it is a typing slip or a copy.
    if (trackingNos.has(m.trackingNo))
      issues.push({
        path: `mailings[${i}].trackingNo`,
        message: `"${m.trackingNo}" is the tracking number of another mailing`,
        code: 'duplicate-tracking',
        params: { trackingNo: m.trackingNo },
      });
    trackingNos.add(m.trackingNo);
    if (m.to >= debtorCount)
      issues.push({
        path: `mailings[${i}].to`,
        message: `no debtor at position ${m.to} (debtors has ${debtorCount})`,
        code: 'unknown-party',
      });
    if (m.status !== 'in-transit' && m.deliveredOn === undefined)
      issues.push({
        path: `mailings[${i}].deliveredOn`,
        message: `required when status is ${m.status}: the date the carrier recorded it`,
        code: 'required',
      });
    if (m.deliveredOn !== undefined && m.deliveredOn < m.sentOn)
      issues.push({
        path: `mailings[${i}].deliveredOn`,
        message: `${m.deliveredOn} is before sentOn ${m.sentOn}`,
        code: 'date-order',
        params: { date: m.sentOn },
      });
    if (m.letterSha256 !== undefined && m.letter === undefined)
      issues.push({
        path: `mailings[${i}].letterSha256`,
        message: 'is the hash of the mailed letter: give the letter file too',
        code: 'needs-letter',
      });
  });
  if (file.lateCharge.kind === 'lpr' && file.lateCharge.mode === 'fixed' && file.lateCharge.fixedOn === undefined)
    issues.push({
      path: 'lateCharge.fixedOn',
      message: 'required when mode is fixed: the date whose LPR applies',
      code: 'required',
    });
  // 买卖合同解释 第18条 第4款: 加计30—50%.
  if (file.lateCharge.kind === 'overdue-loss' && !/^0\.(3|4|5)0*$|^0\.[34]\d*$/.test(file.lateCharge.markup))
    issues.push({
      path: 'lateCharge.markup',
      message: `${file.lateCharge.markup}: expected 0.3 to 0.5 (30–50 % above the LPR)`,
      code: 'markup-range',
    });
  file.debtors.forEach((d, i) => {
    const g = d.guarantee;
    if (!g) return;
    const base = `debtors[${i}].guarantee`;
    // 民法典 第690条: a 最高额保证 is defined by its period and its 最高债权额.
    // 民法典 第690条: a 最高额保证 is defined by its period and its 最高债权额. The missing period is reported on its
    // first day, the field the editor shows first.
    if (g.type === 'maximum-amount' && g.period === undefined)
      issues.push({
        path: `${base}.period.from`,
        message: 'the period is required for a maximum-amount guarantee (民法典 第690条)',
        code: 'maximum-period',
      });
    if (g.type === 'maximum-amount' && g.maxAmount === undefined)
      issues.push({
        path: `${base}.maxAmount`,
        message: 'required for a maximum-amount guarantee (民法典 第690条)',
        code: 'maximum-ceiling',
      });
    if (g.period !== undefined && g.type !== 'maximum-amount')
      issues.push({
        path: `${base}.type`,
        message: 'a period belongs to a maximum-amount guarantee',
        code: 'period-not-maximum',
      });
    if (g.period !== undefined && g.period.to < g.period.from)
      issues.push({
        path: `${base}.period.to`,
        message: `${g.period.to} is before ${g.period.from}`,
        code: 'date-order',
        params: { date: g.period.from },
      });
  });
  if (!file.debtors.some((d) => d.role === 'debtor'))
    issues.push({ path: 'debtors', message: 'expected at least one party with role debtor', code: 'no-debtor' });
  return issues;
}

function uniqueIds(list: string, items: readonly { id: string }[], issues: CaseIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({
        path: `${list}[${i}].id`,
        message: `"${item.id}" is used twice in ${list}`,
        code: 'duplicate-id',
        params: { id: item.id },
      });
    seen.add(item.id);
  });
  return seen;
}
