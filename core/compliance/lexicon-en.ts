import { enConcept as c } from './concepts.js';

const YOUR = "(?:your|ur|the debtor's|his|her)(?:\\s+(?:whole|entire|own|elderly|new|current))?";

/** English concepts by role (US: FDCPA and Reg F; UK: FCA CONC 7). Phrases are regular-expression fragments. */
export const EN = {
  third: c(
    `${YOUR}\\s+(?:[\\w-]+\\s+)?(?:(?:ex-?)?wife|fianc[ée]e?|next of kin|husband|spouse|partner|girlfriend|boyfriend|parents?|mother|father|mum|mom|dad|family|relatives?|(?:brother|sister|mother|father|son|daughter)s?-in-law|cousins?|aunts?|uncles?|nieces?|nephews?|grandchildren|grand(?:son|daughter)s?|step(?:father|mother|son|daughter|dad|mum|mom)s?|kids?|children|sons?|daughters?|brothers?|sisters?|in-laws|grandparents?|employer|boss|manager|supervisor|hr|human resources|payroll|colleagues?|co-?workers?|workmates?|neighbou?rs?|friends?|mates?|pals?|buddies|teammates?|club|congregation|landlord|church|pastor|school|union (?:reps?|representatives?)|union|references?|referees?|flatmates?|housemates?|roommates?|contacts?|emergency contacts?|team|clients?|customers?)`,
    'whoever (?:answers|picks up|is (?:there|home|in))',
    '(?:the )?employers? of (?:the )?(?:residents|owners|tenants|debtors|customers|borrowers)',
    'anyone (?:who answers )?(?:at|in) your (?:office|home|house|workplace|work)',
    'the referees listed',
    'everyone at (?:your )?(?:work|office|church|school)',
    'the whole (?:street|neighbou?rhood|office|family|village|town|estate|building|block|school|church)',
    '(?:his|her) (?:wife|husband|employer|boss|family)',
    'people you work with',
    'your (?:mum|mom) and dad',
    'your contacts list',
    'your phone contacts',
    'your emergency contact',
    'everyone (?:in|on) your (?:phone ?book|contacts|contact list|address book|phone)',
    "your (?:company's|firm's|employer's|work) (?:\\w+ )?(?:department|team|office|manager)",
    `${YOUR}\\s+(?:parents|family|employer|boss|wife|husband|mother|father|partner|sister|brother)'s? (?:address|house|home|office|workplace)`,
  ),
  tell: c`
told | telling | informed | informing | contacted | contacting | notified | called | calling | rang |
phoned | wrote to | writing to | spoke to | spoken to | speaking to | talked to | emailed | texted |
messaged | visited | tell | inform | contact | notify | call | ring | phone | write to | speak to |
speak with | talk to | talk with | have a word with | have a chat with | let | email | e-mail | text |
message | visit | reach out to | get in touch with | explain | share | send | copy | cc | alert |
warn | remind | ask | asking | asked | be in touch with | in touch with | pass on | left a message with |
leave a message with | is going to | are going to | going to | explain the situation to |
had a word with | had a chat with | been in touch with | sent | copied | forwarded | passed (?:on|along) to |
mentioned (?:[\w']+ ){0,3}to | let | filled in | given | leave (?:the )?(?:details|information|word)(?: of the debt)? with
`,
  hear: c`
hear | know | knows | find out | learn | see | be told | be informed | be hearing | be interested to (?:know|hear|learn)
`,
  guarantor: c`
guarantor | co-?signer | co-?borrower | your (?:attorney|solicitor|lawyer|representative) |
authori[sz]ed representative | executor
`,
  contact: c`
call | calls | calling | ring | phone | text | texts | texting | message | visit | visits | contact |
knock | email | hear from us | hearing from us | ringing | phoning | messaging | visiting | knocking | emailing |
rings | phones | come round | come by
`,
  badTime: c`
every (?:night|hour|day|morning|evening) | at night | all night | late at night |
after (?:9|10|11|nine|ten|eleven)(?:[:.]\d\d)?\s*(?:pm|p\.m\.|at night|o.clock) |
(?:10|11|12|ten|eleven)(?:[:.]\d\d)?\s*(?:pm|p\.m\.) | midnight |
before (?:7|8|seven|eight)(?:[:.]\d\d)?\s*(?:am|a\.m\.|in the morning) |
(?:[3-7]|three|four|five|six|seven)(?:[:.]\d\d)?\s*(?:am|a\.m\.) | around the clock | day and night |
night and day | over and over | again and again | repeatedly | non-?stop |
until you (?:pay|answer|pick up) | dozens of times |
(?:\d+|ten|twenty|several|many) times (?:a|per|each) (?:day|hour|night) | constantly |
every single day | all weekend | on sundays? | during the night | in the middle of the night |
when you are asleep | at all hours | round the clock | without stopping |
keep (?:calling|ringing|texting|coming) | won.t stop | no matter what time |
any time of (?:the )?(?:day|night) | whatever the time | through the night | overnight | daily |
every (?:\w+ )?(?:minutes|hours) | every (?:morning|evening|night|day|weekend)s? | each (?:morning|evening|night|day) |
(?:on )?(?:sunday|saturday)s? (?:mornings?|evenings?|nights?) | at (?:[1-6]|one|two|three|four|five|six)\s*(?:am|a\.m\.) |
(?:and )?(?:the day after|every day after) | until you (?:respond|reply|call back|get back to us) |
all day | all evening | the one after that | one after another | at six in the morning
`,
  stay: c`
wait | waiting | sit | sitting | stand | standing | park | parked | camp | camped | stay | be |
show up | turn up | come | come round | visit | knock | follow | watch | be outside | hang around |
be waiting | be sitting | be parked | expect us | expect to see us | you'll see us | you will see us | attend | call at | call round | turn up at
`,
  place: c(
    `(?:outside|at|on|in|to|by|near|in front of|around) ${YOUR}\\s+(?:home|house|flat|apartment|door|doorstep|front door|work|workplace|office|driveway|street|building|kids'? school|children's school|gym|church|car|gate)`,
    '(?:outside|at) (?:your )?(?:home|work)',
    'on your doorstep',
    `${YOUR}\\s+(?:home|house|flat|workplace|office|doorstep|front door|place of work)(?!\\s+(?:address|phone|number|telephone))`,
    'where you work',
    'where you live',
    `(?:across (?:the street|the road) from|opposite|down the road from) ${YOUR}\\s+(?:place|home|house|flat|building|office|work)`,
    `${YOUR}\\s+place\\b`,
  ),
  until: c`
until | till | 'til | every day | each day | every night | all day | as long as it takes |
day after day | and wait | again and again
`,
  violence: c`
see what happens | what happens to your | would be a shame | it.d be a shame | you.ll be sorry | you will be sorry | last warning before we | we will find you | we.ll find you |
hurt | harm | kill | beat | beat up | punch | smash | burn | break (?:your|his|her) \w+ |
break your legs | something (?:bad )?(?:might|could|will) happen | accidents? happen |
watch your back | watch yourself | be careful | you.ll regret | you will regret |
we know where you live | we know where (?:your )?(?:kids|children) go to school |
we know where you work | pay us a visit you won.t forget | make you suffer | make your life hell |
sort you out | teach you a lesson | come after you | get physical | violence | not be safe |
lucky to walk | shame if something happened
`,
  detain: c`
(?:stay|sit|remain|wait) (?:here|there|in (?:this|that|the) \w+) (?:until|till) | you.re staying (?:here|put) | not going anywhere (?:until|till) |
(?:won't|will not|cannot|can't|don't|do not|aren't|are not|not) (?:be )?(?:leave|leaving|go|going|walk out|get out)(?: of)? (?:this|the|our|here) |
not (?:let|letting) you (?:leave|go) | lock you | keep you here | hold you here | lock the door |
nobody leaves | no one leaves | stay here until | sit here until | locked in
`,
  post: c`
(?<!by )post(?:ed|ing|s)? | publish(?:ed|ing)? | shar(?:e|ed|ing) | put | list(?:ed)? | add(?:ed)? |
nam(?:e|ed) | print(?:ed)? | display(?:ed)? | stick | stuck | pin(?:ned)? | hang | hung |
upload(?:ed)? | advertis(?:e|ed) | broadcast | announc(?:e|ed) | plaster(?:ed)? | shown | show
`,
  publicPlace: c`
in the (?:lift|lobby|elevator|entrance|hallway|corridor|car park|reception|foyer|stairwell) |
on the (?:front )?(?:door|gate|wall|fence) | outside (?:the|your) (?:building|block|office) |
at the (?:entrance|gate)
`,
  debtorsNamed: c`
names? of (?:the )?(?:owners|residents|tenants|debtors|members|customers|households|leaseholders) |
(?:owners|residents|tenants|households) in arrears | who (?:have not|haven.t) paid
`,
  online: c`
online | on facebook | on social media | on twitter | on x | on instagram | on tiktok |
on the internet | on (?:the|our) website | on the noticeboard | on (?:a|the) notice ?board |
in the (?:local )?(?:paper|newspaper) | on nextdoor | in the group chat |
in (?:the|your) whatsapp group |
(?:for|to|across) (?:the|a|our|your) (?:[\w-]+ ){0,2}(?:facebook|whatsapp|instagram|nextdoor|tiktok|twitter|wechat|community|neighbou?rhood) (?:page|group|account|feed|forum) |
in (?:the|a|your|our) (?:[\w-]+ ){0,2}(?:whatsapp|facebook|wechat|telegram|group chat|chat group)(?: group)? |
on linkedin | on your (?:wall|page) | for everyone to see | in (?:our|the) (?:next )?(?:newsletter|bulletin|circular) |
on the (?:[\w-]+ ){0,2}(?:facebook|whatsapp|instagram|nextdoor|tiktok|twitter|wechat) (?:page|group|account|feed)
`,
  shameThing: c`
public (?:defaulters?|debtors?|deadbeats?|non-?payers?) (?:list|register|wall) | wall of shame |
name and shame | hall of shame | shame list | blacklist(?:ed)? | black list | deadbeat list | banner |
posters? | flyers? | leaflets? | placards? | billboard | debtors.? list |
list of (?:debtors|defaulters|deadbeats|non-?payers) | everyone will know | the whole town will know |
your name in lights | expose you
`,
  legalStep: c`
sheriff | bailiffs? | marshals? | (?:take|taken|taking) (?:you )?into custody | enforcement (?:agents?|officers?) | high court enforcement |
police | warrant | lien | garnish(?:ment|ed|ing)? | seize | seized | seizure | repossess(?:ed|ion)? |
freeze your (?:bank )?accounts? | levy | attach(?:ment)? (?:of )?your wages |
take your (?:house|home|car|property|wages|belongings) | evict(?:ed|ion)? | ccj |
county court judg(?:e)?ment | bankrupt(?:cy)? | arrest(?:ed)? | jail | prison | garnish(?:ed|ment)? |
frozen | attached | (?:a )?charge on your (?:home|house|property|flat) | intercept(?:ed)? | bench warrant | licen[cs]e (?:is |will be |has been )?(?:being )?(?:suspended|revoked) | frozen your (?:bank )?accounts? | court officers? | court order | order of the court | enter your (?:property|home|house) | tow(?:ed)? away | clamp(?:ed)? | ruled against you | registered against you
`,
  suitStep: c`
legal action | litigation | sued | served | lawsuit | proceedings | claim | court date | hearing | judg(?:e)?ment | case |
summons
`,
  pastOrSet: c`
has been | have been | already | is set | has issued | have issued | has filed | have filed |
was filed | is scheduled | entered | has commenced | has begun | has started | is underway | are underway |
been commenced | been initiated
`,
  certain: c`
has been | have been | already | is on (?:the|its|their|his|her) way | are on (?:the|its|their) way |
on their way | next week | tomorrow | today | tonight | this week | within \d+ (?:hours|days) |
within (?:24|48|72) hours | are coming | is coming |
will be (?:at|on|outside|round|sent|there|seized|issued|taken) |
will (?:seize|take|garnish|freeze|arrest|levy|repossess|evict) | scheduled | is being issued |
has issued | have issued | has approved | has signed | authori[sz]ed | going to | we'll have |
starting | from (?:monday|tuesday|wednesday|thursday|friday|next week|tomorrow) |
this (?:monday|tuesday|wednesday|thursday|friday|weekend|week|month) | (?:we've|we have)(?= (?:frozen|seized|garnished|taken|repossessed|emptied) your) | will be(?= \w+ed\b) | will be(?= (?:frozen|taken|seen|sold|shut|cut|stopped)\b) | has placed | have placed | will be(?= \w+ing\b) | we have (?:a|an|obtained) | has granted | have obtained | will come |
will visit | will attend | will arrive | immediately |
(?:will|'ll|shall|are going to|are about to) (?:send|instruct|dispatch)(?= (?:the |our |in |round )?(?:bailiffs?|sheriffs?|marshals?|enforcement (?:agents?|officers?)|court officers?)) | pending | will be issued | is being | as we speak | are booked | booked for | have your address | final notice before | before (?:\w+ )?(?:officers|agents|bailiffs|the sheriff|marshals) (?:attend|arrive|visit|come)
`,
  lawfulLegal: c`
if | may | might | could | would | unless | entitled to | intend to |
we will (?:issue|start|commence|file) | apply (?:to|for) | ask the court | the court may |
if the court | after (?:a|the) (?:court )?judg(?:e)?ment | following (?:a )?judg(?:e)?ment |
only (?:a|the) court | court (?:can|could|would) decide | right to | option of | consider |
pre-action | letter before claim | never | not | no | cannot | this is not | is not a | are not |
do not
`,
  crime: c`
fraud | fraudulent | theft | thief | stealing | stole | crime | criminal | arrest(?:ed)? | jail |
prison | police | prosecut(?:e|ed|ion) | criminal charges | press(?:ing)? charges | charged with |
felony | misdemeanou?r | offen[cs]e | cops | locked up | behind bars | handcuffs |
warrant for your arrest | detectives? | dishonest(?:ly|y)? | action fraud | (?:appropriate|relevant|proper) authorities | fbi | economic crimes | cheque fraud | check fraud
`,
  crimeAbout: c`
that's | that is | it's | it is | no intention (?:to|of) (?:re)?pay(?:ing)? | obtaining credit | you | your | you're | this | this is | what you did | not paying | non-?payment | failure to pay |
the debt | a loan | a debt | debts | owing | skipping | avoiding | dodging
`,
  fee: c`
(?:collection|administration|admin|processing|handling|call|visit|field visit|letter|tracing|doorstep|recovery|convenience|late letter|agency|reminder|contingency|pay-to-pay|payment processing|paperwork) (?:fee|charge|cost)s? |
\d+ admin |
(?:our|the agency's|the collector's) (?:\d+% )?(?:fee|commission) | (?:administrative|admin|collection|recovery|processing|handling) surcharge | commission | collection costs? |
extra(?: \w+){0,3} for (?:the hassle|chasing|having to chase|our trouble|the trouble|our time|your trouble|the inconvenience) |
penalty (?:fee|charge)s? | (?<!^)fines? | (?:settlement|closure|paid-in-full|clearance|release) letters?
`,
  charge: c`
add(?:ed)? | apply | applies | charge(?:d)? | payable | will be | owe | must pay | plus | on top | (?:an )?extra [£$€] ?\d+ |
include(?:d)? | incur | levied | due | each time | every time | (?:that|it)(?:'ll| will) be | that's | comes to |
per (?:call|visit|letter|reminder|text) | there is | there's | costs? | for every
`,
  personalAccount: c`
my (?:personal|own|private) (?:account|bank account|card) | personal (?:bank )?account |
private (?:bank )?account | (?:the )?agent's (?:own )?account | venmo | zelle | cash ?app | paypal |
gift cards? | itunes cards? | crypto(?:currency)? | bitcoin | my account | my card | my sort code |
a friend.s account | western union | money ?gram |
my (?:wife|husband|partner|brother|sister|friend|mum|mom|dad|son|daughter)'s (?:account|card|bank account|paypal) |
prepaid (?:vouchers?|cards?|debit cards?) | in the name of (?:mr|mrs|ms|miss|dr)\b | (?:the )?account of (?:our|the|my) (?:[\w-]+ ){0,2}(?:agent|representative|collector|caretaker|manager|officer|employee) | in cash to (?:the|our|my) (?:[\w-]+ ){0,2}(?:caretaker|agent|collector|manager|porter|concierge) | me personally | no receipt | vouchers? | (?:the|voucher|card) codes | steam cards? | google play cards? | revolut | monzo
`,
  pay: c`
pay | paying | send | sending | transfer | transferring | wire | deposit | buy | put | move | lodge |
remit | payment | payments | paid | collect | pop | stick | bung | chuck | drop | purchasing | purchase | buying
`,
  insult: c`
deadbeat | scum | scumbag | liar | thief | loser | idiot | stupid | worthless | fraudster | crook |
cheat | lowlife | low-life | parasite | leech | moron | pathetic | disgrace | bum | freeloader |
sponger | trash | garbage | vermin | bastard | shameless | piece of (?:work|shit|garbage) |
waste of space | bloodsucker | embarrassment to | waste of oxygen | swindler | con ?artist | con ?man | grifter | chancer |
you(?:'re| are) (?:such |an? |a total |an absolute |a complete )?(?:joke|disgrace|embarrassment|nobody|nothing) |
makes? me sick | (?:people|scum|types?) like you (?:make|are|disgust) | you people are |
you(?:'re| are)? (?:\w+ )?(?:feckless|dishonest) | ,? you (?:child|baby|coward|clown|idiot|fool|muppet|sponger|leech)\b
`,
} as const;
