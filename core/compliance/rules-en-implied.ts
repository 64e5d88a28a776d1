import { enConcept as c } from './concepts.js';
import { EN } from './lexicon-en.js';
import { COURT_ORDERS } from './rules-en.js';
import type { CategoryRule } from './types.js';

const FDCPA = 'FDCPA 15 U.S.C.';
const CONC_HARASS = 'FCA CONC 7.9 (no pressure, harassment or threats)';
// A consequence stated as law or credit (a judgment, court action, interest) is a lawful warning.
const LAWFUL_CONSEQUENCE =
  /\b(?:legal|court|judg(?:e)?ment|proceedings|claim|credit|interest|charges|solicitors?|lawyers?|advice)\b/i;

/** English concepts for abuse worded without its keywords. */
export const EN_IMPLIED = {
  menace: c`
(?:you|u) (?:know|should know|must know|will find out|'ll find out|will see|'ll see|don't want to (?:find out|know|see)) what (?:happens|we do|will happen|comes next|we can do|we're capable of) |
what happens to (?:people|those|anyone|debtors|folks) | (?:shame|pity) (?:if|to see|were) (?:anything|something|your \w+|it|they|he|she|the \w+) |
(?:cannot|can't|won't|will not|are not|aren't) (?:be )?(?:held )?(?:responsible|accountable) for (?:what|how|anything|whatever) |
(?:lives?|is|are|stays?) (?:just )?(?:round|around|down) the (?:corner|road|street) from you | nobody(?:'s| is) (?:going home|leaving|going anywhere) |
consequences of a personal nature | personal consequences | for you and your (?:household|family|loved ones) |
(?:we(?:'ve| have)? got|we have) (?:people|guys|lads|friends|someone|associates|contacts) (?:in|near|around|close to|round) your |
not as (?:patient|nice|polite|friendly|understanding|reasonable) as |
(?:anything|something) (?:bad |nasty |unfortunate )?(?:happened|happens|were to happen|happening) to (?:it|you|them|your) |
(?:things|this|it) (?:are|is|will|could|might) (?:going to |gonna )?(?:get|turn|become) (?:ugly|nasty|messy|personal|very unpleasant) |
the (?:easy|nice|hard|other|difficult) way | (?:don't|do not) (?:make|force) us (?:to )?(?:come|do|send|visit|take|use) |
(?:we|i) have (?:our )?(?:ways|means|methods) | you (?:won't|will not|wouldn't) (?:like|enjoy) (?:it|them|what|that|how) | be seeing you (?:soon|very soon|shortly) |
keep (?:them|it|him|her) that way | (?:lovely|nice|beautiful) (?:family|house|home|kids|wife|husband|children) |
think (?:very )?(?:carefully|hard|twice) about (?:what|your|how) | see where (?:that|this|it) gets you |
make (?:sure )?you (?:regret|sorry|pay for) | you(?:'ll| will) regret | (?:take|use|try) other (?:measures|methods|means|ways|steps) |
(?:our|my) (?:lads|boys|guys) | pay (?:you|your \w+) a (?:little )?visit |
(?:we|they|our (?:people|lads|boys|team|guys)) (?:know|have seen|watch|have been watching) (?:exactly )?(?:where|which \w+|what \w+|when)(?: \w+)? (?:you|your) |
(?:alone|on (?:her|his|their) own),? (?:doesn't|does|don't|isn't|aren't) (?:she|he|they) | you have been warned |
(?:be|get|got|getting) involved | nobody (?:would|will) blame us | accidents happen | (?:end|finish) (?:badly|ugly|bad) for you |
cross(?:es|ed)? us | by whatever means | by any means(?: necessary)? | (?:cannot|can't|can no longer|no longer) guarantee (?:the |your )?safety | out of my hands | (?:won't|will not) be a (?:conversation|chat|friendly) | can't control what | (?<!\b(?:we|i) )regret (?:it|this|that|ignoring|crossing|not paying) |
(?:the )?(?:wellbeing|well-being|safety) of (?:yourself|you|your (?:family|wife|husband|kids|children|loved ones)) | kneecaps? | broken (?:legs?|arms?|fingers?|bones)
`,
  // A message that says it is sent at night ("It's 3am and I'm still up").
  sentAtNight: c`
it's (?:gone )?(?:midnight|(?:1[12]|[1-5])(?:[:.]\d\d)? ?(?:am|a\.m\.)) | at this (?:hour|time of night) | this late at night
`,
  // Watching the debtor in person ("Saw you at Tesco earlier").
  sawYou: c`
(?:i|we)? ?(?:saw|spotted|seen|noticed|clocked) you (?:at|in|outside|leaving|going into|coming out of|with) | (?:saw|spotted) your (?:car|van|wife|husband|kids?) (?:at|in|outside|parked)
`,
  // A third party who does not know yet ("your husband doesn't know about this loan yet").
  notYet: c`
(?:doesn't|does not|don't|do not|hasn't|has not|haven't|have not) (?:know|heard|found out|been told)(?: \w+){0,5} yet
`,
  detain: c`
not (?:walking|going|getting|leaving) (?:out of|out|anywhere|away) | (?:leave|walk out of|get out of) (?:this|the) (?:room|office|building|place|house) (?:until|till)
`,
  receive: c`
(?:getting|get|receive|receiving|be getting|be receiving) (?:a|an|our)? ?(?:call|calls|letter|letters|visit|message|text|email|phone call)s? |
be (?:told|informed|hearing|notified) | hear (?:about|from us|of) | find out about
`,
  restrict: c`
deactivat\w* | disabl\w* | block\w* | cancel\w* | suspend\w* | switch(?:ed)? off | turn(?:ed)? off | cut off | shut off | lose access | losing access |
withdraw\w* | revok\w* | stop\w* | bar\w* | lock\w* out | no longer (?:be able to|have) | restrict\w* | disconnect\w* |
(?:will not|won't|refuse to|shall not) (?:renew|issue|reissue|activate|reactivate|replace) | not be renewed |
(?:will not|won't|shall not|no longer) (?:be )?(?:switched on|turned on|stop at) | (?:will not|won't|refuse to) approve | cease (?:supplying|providing) | \w+ hours? (?:per|a) day only | rationed
`,
  service: c`
(?:[\w-]+ )?(?:store|room|facilities|facility|privileges|amenities|access|services|pass|permit)s? | key ?fobs? | fobs? | access (?:cards?|fobs?|codes?) | (?:parking )?permits? | entry system | lift | lifts | elevators? | water | electricity | power | gas | heating | hot water | parking | car park |
parking (?:permits?|spaces?|bays?) | renovation works? | alterations | garage | gate | intercom | door entry | entry system | utilities | bin collection | internet | wi-?fi
`,
  arrears: c`
arrears | unpaid | owe | owes | owing | outstanding | service charges? | fees | who (?:have not|haven't|has not|hasn't) paid | in debt | until (?:the )?(?:balance|debt|charges?) |
until (?:you|they) pay | until (?:it is|this is) paid | delinquent | in default | behind (?:on|with) | dues | levy | levies | remains unpaid | balance
`,
  perContact: c`
(?:each|every|per) (?:time we|phone call|call|letter|reminder|visit|text|email|message) | for (?:every|each) (?:call|letter|visit|reminder|time) |
(?:recovery|collection|chasing|tracing|admin|administration|doorstep) (?:surcharge|uplift|commission) | \d+% (?:recovery|collection) (?:fee|charge|surcharge)
`,
  money: c`
charge | charges | charged | fee | fees | surcharge | costs? you | add(?:s|ed|ing)? | commission | to your (?:balance|account|debt)
`,
  paySelf: c`
my (?:personal |own |private )?(?:paypal|venmo|revolut|monzo|cash ?app|zelle|wise) | (?:venmo|paypal|zelle) me | (?:read|give|send|text) me the (?:codes|card numbers)
`,
  insult: c`
waste of (?:oxygen|space|skin|air) | lowlifes? | low-lifes? | (?:are you|you're|you are) (?:\w+ )?(?:thick|dense) | typical of your (?:sort|kind|type) | your sort\b | sponge | scrounger | coward | spineless | good-for-nothing | useless | clown | excuse for (?:a|an) \w+
`,
  shameMore: c`
wall of (?:fame|shame) | tag(?:ged|ging)? you in | (?:all )?your followers (?:can|will|could) see | (?:public |published )?(?:register|list|wall|board|roll) of (?:[\w-]+ ){0,2}(?:bad payers|debtors|defaulters|non-?payers|deadbeats|shame) | a sign (?:on|outside|in front of|at) your |
(?:listed|named|shown|set out) (?:here |below )?for the (?:attention|information) of (?:all )?(?:the )?(?:owners|residents|tenants|members|neighbou?rs)
`,
  exposed: c`
your (?:name|flat number|house number|photo|picture|address|details|debt) | names? of (?:the )?(?:[\w-]+ ){0,2}(?:owners|residents|tenants|debtors|members|households|leaseholders) |
(?:flats|homes|houses|units|households|tenants|residents|owners|people) (?:that|who) (?:haven't|have not|hasn't|has not|don't|do not) (?:paid|pay) |
(?:flats|homes|houses|units|households|tenants|residents|owners) (?:with|in) (?:unpaid|arrears|outstanding) |
(?:owners|residents|tenants|units|flats|people|members) who (?:can't|cannot|couldn't|won't) (?:be bothered to )?pay
`,
  showPublic: c`
read out | read aloud | announced | putting together (?:a|an) (?:\w+ )?post | post about you | go up | goes up | going up | put up | putting up | list | listed | listing | post | posted | display | displayed | publish | published | pin | pinned | share | shared
`,
  publicVenue: c`
(?:community|neighbou?rhood|residents'?|local|street|village|parents'?|school|building) (?:group|page|forum|board|noticeboard|notice board|chat) |
at (?:the |next |this )?(?:\w+'s )?(?:residents'?|annual|general|tenants'?|owners'?|community|building) (?:meeting|agm) |
(?:in|at) the (?:clubhouse|lobby|reception|mailroom|laundry room|community (?:room|hall|centre|center)|entrance hall|common room) |
(?:on|in|to|for|across) (?:the|a|our|your) (?:[\w-]+ ){0,2}(?:facebook|whatsapp|instagram|nextdoor|tiktok|twitter|wechat|community|neighbou?rhood) (?:page|group|account|feed|forum) | in (?:your|the) (?:building|block|stairwell|car park) | in the lobby | in the lift | noticeboard | notice board | the whole street |
on the door | at the entrance | on (?:our|the|my) (?:instagram|facebook|twitter|tiktok|x|website|page|blog) | on the board
`,
} as const;

