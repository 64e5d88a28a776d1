import type { CaseFile, Debtor, Party } from '../case/schema.js';
import { personSalutation } from './salutation.js';
import { guarantorLiability, maximumContext } from '../calc/guarantor-liability.js';
import type { Statement } from '../calc/statement-types.js';
import { formatCents } from '../money/cents.js';
import type { LimitationEntry } from '../limitation/types.js';
import type { TemplateValue } from '../templates/values.js';

type PartyContext = Record<string, TemplateValue>;

/**
 * The creditor, the addressee (`debtor`), every debtor, the parties a filing names as 被告 (`defendants`, positions
 * in debtors) and the guarantors with their guarantee: whether it lapsed for every claim (民法典 第693条), the
 * claims it no longer covers, and what the guarantor owes, at most the sum the contract caps it at (第690、691条).
 */
export function partiesContext(
  data: CaseFile,
  recipient: number,
  limitation: readonly LimitationEntry[],
  defendants: readonly number[],
  statement: Pick<Statement, 'claims'>,
  sentBy: 'creditor' | 'law-firm' = 'creditor',
): Record<string, TemplateValue> {
  const addressee = data.debtors[recipient]!;
  const descriptions = new Map(data.claims.map((c) => [c.id, c.description]));
  return {
    // A law firm writes for its client, 委托人 (律师法 第25条), not as 我司.
    creditor: {
      ...partyContext(data.creditor, 'creditor', data.locale),
      ...(sentBy === 'law-firm' && data.locale === 'zh-CN' && { we: '委托人' }),
    },
    debtor: partyContext(addressee, addressee.role, data.locale),
    debtors: data.debtors.map((d) => partyContext(d, d.role, data.locale)),
    defendants: defendants.map((i) => partyContext(data.debtors[i]!, data.debtors[i]!.role, data.locale)),
    suedGuarantees: suedGuarantees(data, limitation),
    guarantors: data.debtors.flatMap((d, i) => {
      if (d.role !== 'guarantor') return [];
      const entry = limitation[i];
      const liability = guarantorLiability(data, statement, entry, i);
      return [
        {
          ...partyContext(d, d.role, data.locale),
          guaranteeKind: d.guarantee?.kind ?? 'general',
          guaranteeMonths: d.guarantee?.months ?? 6,
          guaranteeScope: d.guarantee?.scope ?? null,
          guaranteeCap: liability.cap === null ? null : formatCents(liability.cap),
          guaranteeOwed: formatCents(liability.owed),
          guaranteeCapped: liability.capped,
          guaranteeMaximum: maximumContext(liability.maximum, descriptions),
          lapsedOn: entry?.guaranteeLapsed?.periodEnd ?? null,
          released: (entry?.claims ?? [])
            .filter((c) => c.released)
            .map((c) => ({
              claim: c.claim,
              description: descriptions.get(c.claim) ?? c.claim,
              periodEnd: c.guarantee!.periodEnd,
            })),
        },
      ];
    }),
  };
}

/**
 * The kinds of guarantee a complaint sues on, for its 请求依据: 民法典 第688条 for a joint guarantee, 第687条 for a
 * general one (the default, 第686条 第2款); a guarantor whose guarantee lapsed for every claim is not sued.
 */
function suedGuarantees(data: CaseFile, limitation: readonly LimitationEntry[]): Record<'joint' | 'general', boolean> {
  const kinds = data.debtors.flatMap((d, i) =>
    d.role === 'guarantor' && !limitation[i]?.guaranteeLapsed ? [d.guarantee?.kind ?? 'general'] : [],
  );
  return { joint: kinds.includes('joint'), general: kinds.includes('general') };
}

/**
 * `you`/`we`: how a Chinese letter names the party (贵司/您, 我司/本人); English letters use you/we. A company's
 * `representative` is its 法定代表人 (director, for en cases): named beside the company, never addressed as it.
 */
function partyContext(party: Party | Debtor, role: string, locale: string): PartyContext {
  const company = party.kind === 'company';
  const zh = locale === 'zh-CN';
  return {
    you: zh ? (company ? '贵司' : '您') : 'you',
    we: zh ? (company ? '我司' : '本人') : 'we',
    name: party.name,
    salutation: personSalutation(party.name),
    kind: party.kind,
    isCompany: party.kind === 'company',
    idNumber: party.idNumber ?? null,
    address: party.address ?? null,
    phone: party.phone ?? null,
    representative: party.representative ?? null,
    representativeTitle: party.representativeTitle ?? null,
    role,
  };
}
