// Question analysis: what kind of answer a plain question wants (a person, a date, a place, an amount…) and what
// it is about (the words to search for, the names it gives, a role it asks after).

type QuestionType =
  'person' | 'date' | 'place' | 'amount' | 'count' | 'duration' | 'definition' | 'yesno' | 'name' | 'open';

export interface Question {
  /** The question as asked (after follow-up resolution). */
  text: string;
  type: QuestionType;
  /** Content words to search for, in order: question words, auxiliaries and fillers left out. */
  focus: string[];
  /** Capitalised runs the question names ("Ishaq Dar", "China-Pakistan Economic Corridor"). */
  names: string[];
  /** "who is X": the name or thing asked about, as written; null otherwise. */
  subject: string | null;
  /** "who is the army chief of Pakistan", "who leads the Taliban": the role words asked after. */
  role: string[] | null;
  /** "how many troops": the noun counted. */
  counted: string | null;
  /** "how big was the bribe paid to…", "what was the value of the deal": the thing whose amount is asked. */
  measured: string | null;
  /** "which film", "what company": the kind of thing whose name is asked, in the singular ("film", "grand slam"). */
  kind: string | null;
  /** The words the question turns on: its verb ("held", "take"), or the role it asks after ("trustee"). */
  key: string[];
}

/** A name and then a verb in -ing, or a clause ending on a preposition: what "who is" asks of is no name. */
function clauseAbout(rest: string): boolean {
  return (
    /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\s+\p{Ll}+ing\b/u.test(rest) ||
    /\s(?:from|to|with|for|by|about|against|at|on)\s*\??$/iu.test(rest)
  );
}

const AUX = 'is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|shall|may|might';
const FILLER = new Set(
  (
    'a an the of in on at to for from by with about into over under and or but as than that this these those it its ' +
    'is are was were be been being did does do done has have had will would can could should shall may might must ' +
    'what which who whom whose when where why how much many long often ever there their they them he she his her him ' +
    'i you we me my our your tell say said says please know anything something someone any some exactly actually ' +
    'dossier bot corpus articles article according happen happened happens'
  ).split(' '),
);

const ROLE_HEADS =
  /\b(president|vice[- ]president|prime minister|minister|secretary[- ]general|secretary|chief|head|leader|commander|director|chair(?:man|woman|person)?|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|king|queen|emir|ceo|chancellor|premier|speaker|general|president-elect|foreign minister|army chief)\b/i;

/** A verb that gives a role, after "who was": "named best actress", "appointed as finance minister". */
const NAMED_AS =
  /^(?:named|appointed|elected|chosen|voted|crowned|made|declared|picked|selected|sworn in)\s+(?:as\s+)?(?:the\s+)?(.+)$/;
/** Where and when a role was given, after it: "at the 2005 Bafta film awards", "in March". */
const ROLE_SETTING = /\s+(?:at|in|on|during|for|by|after|last|this)\s.*$/;

/** Verbs that ask after the holder of a role: "who leads X" is "who is the leader of X". */
const ROLE_VERBS: Record<string, string> = {
  leads: 'leader',
  led: 'leader',
  heads: 'head',
  headed: 'head',
  runs: 'head',
  ran: 'head',
  commands: 'commander',
  commanded: 'commander',
  chairs: 'chairman',
  chaired: 'chairman',
  governs: 'governor',
  rules: 'ruler',
  ruled: 'ruler',
};

/** Capitalised runs, joined across small particles ("Abd el Aziz", "Bank of England"), each ended by a possessive;
 *  sentence-initial words kept. */
