import type { WordingRule } from './types.js';

/** Rules for English collection letters (US: FDCPA and Reg F; UK: FCA CONC 7 and the Pre-Action Protocol). */
export const EN_RULES: readonly WordingRule[] = [
  {
    id: 'en-threat-violence',
    severity: 'error',
    patterns: [
      /\b(hurt|harm|kill|beat up|break your \w+)\s+(you|your)\b|\bwatch your back\b|\bwe know where you live\b|\byou(?:'|’)ll regret\b|\bviolence\b/gi,
    ],
    why: 'A threat of violence or harm to a person, their reputation or property is harassment.',
    source: 'FDCPA 15 U.S.C. §1692d(1); FCA CONC 7.9 (threatening behaviour)',
  },
  {
    id: 'en-harassment',
    severity: 'error',
    patterns: [
      /\b(call|phone|ring) you (every day|day and night|repeatedly|until you pay|at work)\b|\b(turn up|show up|come) (at|to) your (home|house|work|workplace|office|door)\b|\bkeep calling\b/gi,
    ],
    why: 'Repeated calls or unannounced visits to home or work meant to annoy or pressure are harassment.',
    source: 'FDCPA 15 U.S.C. §1692d(5), §1692c(a); Reg F 12 CFR §1006.14; FCA CONC 7.9',
  },
  {
    id: 'en-third-party-disclosure',
    severity: 'error',
    patterns: [
      /\b(tell|inform|contact|notify|call|write to|speak to|let) (to )?your (employer|boss|manager|family|relatives|parents|spouse|partner|neighbou?rs|friends|colleagues|co-?workers|contacts)\b|\b(publish|post|share) (your|the) (name|debt|details)\b|\bsocial media\b/gi,
    ],
    why: 'A debt must not be disclosed to third parties (employers, relatives, neighbours, contacts) or made public.',
    source:
      'FDCPA 15 U.S.C. §1692c(b), §1692b; Reg F 12 CFR §1006.6(d); FCA CONC 7.9 (third parties must not become aware of the debt)',
  },
  {
    id: 'en-false-authority',
    severity: 'error',
    patterns: [
      /\b(summons|court order|warrant|bailiffs?|sheriff|marshal|official court notice|government agency|attorney general)\b/gi,
    ],
    why: 'A collection letter must not suggest that it comes from, or is authorised by, a court or government, nor mention enforcement officers as though they are on their way.',
    source: 'FDCPA 15 U.S.C. §1692e(1), (9), (13); FCA CONC 7.11.1, 7.11.2, 7.11.3',
  },
  {
    id: 'en-criminal-threat',
    severity: 'error',
    patterns: [
      /\b(arrest(ed)?|jail|prison|imprison(ed|ment)?|criminal (charges?|prosecution|offen[cs]e|case|action)|the police|prosecut(e|ed|ion))\b/gi,
    ],
    why: 'Non-payment of a debt is not a crime: suggesting arrest, prosecution or police action is false and unlawful.',
    source: 'FDCPA 15 U.S.C. §1692e(4), (7); FCA CONC 7.11.6, 7.11.9',
  },
  {
    id: 'en-seizure-threat',
    severity: 'error',
    patterns: [
      /\b(seize|take|repossess) your (home|house|car|property|belongings|wages)\b|\bgarnish(ment)? (of )?your wages\b|\bwage garnishment\b/gi,
    ],
    why: 'Threatening seizure or garnishment before any judgment, or that cannot lawfully follow, is a false threat.',
    source: 'FDCPA 15 U.S.C. §1692e(4), (5); FCA CONC 7.11.6',
  },
  {
    id: 'en-insult',
    severity: 'error',
    patterns: [/\b(deadbeat|scum|liar|thief|loser|idiot|stupid|worthless|fraudster|crook|cheat)\b/gi],
    why: 'Obscene, profane or abusive language is harassment.',
    source: 'FDCPA 15 U.S.C. §1692d(2); FCA CONC 7.9',
  },
  {
    id: 'en-unlawful-fee',
    severity: 'warning',
    patterns: [/\b(collection|administration|admin|processing|handling|call|visit|letter) (fee|charge)s?\b/gi],
    why: 'A fee may be added only if the agreement or the law allows it; check before asking for it.',
    source: 'FDCPA 15 U.S.C. §1692f(1); FCA CONC 7.7',
  },
  {
    id: 'en-legal-action',
    severity: 'info',
    patterns: [
      /\b(will|shall) (immediately )?(sue|take legal action|issue (court )?proceedings|start (court )?proceedings|commence proceedings|issue a claim)\b/gi,
    ],
    why: 'Say that legal action will follow only if it is lawful and actually intended.',
    source: 'FDCPA 15 U.S.C. §1692e(5); FCA CONC 7.11.6',
  },
];
