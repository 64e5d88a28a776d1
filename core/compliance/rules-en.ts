import { enConcept as c } from './concepts.js';
import { EN } from './lexicon-en.js';
import type { CategoryRule } from './types.js';

const FDCPA = 'FDCPA 15 U.S.C.';
const CONC_HARASS = 'FCA CONC 7.9 (no pressure, harassment or threats)';
const CONC_MISLEAD = 'FCA CONC 7.11 (no misleading statements of law or authority)';
// A warning about people who pose as us ("anyone claiming to be from our firm … report it"): not our act.
const POSING_AS_US = /\bclaiming to be\b|\bpretend(?:s|ing)? to be\b|\bimpersonat|\baction fraud\b|\breport (?:it|this|them)\b/i;
// A judgment stated with its claim or case number, or a court's order: the letter reports the case's record.
// What we say we will not do ("we won't discuss this with your housemates", "we haven't spoken to your family").
const NO_DISCLOSURE_EN =
  /\b(?:we|i)(?: [a-z]+)? (?:will not|won't|never|do not|don't|shall not|have not|haven't|did not|didn't) (?:[a-z]+ )?(?:discuss|tell|share|mention|disclose|contact|speak|spoken|talk|talked|told|contacted)\b/i;
// Someone else reached us, or the debtor asked to reach its own people ("your mum rang me", "you told us your
// employer pays on the 28th", "could you check with your accounts team"): not our telling them.
const REACHED_US =
  /\b(?:rang|called|phoned|emailed|texted|contacted|told|asked) (?:me|us)\b|\b(?:could|can|would) you (?:please )?(?:check|ask|speak|talk)\b|\bon (?:his|her|your|their) behalf\b|\byour (?:accounts|finance|payables|accounts payable|billing|payroll) (?:team|department|dept)\b/i;
// What a court may order (an attachment of earnings order tells the employer).
export const COURT_ORDERS = /\battachment of earnings\b|\bcourt order\b|\bthe court (?:makes|orders|will|may)\b/i;
const JUDGMENT_RECORD =
  /\b(?:claim|case) (?:no\.?|number)|\bjudg(?:e)?ment (?:was|has been) (?:entered|obtained|given)\b[^.]*\bremains unpaid\b/i;