export function capitalisedRuns(text: string): string[] {
  const out: string[] = [];
  const re =
    /(?:[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Lu}]{2,})(?:\s+(?:(?:of|the|de|al|el|bin|ibn|van|von|der|la|le|du|da)\s+)?[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu;
  // A possessive ends a name: "Japan's January output" names Japan and a month, "Chelsea's William Gallas" two names.
  for (const m of text.matchAll(re))
    for (const part of m[0].split(/(?<=['’]s)\s+/u)) {
      const run = part.replace(/['’]s$/u, '').replace(/[.’'-]+$/u, '');
      if (run) out.push(run);
    }
  return out;
}

const QUESTION_START = new RegExp(
  `^(?:who|whom|whose|what|which|when|where|why|how|${AUX}|tell|name|list|give)\\b`,
  'i',
);

export function analyse(raw: string): Question {
  const text = raw.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase().replace(/[?!.]+$/u, '');
  const type = questionType(lower);
  // The first word is capitalised because it starts the question, not because it is a name.
  const names = capitalisedRuns(text)
    .map((n, i) => (i === 0 && QUESTION_START.test(n) ? n.split(/\s+/).slice(1).join(' ') : n))
    .filter((n) => n && !QUESTION_START.test(n) && !/^(?:I|Dossier)$/.test(n));
  let subject: string | null = null;
  let role: string[] | null = null;
  const who = /^(?:who|what)(?:'s| is| was| are| were)\s+(.+)$/i.exec(lower);
  const tellAbout = /^(?:tell me about|who is|what about|describe)\s+(.+)$/i.exec(lower);
  // "Who was named best actress at the Baftas?", "who was appointed finance minister": the role given.
  const given = type === 'person' && who ? NAMED_AS.exec(who[1]!.trim()) : null;
  if (given) role = words(given[1]!.replace(ROLE_SETTING, ''));
  // "Who is Sanwa buying the shares from?", "who is Smith meeting?": a clause about the name, no "who is X".
  else if (type === 'person' && who && !clauseAbout(originalCase(text, who[1]!.trim()))) {
    const rest = who[1]!.trim();
    if (/^(?:the|a|an)\s/.test(rest) || ROLE_HEADS.test(rest)) role = words(rest);
    // "who is General Asim Munir" names a person and a role: the directory decides which it is.
    if (!/^(?:the|a|an)\s/.test(rest)) subject = originalCase(text, rest);
  } else if (type === 'person' && /^who\s+(\w+)\s+(.+)$/i.test(lower)) {
    const [, verb, rest] = /^who\s+(\w+)\s+(.+)$/i.exec(lower)!;
    if (ROLE_VERBS[verb!]) role = [ROLE_VERBS[verb!]!, ...words(rest!)];
  } else if (tellAbout && type !== 'definition') subject = originalCase(text, tellAbout[1]!);
  if (type === 'definition') {
    const d = /^what(?:'s| is| are| was| were| does)\s+(?:the\s+|an?\s+)?(.+?)(?:\s+stand for|\s+mean)?$/i.exec(lower);
    if (d) subject = originalCase(text, d[1]!);
  }
  const counted = type === 'count' ? countedNoun(lower) : null;
  const measured = type === 'amount' ? measuredNoun(text) : null;
  // "take place", "come about": idioms that say only that something happened.
  // "set up" is "established": its two words alone are met by any "set" ("a new date has not been set").
  const content = lower
    .replace(/\b(?:take|took|taken|takes|taking) place\b|\bcome about\b|\bcame about\b/g, ' ')
    .replace(/\bset up\b/g, 'established');
  return {
    text,
    type,
    focus: words(content),
    names,
    subject,
    role,
    counted,
    measured,
    kind: type === 'name' ? namedClass(lower) : null,
    // "What's the deadline for ...": the date asked is the deadline's, a word the answer's sentence holds.
    key: [...keyWords(text, content, role), ...(DATE_NOUN.exec(lower)?.slice(1, 2) ?? [])],
  };
}

/** "What's the deadline", "what is the release date": a date asked by the noun that names it. */
const DATE_NOUN =
  /^what(?:'s| is| was| will be) the (deadline|date|due date|closing date|opening date|start date|release date|expiry date)\b/;

/**
 * "Which film ...", "what company ...", "which Grand Slam ...": a thing known by its name is asked, which the answer
 * gives capitalised ("Eucalyptus", "Siemens", "the French Open").
 */
const NAMED_THING =
  /^(?:(?:in|at|for|from|with|by|on|to)\s)?(?:which|what)\s(?:[a-z-]+\s)?(?:films?|movies?|songs?|albums?|bands?|shows?|programmes?|series|books?|novels?|plays?|teams?|clubs?|sides?|compan(?:y|ies)|firms?|banks?|tournaments?|grand slams?|events?|competitions?|awards?|prizes?|brands?|products?|newspapers?|magazines?|channels?|networks?|airlines?|units?|subsidiar(?:y|ies)|drugs?|games?|studios?|labels?|consoles?|handsets?|websites?|seats?|constituenc(?:y|ies))\b/;

/** A match's result asked: "what was the score", "by what score", "what was Newcastle's aggregate score". */
export const SCORE_ASKED =
  /^(?:by )?what (?:(?:is|was) )?(?:the |[\p{L}\p{N}.'’ -]{1,40}?['’]s? )?(?:(?:final|aggregate|overall|half-time|full-time) )?score\b/iu;

/** The kind of thing a "which film / what company" question asks ("film", "grand slam"), in the singular; else null. */
function namedClass(question: string): string | null {
  const m = NAMED_THING.exec(question.toLowerCase().replace(/\s+/g, ' '));
  if (!m) return null;
  const noun = m[0]
    .split(/\s(?:which|what)\s/)
    .pop()!
    .replace(/^(?:which|what)\s/, '')
    .split(' ');
  return noun
    .slice(noun.at(-2) === 'grand' ? -2 : -1)
    .join(' ')
    .replace(/(?:ies)$/, 'y')
    .replace(/(?<![s])s$/, '');
}

function questionType(q: string): QuestionType {
  if (
    /^(?:who|whom|whose)\b/.test(q) ||
    /^(?:which|what)\s+(?:person|official|leader|minister|man|woman|general|commander)\b/.test(q)
  )
    return 'person';
  if (
    /^when\b|^(?:on |in |by )?(?:what|which)\s+(?:date|day|year|month|time)\b|^(?:since|by|until|till) when\b|^how long ago\b/.test(
      q,
    ) ||
    DATE_NOUN.test(q)
  )
    return 'date';
  if (
    /^where\b|^(?:in |to |from )?(?:what|which)\s+(?:city|country|town|province|region|place|village|capital|state)\b/.test(
      q,
    )
  )
    return 'place';
  if (/^how long\b(?! ago)|^for how long\b|^how old\b/.test(q)) return 'duration';
  if (NAMED_THING.test(q)) return 'name';
  // "what did the dollar close at", "what was the attendance": a level or a tally, a number without a unit.
  if (
    /^how many\b|^what (?:is |was )?the number of\b|^what (?:is|was) the (?:attendance|turnout|toll|death toll)\b/.test(
      q,
    ) ||
    SCORE_ASKED.test(q) ||
    /^what did .+ (?:close|open|end|finish|settle|trade|stand) at\b/.test(q)
  )
    return 'count';
  if (
    /^(?:by )?how (?:much|big|large|high|low|expensive|costly|far|fast|tall|deep|heavy|wide)\b|^(?:at |to )?what level\b|^what (?:is|was|are|were) the (?:value|cost|price|worth|amount|budget|size|level)\b|\bworth\b.*\?*$|^what did .* cost\b|^what (?:[a-z]+ ){0,2}(?:price|prices|cost|value) (?:does|do|did|will|would|is|was|are|were)\b/.test(
      q,
    ) &&
    !/^(?:who|when|where)\b/.test(q)
  )
    return 'amount';
  if (
    /^what(?:'s| is| are| was| were)\s+(?:the\s+|an?\s+)?[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,3}$/u.test(q) ||
    /^what does .+ (?:stand for|mean)$/.test(q)
  )
    return 'definition';
  if (new RegExp(`^(?:${AUX})\\b`).test(q)) return 'yesno';
  return 'open';
}

/** Words that end the counted phrase, and the measured one: a verb or a preposition after its head. */
const COUNTED_ENDS = new RegExp(`^(?:${AUX}|of|for|in|on|at|to|from|by|with|that|who|which|did|have|has)$`);
const MEASURED_ENDS = new RegExp(
  `^(?:${AUX}|of|for|in|on|at|to|from|by|with|that|which|who|when|after|before|over)$`,
  'i',
);

/** "how many new applications for benefits were filed": the head of the counted phrase ("applications"). */
function countedNoun(q: string): string | null {
  const after = /how many\s+(.+)$/.exec(q)?.[1] ?? /the number of\s+(.+)$/.exec(q)?.[1];
  if (!after) return null;
  const phrase: string[] = [];
  for (const w of after.split(/\s+/)) {
    if (COUNTED_ENDS.test(w)) break;
    phrase.push(w.replace(/[^\p{L}-]/gu, ''));
  }
  return phrase.filter(Boolean).pop() ?? null;
}

/**
 * "How big was the bribe paid to the official", "how much is the annual budget deficit", "what was the value of
 * the deal", "how big a stake does X hold": the head of the phrase whose amount is asked, up to a verb, a preposition
 * or a name after it.
 */
function measuredNoun(text: string): string | null {
  const q = text.replace(/[?!.]+$/u, '');
  const phrase =
    /^how (?:much|big|large|high|low|expensive|costly) (?:is|was|are|were|will be|would be|has been|had been) (.+)$/i.exec(
      q,
    )?.[1] ??
    /^what (?:is|was|are|were) the (?:value|cost|price|worth|amount|size) of (.+)$/i.exec(q)?.[1] ??
    // "How big a stake does France hold in Airbus?"
    /^how (?:much|big|large|high|expensive|costly) (?:a|an) (.+?) (?:does|do|did|will|would|is|was|are|were|has|have|had|can|could)\b/i.exec(
      q,
    )?.[1];
  if (!phrase) return null;
  const head: string[] = [];
  for (const w of phrase.split(/\s+/)) {
    const word = w.replace(/[^\p{L}-]/gu, '');
    if (head.length === 0 && /^(?:the|a|an|this|that|these|those|his|her|its|their|our|your)$/i.test(word)) continue;
    if (
      !word ||
      /^\p{Lu}/u.test(word) ||
      MEASURED_ENDS.test(word) ||
      /^\p{Ll}{3,}ed$/u.test(word) ||
      IRREGULAR.has(word)
    )
      break;
    head.push(word.toLowerCase());
  }
  return head.pop() ?? null;
}

const IRREGULAR = new Set(
  (
    'held taken took made paid sold bought won lost led met told built fought seen given known shot struck hit set cut put run ran ' +
    'begun began sent spent left brought kept found chosen written wrote driven fallen fell risen rose grown grew thrown stolen ' +
    'broken broke hidden beaten sworn shaken signed flew flown fled sank sunk swore bore born'
  ).split(' '),
);

/** The question's verb (after its auxiliary and any names: "did Meet The Fockers take"), else the role it names. */
function keyWords(text: string, lower: string, role: string[] | null): string[] {
  const out = new Set<string>();
  // (A name may hold small words: "does Revenge of the Sith open".)
  const afterAux = new RegExp(
    `\\b(?:${AUX})\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:(?:of|the|and|for|de|du|la|in|on)\\s+)+(?=\\p{Lu}))?)*(\\p{Ll}[\\p{L}-]+)`,
    'gu',
  );
  for (const m of text.matchAll(afterAux)) if (!FILLER.has(m[1]!) && !/^(?:the|a|an|not)$/.test(m[1]!)) out.add(m[1]!);
  // "Who directed…", "was the suspect held…": past forms, regular or among the common irregular ones.
  for (const w of lower.split(/[^\p{L}-]+/u).slice(1))
    if ((/^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR.has(w)) && !FILLER.has(w)) out.add(w);
  if (role?.length) out.add(role[0]!);
  return [...out].filter((w) => lower.includes(w));
}

/** Content words of a question, lower case, fillers dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’.$%-]+/u)
    .map((w) => w.replace(/^['’.-]+|['’.-]+$/gu, '').replace(/['’]s$/u, ''))
    .filter((w) => w && !FILLER.has(w));
}

/** The words of `part` (found lower-cased in the question) as the question wrote them. */
function originalCase(text: string, part: string): string {
  const at = text.toLowerCase().indexOf(part);
  return (at >= 0 ? text.slice(at, at + part.length) : part).replace(/[?!.]+$/u, '').trim();
}