/** English rules for abuse worded without its usual keywords (implied threats, restricted services, fees per call). */
export const EN_IMPLIED_RULES: readonly CategoryRule[] = [
  {
    id: 'en-threat-implied',
    category: 'threat',
    severity: 'error',
    all: [EN_IMPLIED.menace],
    negatable: false,
    unless: [LAWFUL_CONSEQUENCE],
    source: `${FDCPA} §1692d(1); ${CONC_HARASS}`,
  },
  {
    id: 'en-threat-held',
    category: 'threat',
    severity: 'error',
    all: [EN_IMPLIED.detain],
    negatable: false,
    source: `${FDCPA} §1692d; ${CONC_HARASS}`,
  },
  {
    id: 'en-disclosure-receive',
    category: 'disclosure',
    severity: 'error',
    all: [EN_IMPLIED.receive, EN.third],
    unless: [
      /\bguarantor|co-?signer|your (?:attorney|solicitor|lawyer)\b|\bwritten consent\b|\battachment of earnings\b|\bif the court\b/i,
      COURT_ORDERS,
    ],
    source: `${FDCPA} §1692c(b); Reg F 12 CFR §1006.6(d); FCA CONC 7.9 (third parties)`,
  },
  {
    id: 'en-disclosure-not-yet',
    category: 'disclosure',
    severity: 'error',
    all: [EN_IMPLIED.notYet, EN.third],
    negatable: false,
    source: `${FDCPA} §1692c(b); FCA CONC 7.9 (third parties)`,
  },
  {
    id: 'en-shaming-listed',
    category: 'shaming',
    severity: 'error',
    all: [EN_IMPLIED.shameMore],
    source: `${FDCPA} §1692d(3) (publishing lists of debtors); FCA CONC 7.9`,
  },
  {
    // Debtors named by their units in a notice ("… who can't be bothered to pay: Unit 305, Unit 412").
    id: 'en-shaming-units',
    category: 'shaming',
    severity: 'error',
    all: [
      EN_IMPLIED.exposed,
      c('(?:unit|flat|apt|apartment|house|no\\.?) ?\\d+[a-z]?,? (?:and )?(?:unit|flat|apt|apartment|house|no\\.?) ?\\d+'),
    ],
    source: `${FDCPA} §1692d(3) (publishing lists of debtors), §1692c(b); FCA CONC 7.9`,
  },
  {
    id: 'en-harassment-sent-at-night',
    category: 'harassment',
    severity: 'error',
    all: [EN_IMPLIED.sentAtNight],
    source: `${FDCPA} §1692c(a)(1); Reg F 12 CFR §1006.6(b)(1); ${CONC_HARASS}`,
  },
  {
    id: 'en-harassment-watched',
    category: 'harassment',
    severity: 'error',
    all: [EN_IMPLIED.sawYou],
    source: `${FDCPA} §1692d; ${CONC_HARASS}`,
  },
  {
    id: 'en-shaming-shown',
    category: 'shaming',
    severity: 'error',
    all: [EN_IMPLIED.showPublic, EN_IMPLIED.exposed, EN_IMPLIED.publicVenue],
    source: `${FDCPA} §1692d(3), §1692c(b); FCA CONC 7.9`,
  },
  {
    id: 'en-insult-implied',
    category: 'insult',
    severity: 'error',
    all: [EN_IMPLIED.insult],
    negatable: false,
    unless: [/\buseless to\b|\bnot useless\b/i],
    source: `${FDCPA} §1692d(2); ${CONC_HARASS}`,
  },
  {
    id: 'en-service-cut',
    category: 'service-cut',
    severity: 'error',
    all: [EN_IMPLIED.restrict, EN_IMPLIED.service, EN_IMPLIED.arrears],
    // "will not be cut off" is lawful; "will not renew your permit" is the restriction.
    unless: [
      /\b(?:for|scheduled|planned|routine) maintenance|repairs?\b|\binspection|planned (?:work|outage)|\b(?:will not|won't|never|not) (?:be )?(?:cut|stop(?! at)|switch(?:ed)? off|turn(?:ed)? off|disconnect|restrict|block|withdraw|suspend|deactivat|disabl|cancel|lock)|\bcontinue(?!d)|\bdoes not (?:disconnect|cut|restrict|stop)/i,
    ],
    // No rule names service cuts for service charges in English law; where a debt collector or a consumer credit
    // firm does it, it is an unfair means (FDCPA) or undue pressure (CONC 7.9).
    source: `${FDCPA} §1692f (unfair means); ${CONC_HARASS}`,
  },
  {
    id: 'en-unlawful-fee-per-contact',
    category: 'unlawful-fee',
    severity: 'error',
    all: [EN_IMPLIED.perContact, EN_IMPLIED.money],
    unless: [/\bno (?:additional |extra )?(?:fees?|charges?)\b|\bbank\b|\bfree\b|\bwill not\b|\bwon't\b/i],
    source: `${FDCPA} §1692f(1); FCA CONC 7.7`,
  },
  {
    // Calls around the clock or by the dozen ("every 30 minutes, including overnight", "47 missed calls").
    id: 'en-harassment-relentless',
    category: 'harassment',
    severity: 'error',
    all: [
      c`every (?:\d+|few|five|ten|fifteen|twenty|thirty) (?:minutes|mins) | keep (?:dialling|dialing|calling|ringing|phoning) (?:you )?(?:until|till) | \d+ missed calls | (?:including|right through|all through|throughout) (?:the )?(?:night|overnight) | including overnight`,
    ],
    source: `${FDCPA} §1692d(5); Reg F 12 CFR §1006.14(b); ${CONC_HARASS}`,
  },
  {
    // Court steps said to follow from the debt by themselves ("automatically files with the court", "our
    // arrangement with the court"): only a court orders them, after proceedings.
    id: 'en-false-legal-automatic',
    category: 'false-legal-claim',
    severity: 'error',
    all: [
      c`automatically[^.;]{0,60}\b(?:court|judg(?:e)?ment|freez\w*|seiz\w*|bailiffs?|enforcement|registered) | (?:court|judg(?:e)?ment debtors?|enforcement)[^.;]{0,60}\bautomatically |
arrangement with the court | (?:directly|straight) to enforcement | without (?:any |further )?(?:court )?proceedings | no court hearing (?:is )?(?:necessary|needed|required) |
(?:seized|frozen|repossessed) by the court | (?:suspended|revoked|cancelled) by the (?:dvla|dmv|passport office)[^.;]{0,20}at our request |
notice of (?:intended|pending|proposed|imminent) (?:seizure|removal|execution|enforcement)`,
    ],
    unless: [/\b(?:only|never|cannot|can't|not) (?:be )?(?:\w+ )?automatic/i],
    exempt: (context) => context.proceedings?.judgment === true,
    source: `${FDCPA} §1692e(2)(A), (4), (5); FCA CONC 7.11`,
  },
  {
    // A fee said to be owed whatever the agreement says.
    id: 'en-unlawful-fee-regardless',
    category: 'unlawful-fee',
    severity: 'error',
    all: [
      c`regardless of (?:whether|what) (?:your|the) (?:loan )?(?:agreement|contract|terms) | (?:even )?(?:if|though) (?:your|the) (?:agreement|contract) (?:doesn't|does not|says nothing)`,
    ],
    source: `${FDCPA} §1692f(1); FCA CONC 7.7`,
  },
  {
    // The payee named as a person instead of the company ("to the account of J. Peters, not the company account").
    id: 'en-personal-account-not-company',
    category: 'personal-account',
    severity: 'error',
    all: [c`not (?:to |into )?(?:the|our) company(?:'s)? (?:bank )?account`],
    severityIn: (context) => (context.creditorIsPerson ? 'info' : 'error'),
    source: `${FDCPA} §1692e(10), §1692f; FCA CONC 7.11 (misleading payment instructions)`,
  },
  {
    // Under Reg F the debtor has 30 days to dispute: a shorter limit, or telling them to ignore the dispute
    // rights, overshadows the validation notice (12 CFR §1006.34, §1006.38; FDCPA §1692g(b)).
    id: 'en-validation-overshadowed',
    category: 'document',
    severity: 'error',
    all: [
      c`disputes? (?:received|made|raised|sent) after \d+ days | (?:don't|do not) (?:worry|bother) about (?:the )?(?:dispute|validation) | ignore the (?:dispute|validation)`,
    ],
    exempt: (context) => context.consumerRegF !== true,
    source: 'FDCPA 15 U.S.C. §1692g(b); Reg F 12 CFR §1006.34, §1006.38',
  },
  {
    id: 'en-personal-account-self',
    category: 'personal-account',
    severity: 'error',
    all: [EN_IMPLIED.paySelf],
    unless: [/\b(?:beware|scam(?:mer)?s?|fraudsters?|do not|don't|never)\b/i],
    severityIn: (context) => (context.creditorIsPerson ? 'info' : 'error'),
    source: `${FDCPA} §1692e(10), §1692f; FCA CONC 7.11 (misleading payment instructions)`,
  },
];