/** English rules by category (US: FDCPA and Reg F 12 CFR part 1006; UK: FCA CONC 7). */
export const EN_RULES: readonly CategoryRule[] = [
  {
    id: 'en-threat-violence',
    category: 'threat',
    severity: 'error',
    all: [EN.violence],
    unless: [/\b(?:legal|financial|credit) (?:consequences|harm)\b|\bbe careful (?:to|not to|with)\b|\bharm to your credit\b/i],
    source: `${FDCPA} §1692d(1); ${CONC_HARASS}`,
  },
  {
    id: 'en-threat-detention',
    category: 'threat',
    severity: 'error',
    all: [EN.detain],
    negatable: false,
    source: `${FDCPA} §1692d; ${CONC_HARASS}`,
  },
  {
    id: 'en-harassment-time',
    category: 'harassment',
    severity: 'error',
    all: [EN.contact, EN.badTime],
    unless: [
      /\b(?:call|contact|email|write to) us\b|\bbetween (?:8|9)\b|\bweekdays? (?:between|from)\b|\bopening hours\b/i,
      // A statement or reminder at a lawful interval ("a statement every month until the balance is cleared").
      /\bevery (?:month|two weeks|other week|fortnight|quarter|year)\b|\bmonthly\b|\bonce a (?:month|fortnight)\b/i,
      // An apology for one late message.
      /\bsorry (?:to|for)\b|\bapologi[sz]e\b/i,
    ],
    source: `${FDCPA} §1692c(a)(1), §1692d(5); Reg F 12 CFR §1006.14; ${CONC_HARASS}`,
  },
  {
    id: 'en-harassment-visits',
    category: 'harassment',
    severity: 'error',
    all: [
      c(
        "(?:attend|visit|call at|call round to|come to|turn up at|knock on|show up at) (?:your|the debtor's) (?:address|premises|property|home|house|door|flat|workplace)",
        'doorstep visits?',
        'unannounced visits?',
      ),
      c(
        'unannounced',
        'without (?:notice|warning|an appointment)',
        'as often as (?:necessary|needed|it takes|we like)',
        'repeatedly',
        'every (?:day|night|week|evening)',
        'until',
        'day and night',
        '(?:on|at|in the) (?:evenings?|weekends?|nights?)',
      ),
    ],
    source: `${FDCPA} §1692c(a)(1), §1692d; ${CONC_HARASS} (unannounced visits)`,
  },
  {
    id: 'en-harassment-presence',
    category: 'harassment',
    severity: 'error',
    all: [EN.stay, EN.place],
    // A visit the debtor agreed to (by appointment, only if you agree in advance).
    unless: [
      /\b(?:at|to) our (?:office|address)\b|\bby post\b/i,
      /\bby (?:prior )?appointment\b|\bonly if you (?:have )?(?:agree|agreed|ask|asked|invite|invited)\b|\bin advance\b|\bwith your (?:consent|agreement|permission)\b/i,
    ],
    source: `${FDCPA} §1692c(a)(1), §1692d; ${CONC_HARASS} (unannounced visits)`,
  },
  {
    id: 'en-disclosure',
    category: 'disclosure',
    severity: 'error',
    all: [EN.tell, EN.third],
    unless: [
      /\bguarantor|co-?signer|your (?:attorney|solicitor|lawyer)\b|\blocation information\b|\bwritten (?:authority|consent)|\bauthori[sz]/i,
      // What a court may order (an attachment of earnings order tells the employer), "for your reference".
      /\battachment of earnings\b|\bthe court (?:will|may|would|could) (?:tell|notify|order|inform)\b|\b(?:haven't|have not|never) (?:spoken|talked|told|contacted)\b|\b(?:ask|asked|apply to|applied to) the court\b|\bcourt order\b|\bfor your (?:reference|records|information)\b/i,
      /\bthe court (?:will|may|can|would|could)\b/i,
      NO_DISCLOSURE_EN,
      REACHED_US,
    ],
    source: `${FDCPA} §1692c(b), §1692b; Reg F 12 CFR §1006.6(d); FCA CONC 7.9 (third parties)`,
  },
  {
    id: 'en-disclosure-hear',
    category: 'disclosure',
    severity: 'error',
    all: [EN.hear, EN.third],
    unless: [
      /\bguarantor|co-?signer\b/i,
      /\bfor your (?:reference|records|information)\b/i,
      COURT_ORDERS,
      NO_DISCLOSURE_EN,
      REACHED_US,
      /\battachment of earnings\b|\bif the court\b/i,
      /\b(?:won't|will not|never)\b[^.]{0,12}\b(?:discuss|tell|mention|talk)/i,
    ],
    source: `${FDCPA} §1692c(b); FCA CONC 7.9 (third parties)`,
  },
  {
    id: 'en-shaming',
    category: 'shaming',
    severity: 'error',
    all: [EN.shameThing],
    source: `${FDCPA} §1692d(3) (publishing lists of debtors), §1692c(b); FCA CONC 7.9`,
  },
  {
    id: 'en-shaming-online',
    category: 'shaming',
    severity: 'error',
    all: [EN.post, EN.online],
    // The ways the debtor may pay or dispute ("you can dispute this debt online … or by mail").
    unless: [
      /\byou (?:can|may) (?:\w+ ){0,2}(?:dispute|pay|view|see|check)\b/i,
      /\bby post\b|\b(?:pay|paying|dispute|disputing|payment) (?:[\w,]+ ){0,3}online\b/i,
    ],
    source: `${FDCPA} §1692d(3), §1692c(b); Reg F 12 CFR §1006.22(f)(4) (social media); FCA CONC 7.9`,
  },
  {
    id: 'en-shaming-public',
    category: 'shaming',
    severity: 'error',
    all: [EN.post, EN.debtorsNamed],
    any: [EN.publicPlace, EN.online],
    source: `${FDCPA} §1692d(3), §1692c(b); FCA CONC 7.9`,
  },
  {
    id: 'en-insult',
    category: 'insult',
    severity: 'error',
    all: [EN.insult],
    unless: [
      /\bbeware of\b|\bscammers?\b|\bprotect yourself\b/i,
      /\b(?:garbage|trash|rubbish) (?:collection|bins?|pick-?ups?|days?|disposal)\b/i,
    ],
    source: `${FDCPA} §1692d(2); ${CONC_HARASS}`,
  },
  {
    id: 'en-false-legal-claim',
    category: 'false-legal-claim',
    severity: 'error',
    all: [EN.legalStep, EN.certain],
    unless: [EN.lawfulLegal],
    exempt: (context) => context.proceedings?.judgment === true,
    source: `${FDCPA} §1692e(2)(A), (4), (5); ${CONC_MISLEAD}`,
  },
  {
    // "If you do not pay, a warrant will be issued": only a court issues one, and not for non-payment alone.
    id: 'en-false-legal-on-non-payment',
    category: 'false-legal-claim',
    severity: 'error',
    all: [
      EN.legalStep,
      c(
        "(?:if|unless)\\b[^.;]{0,40}\\b(?:not (?:paid|settled|received|cleared)|(?:don't|do not|fail to|cannot) pay|you pay|(?:is|are) paid)",
        'until (?:you pay|(?:it|this|the balance) is paid)',
      ),
    ],
    unless: [/\b(?:court|judg(?:e)?ment|judge|apply|application|may|might|could|entitled)\b/i],
    exempt: (context) => context.proceedings?.judgment === true,
    source: `${FDCPA} §1692e(4), (5); ${CONC_MISLEAD}`,
  },
  {
    id: 'en-false-suit-filed',
    category: 'false-legal-claim',
    severity: 'error',
    all: [EN.suitStep, EN.pastOrSet],
    // A statement of the law ("enforcement can only begin once a judgment is obtained") is not a claim.
    unless: [
      /\bno (?:court |legal )?(?:proceedings|claim|legal action|lawsuit|case)\b/i,
      /\b(?:if|may|might|could|would|should|intend|unless|plan to|will issue|(?:instructed|going) to issue|once|can only|only (?:after|when|once))\b/i,
      JUDGMENT_RECORD,
    ],
    exempt: (context) => context.proceedings?.suitFiled === true || context.proceedings?.judgment === true,
    source: `${FDCPA} §1692e(2)(A), (5); ${CONC_MISLEAD}`,
  },
  {
    id: 'en-impersonation',
    category: 'false-legal-claim',
    severity: 'error',
    all: [
      c(
        'official court notice',
        "(?:we are|we're|i am|i'm|as|this is) (?:a |the |your )?court officers?",
        'on behalf of the court',
        "on the court's behalf",
        '(?:the )?(?:defendant|respondent) (?:is|are) (?:hereby )?(?:ordered|directed|commanded) to (?:contact|pay|call|visit) (?:our|this|the claimant)',
        'this is (?:a|the) (?:court|government|police)',
        'government agency',
        'attorney general',
        'department of justice',
        'from the sheriff',
        'court-appointed',
        'final warning from the court',
        'legal department of the state',
        'acting for the police',
        'state debt (?:office|agency)',
        'we are the (?:court|police)',
        'federal agent',
        'high court writ',
        'legally binding (?:court )?(?:order|judg(?:e)?ment|warrant)',
        '(?:this|the) (?:letter|notice|message|email) (?:is|constitutes|serves as|acts as) (?:an? )?(?:official |formal )?(?:court|legal|judicial) (?:summons|order|notice|warrant|judg(?:e)?ment)',
        "(?:calling|writing|phoning|ringing|contacting you|texting) (?:from|on behalf of) (?:the )?(?:[\\w']+ ){0,3}(?:court|sheriff|police|attorney general|irs|hmrc|government|magistrates)(?:'s)?",
      ),
    ],
    source: `${FDCPA} §1692e(1), (9), (14); ${CONC_MISLEAD}`,
  },
  {
    id: 'en-criminal-accusation',
    category: 'criminal-accusation',
    severity: 'error',
    all: [EN.crime, EN.crimeAbout],
    unless: [
      /\bbeware\b|\bscam(?:mers|s)?\b|\banyone\b[^.]{0,60}\bscammer\b|\bfraudsters?\b|\bbe alert\b|\bprotect yourself\b|\bnot a crime\b|\bis not criminal\b|\bnever (?:involve|call|contact|threaten)\b|\bidentity theft\b|\bvictim of\b/i,
      /\bbeware\b|\bscams?\b|\bscammers\b|\bis a scammer\b|\bbe alert\b|\bvictim of identity fraud\b|\bno (?:role|such concern)\b|\b(?:don't|do not|never) (?:deal|get involved)\b|\bwill never\b|\bprotect yourself\b|\bnot a crime\b|\bis not criminal\b|\bnever (?:involve|call|contact|threaten)\b|\bidentity theft\b/i,
      POSING_AS_US,
      // A statement of the law or of what we do not think ("the police have no role in civil debts").
      /\bcivil (?:debts?|matters?|courts?|claims?)\b|\bno role\b|\bno (?:such )?(?:concern|suspicion|suggestion)\b/i,
      // "the police" in quotes: someone posing as them.
      /["“‘]the police["”’]/i,
    ],
    // After a decree, arrestment of a bank account or wages is Scots diligence, not an arrest.
    unlessIn: (context) =>
      context.proceedings?.judgment
        ? [/\barrest(?:ment)? (?:of )?(?:your |the )?(?:bank|accounts?|wages|earnings|funds|salary)\b/i]
        : [],
    source: `${FDCPA} §1692e(7), §1692e(4); ${CONC_MISLEAD} (CONC 7.11.6)`,
  },
  {
    id: 'en-unlawful-fee',
    category: 'unlawful-fee',
    severity: 'error',
    all: [EN.fee, EN.charge],
    unless: [
      /\bbank (?:charges|fees)\b|\byour bank may\b|\bborne by the (?:payer|sender)\b|\bno (?:(?:processing|collection|administration|admin|handling|extra|additional|hidden|convenience|recovery)(?:,| or| and)? ){1,5}(?:fee|charge)s?\b|\bas (?:permitted|allowed) by (?:your|the) (?:agreement|contract)\b/i,
      // The Register of Judgments, Orders and Fines is where a judgment is recorded, not a fee.
      /\bregister of judg(?:e)?ments\b/i,
    ],
    source: `${FDCPA} §1692f(1); FCA CONC 7.7`,
  },
  {
    id: 'en-personal-account',
    category: 'personal-account',
    severity: 'error',
    all: [EN.pay, EN.personalAccount],
    unless: [/\b(?:beware|scam(?:mer)?s?|fraudsters?|do not|don't|never|only)\b/i, POSING_AS_US],
    severityIn: (context) => (context.creditorIsPerson ? 'info' : 'error'),
    source: `${FDCPA} §1692e(10), §1692f; FCA CONC 7.11 (misleading payment instructions)`,
  },
];
