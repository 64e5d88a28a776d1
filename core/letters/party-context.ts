import type { CaseFile, Debtor, Party } from '../case/schema.js';
import type { TemplateValue } from '../templates/values.js';

type PartyContext = Record<string, TemplateValue>;

/** The creditor, the addressee (`debtor`), every debtor and the guarantors with their guarantee, as templates read them. */
export function partiesContext(data: CaseFile, recipient: number): Record<string, TemplateValue> {
  const addressee = data.debtors[recipient]!;
  return {
    creditor: partyContext(data.creditor, 'creditor', data.locale),
    debtor: partyContext(addressee, addressee.role, data.locale),
    debtors: data.debtors.map((d) => partyContext(d, d.role, data.locale)),
    guarantors: data.debtors
      .filter((d) => d.role === 'guarantor')
      .map((d) => ({
        ...partyContext(d, d.role, data.locale),
        guaranteeKind: d.guarantee?.kind ?? 'general',
        guaranteeMonths: d.guarantee?.months ?? 6,
      })),
  };
}

/** `you`/`we`: how a Chinese letter names the party (贵司/您, 我司/本人); English letters use you/we. */
function partyContext(party: Party | Debtor, role: string, locale: string): PartyContext {
  const company = party.kind === 'company';
  const zh = locale === 'zh-CN';
  return {
    you: zh ? (company ? '贵司' : '您') : 'you',
    we: zh ? (company ? '我司' : '本人') : 'we',
    name: party.name,
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
