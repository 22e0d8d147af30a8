// Finds the people an article names, with the roles the text gives them: the learned tagger (tagger.ts) says
// which words are a person's name; titles before them and role phrases around them give the roles.
import type { Document } from '../types.js';
import { DATELINE, escapeRegExp, fold, isStopword, passageSentences } from '../text.js';
import {
  FOREIGN_ROLE_MODIFIERS,
  FOREIGN_ROLE_NOUNS,
  GERMAN_ROLE,
  HONORIFICS,
  NOT_PERSON,
  PARTICLES,
  RANKS,
  ROLE_NOUNS,
  OCCUPATION_NOUNS,
  LEGISLATOR_INITIALS,
  TITLE_WORDS,
  OFFICE_TITLES,
  knownNotPerson,
  lexiconPersonNoun,
  lexiconNameOrUnknown,
  lexiconOrganisation,
  lexiconTags,
  knownPlace,
  lexiconEntry,
} from './lexicon.js';
import { editDistance } from '../search/excerpt.js';
import { findDates } from '../dates/expressions.js';
import { inCredit } from '../ingest/credits.js';
import { otherScriptNames } from './scripts.js';
import { isFamilyFirst } from './family-first.js';
import { bareNickname, type InlineNickname, takeInlineNicknames, toldNickname } from './nicknames.js';
import { kinNames } from './kin.js';
import type { Mention } from './mention.js';
import {
  companyRunEnd,
  companyShortName,
  endsAsCompany,
  insideAngles,
  shortNameEnd,
  tailOfLinkedName,
  tickerAfter,
} from './companies.js';
import {
  groupPossessive,
  isWorkTail,
  orgByWhatFollows,
  pluralSubjects,
  copularThings,
  pluralVerbAfter,
  quotedAlone,
  runStart,
  inWorkList,
  thingApposition,
  workNounAfter,
  workNounBefore,
} from './works.js';
import { leadRole } from './lead-role.js';
import {
  ORG_WORDS,
  docContext,
  given,
  personModel,
  personSpans,
  tagSentence,
  tagTokens,
  type DocContext,
  type TagToken,
  type TaggedSpan,
} from './tagger.js';

export type { Mention } from './mention.js';

/** A name the sentence writes as an organisation's or a place's: kept, flagged, never a person (build.ts counts it). */
function orgMention(name: string, passage: number, sentence: string): Mention {
  return { name, full: true, roles: [], affiliation: null, passage, sentence, evidence: false, org: true };
}

/** Another name of the person the mention before it names (a nickname, a stage name, a native spelling): an alias. */
function nicknameMention(name: string, passage: number, sentence: string): Mention {
  return { name, full: false, roles: [], affiliation: null, passage, sentence, evidence: false, nickname: true };
}

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

// (A figure with thousands is one word: "Olympic 10,000m champion".)
const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+\p{L}*|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’]|-(?!-))*/gu;
const lower = (s: string) => s.toLowerCase().replace(/\.$/, '');

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    let text = m[0].replace(/[-'’]+$/u, '');
    const possessive = /['’]s$/u.test(text);
    if (possessive) text = text.slice(0, -2);
    out.push({
      text,
      start: m.index!,
      end: m.index! + m[0].length,
      cap: /^\p{Lu}/u.test(text),
      possessive,
    });
  }
  return out;
}

const gap = (s: string, a: Token, b: Token) => s.slice(a.end, b.start);
const joins = (g: string) => /^\.?\s+$/u.test(g) && !/\n/.test(g);
/** "Mr.", "S." and "U.S." may stand before the next word of a name; other full stops end it. */
const dotOk = (t: Token, g: string) => !g.startsWith('.') || t.text.length <= 3;

const normalised = new Map<string, string>();

/** A name as a key: folded, hyphens and dots to spaces, apostrophes dropped. Names repeat, so answers are kept. */
export function normaliseName(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) {
    // The Arabic article is written "al-", "Al ", "el-" or glued ("AlBurhan"): a name's key leaves it out, but
    // for a name's first word written apart ("Al Gore").
    const unarticled = name.replace(
      /(?<=\S\s+)(?:[Aa]l|[Ee]l)[-\s](?=\p{L}{3})|(?<![\p{L}-])(?:[Aa]l|[Ee]l)-(?=\p{L}{3})|(?<![\p{L}-])Al(?=\p{Lu}\p{Ll}{2})/gu,
      '',
    );
    key = fold(unarticled).replace(/[-.]/g, ' ').replace(/['’]/g, '').replace(/\s+/g, ' ').trim();
    if (normalised.size > 200_000) normalised.clear();
    normalised.set(name, key);
  }
  return key;
}

const LEAD_WORDS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'however',
  'when',
  'while',
  'after',
  'before',
  'as',
  'if',
  'since',
  'during',
  'according',
  'meanwhile',
  'new',
  'then',
  'also',
  'both',
  'former',
  'late',
]);

function apposition(text: string, opening = false): string | null {
  // "the youngest president in U.S. history": an acronym's dots end no phrase.
  const after = maskAcronyms(text);
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;()“”"]{3,120}?)(?=,|\.|;|\(|$| said| says| told)/u.exec(after);
  // "... proposed by Nakasone, one official said": the phrase says who speaks, it is no apposition; but a name
  // opening its sentence is who speaks ("Anais Faraj, an analyst at Nomura told the BBC").
  if (!m || (!opening && /^\s(?:said|says|told)/u.test(after.slice(m[0].length)))) return null;
  const phrase = unmaskAcronyms(m[1]!.trim());
  const words = phrase.split(/\s+/);
  // "X, whose appointment as White House chief of staff won praise": the office the appointment gives.
  const appointed =
    /^whose\s+(?:appointment|nomination|election|selection|promotion)\s+as\s+(?:the\s+|a\s+|an\s+)?/iu.exec(phrase);
  if (appointed) {
    // The clause's own verb ends the office: "… as White House chief of staff won bipartisan praise".
    const rest = phrase.slice(appointed[0].length).split(/\s+/);
    const verb = rest.findIndex((w, i) => i > 0 && (FINITE.has(w) || CLAUSE_VERBS.test(w)));
    return rolePhrase((verb < 0 ? rest : rest.slice(0, verb)).join(' '));
  }
  if (
    words.length > 14 ||
    /^(?:who|whose|whom|which|that|said|says|told|and|but|while|as|in|on|at|to|he|she|they|it)\b/iu.test(phrase) ||
    participleClause(words) ||
    // "Gordon Brown, chancellor under Mr Blair, became Britain's longest-serving chancellor": after a name that
    // closes another's apposition, a verb goes on with the sentence, it opens no role of that name.
    // ("retired four-star general" stays a role: a verb in -ed opens a clause only before its object.)
    (CLAUSE_VERBS.test(words[0]!) &&
      !isRoleNoun(words[0]!) &&
      (!/ed$/u.test(words[0]!) || /^(?:the|a|an|his|her|their|its)$/iu.test(words[1] ?? '')))
  )
    return null;
  // "Marat Safin, the player he beat in last year's final": a clause with its own subject closes the role.
  const subject = words.findIndex((w, i) => i > 0 && /^(?:he|she|they|we|i|you)$/iu.test(w));
  if (subject > 0) {
    // "captain of Chelsea as they push for the title": the word that ties the clause on goes with it.
    let end = subject;
    while (end > 1 && lexiconTags(lower(words[end - 1]!)).closed) end--;
    return apposition(`, ${words.slice(0, end).join(' ')}`);
  }
  const noun = words.slice(0, 7).findIndex((w) => isRoleNoun(w.replace(/[^\p{L}-]/gu, '')));
  // "Martyn Williams, flanker showed his nous": a verb in the past with its object after the role noun goes on
  // with the sentence; the role ends before it.
  const verb = words.findIndex(
    (w, i) =>
      i > noun && noun >= 0 && CLAUSE_VERBS.test(w) && /^(?:his|her|their|its|the|a|an)$/iu.test(words[i + 1] ?? ''),
  );
  // "European boss of Workshare which commissioned the research", "senior KGB officer who became a spy": a relative
  // clause says what the holder did, the role ends before it.
  const relative = words.findIndex((w, i) => i > noun && noun >= 0 && /^(?:which|who|whom|whose|that)$/iu.test(w));
  const cut = [verb, relative].filter((k) => k > 0).sort((a, b) => a - b)[0];
  if (cut !== undefined) return apposition(`, ${words.slice(0, cut).join(' ')}`);
  // "X, leader of a coalition government is widely assumed to be …": a clause, not a role; "X, a consummate
  // politician": a judgement.
  if (noun < 0 || words.some((w) => FINITE.has(w)) || words.slice(0, noun).some((w) => JUDGEMENT.has(lower(w))))
    return null;
  return phrase;
}

/**
 * Whether only a dateline, a quotation mark or a bracket stands before a position in its sentence, or a quotation
 * the name attributes ("'They should seize the moment,' Mr Prettejohn, Lloyd's chief executive said"); a courtesy
 * title may stand before the name.
 */
function opensSentence(s: string, at: number): boolean {
  const before = s.slice(0, at).replace(/(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/u, '');
  return /^[\s"“‘'(]*$/u.test(before.replace(DATELINE, '')) || /[,!?]\s*["”’']\s*$/u.test(before);
}

/** Dotted acronyms ("U.S.", "U.N.") with their dots swapped for a look-alike no pattern stops at, and back. */
const ACRONYM_DOT = '\u2024';
const maskAcronyms = (s: string) =>
  s.includes('.') ? s.replace(/\b(?:\p{Lu}\.){2,}/gu, (a) => a.replaceAll('.', ACRONYM_DOT)) : s;
const unmaskAcronyms = (s: string) => (s.includes(ACRONYM_DOT) ? s.replaceAll(ACRONYM_DOT, '.') : s);

/** Adverbs that may open a participle clause: "first appointed in 1979", "recently named to". */
const CLAUSE_ADVERBS = new Set('first recently newly later also once then since still now just'.split(' '));

/**
 * Whether an apposition is a participle clause rather than a role: "first appointed in 1979 by President Carter",
 * "seeking to become the youngest president", "resigned and its president …": a verb in -ed or -ing (after an
 * adverb or none) with a preposition or a conjunction after it. "retired four-star general" stays a role.
 */
function participleClause(words: string[]): boolean {
  let i = 0;
  while (i < words.length - 1 && CLAUSE_ADVERBS.has(lower(words[i]!))) i++;
  const verb = words[i];
  const next = words[i + 1];
  return (
    verb !== undefined &&
    next !== undefined &&
    /^\p{Ll}{3,}(?:ed|ing)$/u.test(verb) &&
    !isRoleNoun(verb) &&
    /^(?:in|on|at|by|to|for|from|with|and|or|as|after|before|since|until|into|over|under)$/u.test(next)
  );
}

/** Finite verbs: an apposition holding one has run into a clause. */
const FINITE = new Set('is was are were has have had will would'.split(' '));
/** A verb in the past: a regular one, or one of the common irregular ones news uses. */
const CLAUSE_VERBS =
  /^(?:\p{Ll}{2,}ed|won|drew|met|came|went|made|got|took|gave|brought|began|became|left|led|lost|saw|held|put|set|sent)$/u;

/**
 * An apposition that runs into the next person of a list is cut before that person's title: "James Baker, West
 * German Finance Minister Gerhard Stoltenberg and ..." gives Baker no role, "Ali Musa, finance minister, and
 * Central Bank Governor Omar Said" gives Ali Musa "finance minister" only. `others`: where other names start.
 */
const TIE_WORDS = new Set(
  'a an the to of for with at in on by from under over who whose whom which that his her their its and or as than said says told met'.split(
    ' ',
  ),
);

function listItemCut(app: string | null, s: string, nameEnd: number, others: number[]): string | null {
  if (!app) return null;
  const at = s.indexOf(app, nameEnd);
  if (at < 0) return app;
  const next = others.filter((o) => o >= at && o < at + app.length).sort((x, y) => x - y)[0];
  if (next === undefined) return titledNameOpens(app) ? null : app;
  // "Donald Regan, President Reagan's former chief of staff": the other name owns the role, which is this one's.
  if (/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s/u.test(s.slice(next))) return app;
  // The words between the apposition's start and the other name: capitalised words only are that name's title.
  const before = s.slice(at, next);
  const words = before.trim().split(/\s+/).filter(Boolean);
  const capital = (w: string) => /^(?:\p{Lu}|\d)/u.test(w) || PARTICLES.has(w);
  // Title words in lower case too ("trade envoy Clayton Yeutter"), but no small word that would tie the other
  // name into this role ("a former aide to President Ronald Reagan").
  if (words.every((w) => capital(w) || !TIE_WORDS.has(w.toLowerCase()))) return null;
  // "White House Chief of Staff Howard Baker and ...": a capitalised title with "of" or "the" inside it.
  if (capital(words[0] ?? '') && words.every((w) => capital(w) || /^(?:of|the|for)$/u.test(w))) return null;
  // "finance minister and Central Bank Governor": the role is what stands before the conjunction.
  const conj = /^(.*\S)\s*,?\s+(?:and|or|as well as|with|plus)\s+((?:\S+\s+)*?)$/u.exec(before);
  if (conj && conj[2]!.trim().split(/\s+/).filter(Boolean).every(capital))
    return conj[1]!.replace(/,$/u, '').trim() || null;
  return app;
}

/**
 * Whether a text opens with a capitalised title and a name after it, a given name and a surname ("White House
 * Chief of Staff Howard Baker and ..."): the next item of a list, another person, whom the tagger did not mark.
 */
function titledNameOpens(text: string): boolean {
  const words = text.split(/\s+/u);
  let title = false;
  for (let i = 0; i + 1 < words.length && i < 8; i++) {
    const w = words[i]!;
    if (title && lexiconTags(w).first && /^\p{Lu}\p{Ll}/u.test(words[i + 1]!)) return true;
    if (isTitleWord(w) && /^\p{Lu}/u.test(w)) title = true;
    else if (!/^\p{Lu}/u.test(w) && !/^(?:of|the|for)$/u.test(w)) return false;
  }
  return false;
}

/** Where a role phrase ends: punctuation, or a word that starts what the sentence says next. */
const ROLE_END =
  /[,.;:()"“”]|\s(?:on|in|at|last|this|next|by|after|following|since|until|when|while|and|but|who|to|from|earlier|later|yesterday|today|with|for|amid|despite)\b/u;

/** Words no role opens with: a verb or a preposition ("nominated for best actress", "will win best actor"). */
const NOT_A_ROLE_START =
  /^(?:for|to|will|would|shall|should|can|could|may|might|must|be|is|was|are|were|has|had|have|not|win|won|take|took|get|got)$/iu;

/** A role phrase at the start of a text, up to ROLE_END, when one of its first words is a role noun. */
function rolePhrase(raw: string): string | null {
  const text = maskAcronyms(raw);
  const stop = ROLE_END.exec(text);
  const phrase = unmaskAcronyms((stop ? text.slice(0, stop.index) : text).trim());
  // "of ORG" stays with the role ("prime minister of Sudan", "chief executive of Cemex"): ROLE_END has no "of".
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || NOT_A_ROLE_START.test(words[0]!)) return null;
  return words.slice(0, 6).some(isRoleNoun) ? phrase : null;
}

/**
 * A role given by an appointment: "<name> was sworn in as prime minister", "appointed <name> as prime minister",
 * "named <name> chief executive of <org>", "<name>, who was elected president in 2005".
 */
function appointment(before: string, after: string): string | null {
  const verb =
    '(?:sworn in|appointed|named|elected|re-elected|nominated|installed|confirmed|designated|chosen|promoted)';
  const passive = new RegExp(
    `^(?:,\\s+who)?\\s+(?:(?:was|has been|had been|is|will be|would be|were)\\s+)?(?:(?:formally|officially|later|newly|unanimously)\\s+)?${verb}\\s+(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:new\\s+)?`,
    'iu',
  ).exec(after);
  // "Reagan nominated economist Alan Greenspan": without "was" or a comma, the name is who appoints.
  if (passive && (/^,|^\s+(?:was|has|had|is|will|would|were)\b/iu.test(passive[0]) || /\bas\s/iu.test(passive[0])))
    return rolePhrase(after.slice(passive[0].length));
  if (new RegExp(`\\b${verb}\\s+$`, 'iu').test(before) && !/\b(?:was|were|is|be|been)\s+\S+\s+$/iu.test(before)) {
    const m = /^,?\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?/iu.exec(after);
    if (m) return rolePhrase(after.slice(m[0].length));
  }
  return null;
}

/**
 * A role written before the name and a comma: "Sudan's chargé d'affaires in Cairo, Ahmed Ali, said", "The
 * army's spokesman, Nabil Abdallah". From the sentence start, past a wire dateline ("CAIRO, May 14 -"), with a role
 * noun and no verb before the comma.
 */
function leadingApposition(before: string): string | null {
  // "As a solicitor, Elfyn Llwyd represented", "But now, as MP for Merionnydd and Plaid Cymru's leader, Mr Llwyd":
  // the role the name acts in.
  const as = AS_ROLE.exec(before);
  if (as) {
    // (Up to what says when: "as foreign secretary in the early 1970s".)
    const words = as[1]!.replace(TIME_TAIL, '').trim().split(/\s+/);
    const clause = words.some((w) => /^\p{Ll}+$/u.test(w) && /(?:ed|es|ing)$/u.test(w) && !isRoleNoun(w));
    return !clause && words.length <= 12 && words.slice(0, 6).some((w) => isRoleNoun(w.replace(/['’]s$/u, '')))
      ? words.join(' ')
      : null;
  }
  const m =
    /^(?:the\s+|a\s+|an\s+)?([^,;:()"“”]{3,90}),\s*$/iu.exec(before.replace(DATELINE, '').trimStart()) ??
    // "..., its ambassador to Kuwait, Ernest Zverev, told": a clause's last part, opened by an owner's word.
    /,\s+(?:its|his|her|their)\s+([^,;:()"“”]{3,80}),\s*$/u.exec(before);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const words = phrase.split(/\s+/);
  if (
    words.length > 10 ||
    /ing$/iu.test(words[0]!) ||
    /^(?:in|on|at|for|from|with|after|before|since|during|according|as|when|while|if|but|and|speaking|asked|like|unlike|by|to)$/iu.test(
      words[0]!,
    )
  )
    return null;
  // Words in lower case other than role nouns and small words would be a clause, not a role; so would a copula, whose
  // role is its subject's ("Diana Rigg was best actress for X, Dame Judi Dench"), and a list ("brands such as Dairy
  // Milk, Dr Pepper"). "The support of the Mayor of London, Ken Livingstone" is a role after "has".
  if (words.some((w) => /^\p{Ll}+$/u.test(w) && /(?:ed|es)$/u.test(w) && !isRoleNoun(w))) return null;
  if (words.some((w, i) => COPULA.test(w) || (w === 'as' && words[i - 1] === 'such') || w === 'including')) return null;
  const at = words.findIndex((w) => isRoleNoun(w.replace(/['’]s$/u, '')));
  if (at < 0) return null;
  // "His comments come as the co-chairman of the party, Liam Fox": the role is the noun phrase its noun heads, from
  // the article, the preposition or the verb before it ("the support of the Mayor of London, Ken Livingstone").
  let from = at;
  while (from > 0 && !roleOpensAfter(words[from - 1]!)) from--;
  // (Up to what says when: "Named home secretary after the 2001 election, Mr Blunkett", "director since 1984".)
  return words.slice(from).join(' ').replace(TIME_TAIL, '');
}

const COPULA = /^(?:is|was|are|were)$/u;
/** What says when a role was held, after it: "since 1984", "after the election", "in the early 1970s"; not "in Cairo". */
const TIME_TAIL =
  /\s(?:(?:since|after|before|during|until|when|while)\s|in\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d|last\b|this\b|next\b)).*$/u;

/** "As (a|the) ROLE, " just before a name, opening the sentence or a clause: not "as well as", "as usual". */
const AS_ROLE =
  /(?:^|[,;]\s*|\b(?:but|and|now)\s+)as\s+(?!(?:well|much|soon|long|far|usual|such|part|one|many|few|expected|a result)\b)(?:a\s+|an\s+|the\s+)?([^,;:()"“”]{2,100}),\s*$/iu;

/** Whether a word before a role noun ends what stands before the role: an article, a preposition, a verb. */
function roleOpensAfter(word: string): boolean {
  const w = lower(word);
  if (FORMER_WORD.test(w) || MODIFIERS.has(w) || /['’]s$/u.test(w)) return false;
  return lexiconTags(w).closed || FINITE.has(w) || CLAUSE_VERBS.test(w) || PRONOUN_WORDS.has(w);
}
const PRONOUN_WORDS = new Set('i we you they he she it his her their its our my'.split(' '));

/**
 * A role with the capitalised words just before it when they name the body the role is of ("Army chief", "RSF
 * commander", "Kremlin spokesman"); as it is when they name a people or a place, which say whose the role is
 * ("Chinese", "England"). A sentence's first word is capitalised for opening it: one the article writes in lower case
 * elsewhere is a common word ("Finance minister" is a finance minister), and a closed-class word is none of the role
 * ("Another actress", "Despite …").
 */
function withBody(body: string, role: string, sentence: string, nameAt: number, lowerWords: Set<string>): string {
  const words = body.split(/\s+/);
  // "former Chelsea striker": the body stands after "former".
  const held = /^former\s+/u.exec(role)?.[0] ?? '';
  const whose = (w: string) => lexiconTags(w).place || lexiconTags(w).demonym;
  // A place of several words says whose the role is as one of a word does: "Hong Kong director". A place inside a
  // longer name does not ("Little Britain star": the show's).
  if (
    words.some((w) => (words.length === 1 && whose(w)) || lexiconTags(w).first || groupWord(w)) ||
    (words.length > 1 && whose(body))
  )
    return role;
  // Only a whole run of capitals: the tail of a longer one ("New Zealand", "Downing Street") or a person's name
  // ("Mr Ebbers") is no body.
  let at = -1;
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(body)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of sentence.slice(0, nameAt).matchAll(whole)) at = m.index;
  const before = /(\p{Lu}[\p{L}.&'’-]*)\s+$/u.exec(sentence.slice(0, Math.max(0, at)))?.[1];
  const glued = at > 0 && !/[\s"“‘'(]/u.test(sentence[at - 1]!);
  // A company's suffix alone is the tail of its name ("Stotler and Co analyst").
  const suffix = words.length === 1 && COMPANY_SUFFIX.test(words[0]!);
  // ("Industrial Bank of Japan Ltd senior economist": the tail after "of" of a longer name is none either.)
  // (A verb in -ing opening the sentence is none: "Welcoming Soviet leader X's offer".)
  const openingGerund =
    !!before && verbOpeningBody(before, words[0]!) && opensSentence(sentence, at - before.length - 1);
  const capitalBefore =
    (before && !lexiconTags(lower(before)).closed && !FORMER_WORD.test(before) && !openingGerund) ||
    /\p{Lu}[\p{L}.&'’-]*\s+(?:of|de|du|des|di|del)\s+$/u.test(sentence.slice(0, Math.max(0, at)));
  if (at < 0 || glued || suffix || capitalBefore || COURTESY.test(words[0]!)) return role;
  // Opening the sentence (past a dateline, a quote or a bracket), its capital may be the sentence's own.
  const opens = opensSentence(sentence, at);
  if (opens && !/^\p{Lu}{2,}$/u.test(words[0]!)) {
    const first = lower(words[0]!);
    if (lexiconTags(first).closed)
      return words.length > 1 ? `${held}${words.slice(1).join(' ')} ${role.slice(held.length)}` : role;
    if (words.length === 1 && lowerWords.has(first)) words[0] = first;
  }
  return `${held}${words.join(' ')} ${role.slice(held.length)}`;
}

/**
 * Whether a capitalised word before a body's name is a verb in -ing, not part of it ("Welcoming Soviet leader"), the
 * word after it naming no body or place ("Downing Street").
 */
function verbOpeningBody(word: string, next: string): boolean {
  return lexiconTags(word).gerund && !NOT_PERSON.has(lower(next));
}

/** "former" or "ex" before a role: one held before. */
const FORMER_WORD = /^(?:former|ex)$/iu;

/**
 * A firm's trade after a preposition, before its name: "at analyst Gartner", "from brokers Phillips and Drew" (the
 * second group: a name joined by "and" to the one after the trade).
 */
const FIRM_BEFORE =
  /\b(?:at|from|with|of|by)\s+(?:the\s+)?(?:(?:research|market|stock|securities|investment|city)\s+)?(?:analysts?|brokers?|brokerage|stockbrokers?|consultancy|consultants|researchers|auditors|(?:research|analyst|consulting|consultancy)\s+(?:firm|group|house))\s+(\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/u;

/** A role held with or at a firm, just before its name: "media analyst with Smith Barney", "economist at Wrightson". */
const ROLE_WITH_FIRM =
  /\b(?:analyst|economist|strategist|trader|dealer|broker|consultant|partner|researcher)s?\s+(?:with|at)\s+(?:the\s+)?$/u;

/**
 * A thing's pronoun right after a name: "Pierson said in its outlook", "X said its profit"; "Hughes, which makes
 * drill bits, said" where the name opens the sentence (after an object, "which" may be the clause's: "fouls on
 * Casillas and Marchena, which could have...").
 */
function thingPronounAfter(s: string, start: number, tail: string): boolean {
  return /^\s+said\s+(?:in\s+)?its\b/u.test(tail) || (/^,\s+which\b/u.test(tail) && opensSentence(s, start));
}

/** Whether the token is followed by one or two lower-case role words and then a person's name the tagger found. */
function bodyOfNextRole(tt: TagToken[], at: number, spans: { from: number; to: number }[]): boolean {
  let k = at + 1;
  while (k <= at + 2 && tt[k] && /^\p{Ll}/u.test(tt[k]!.text) && isRoleNoun(tt[k]!.text)) k++;
  return k > at + 1 && spans.some((o) => o.from === k && o.to > o.from);
}

const COMPANY_SUFFIX = /^(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|NV|NA|AG|SA|SpA|GmbH|BV|LLC|LP|AB|Oy|ASA|KK|Bhd|Pty)\.?$/u;

/** Linking words of a role and its ministry or council in other languages: "ministro de", "ministre de l'". */
const OF_WORDS = "de la|de l['’]|del|de|des|du|da|do|das|dos|di|della|dello|dell['’]|degli|dei|van|von|für";
const FOREIGN_OF_ROLE = new RegExp(
  `(?:^|[\\s(])((?:\\p{L}+\\s+)?(\\p{L}[\\p{L}-]+)\\s+(?:${OF_WORDS})\\s*(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?|\\p{Ll}[\\p{L}-]{3,})),?\\s+$`,
  'u',
);

/**
 * A role of another language with its ministry or council, just before the name: "el ministro de Exteriores",
 * "le ministre de l'Intérieur", "la presidente del Consiglio", "o ministro da Fazenda".
 */
function foreignOfRole(before: string): string | null {
  // The role stands just before the name: its last few words are enough (the pattern is slow on long text).
  const m = FOREIGN_OF_ROLE.exec(before.length > 80 ? before.slice(-80) : before);
  if (!m || !isForeignRole(m[2]!)) return null;
  const words = m[1]!.split(/\s+/);
  // Keep a word that opens the role ("primer ministro"), drop an article ("el", "la", "il").
  return FOREIGN_ROLE_MODIFIERS.has(lower(words[0]!)) || isForeignRole(words[0]!) ? m[1]! : words.slice(1).join(' ');
}

function copular(after: string): string | null {
  const m =
    /^\s+(?:is|was|has been|serves as|served as)\s+((?:a|an|the)\s+)?([^,.;()]{3,100}?)(?=,|\.|;|\(|$| and | who )/u.exec(
      after,
    );
  if (!m) return null;
  // Without an article, a role noun in its first two words: "Clark Boyd is technology correspondent for The World",
  // "X is chairman of Y" ("X is expected to", "X was still there" name none).
  // (Nor a determiner or an adverb first: "is another player", "is either fly-half", "was previously president".)
  if (!m[1] && (!m[2]!.split(/\s+/, 2).some(isRoleNoun) || lexiconTags(lower(m[2]!.split(/\s+/, 1)[0]!)).closed))
    return null;
  // "X is the favourite to win ...", "X was the only player to ...": the role ends where rolePhrase ends it.
  const role = rolePhrase(m[2]!);
  if (!role) return null;
  // A judgement before the role noun describes, it names no office: "Roger is a great player".
  const words = role.split(/\s+/);
  const noun = words.findIndex(isRoleNoun);
  return words.slice(0, noun).some((w) => notOfTheRole(lower(w), undefined)) ? null : role;
}

/**
 * A role the person held before, in a relative clause: "<name>, who was finance minister until 2019", "<name>,
 * who served as ambassador from 2010 to 2014", "<name>, who had been army chief". Given as "former <role>".
 */
function pastRole(after: string): string | null {
  const m =
    /^,\s+who\s+(?:was|had been|served as|previously served as|was previously|once served as|was once)\s+(?:(?:also|then|once|previously)\s+)?(?:(?:the|a|an)\s+)?(?!former\b)/iu.exec(
      after,
    );
  if (!m) return null;
  const rest = after.slice(m[0].length);
  // "who was elected president", "who was killed": a verb, not an office held.
  if (/^\p{Ll}+(?:ed|en)\b/u.test(rest)) return null;
  const role = rolePhrase(rest);
  return role ? formerOf(role) : null;
}

/**
 * A role the person holds, in a relative clause: "<name>, who is also Chairman of the Sovereign Council", "<name>,
 * who serves as defence minister", "<name>, who will remain as chief executive"; "<name>, who now heads the central
 * bank" gives none (a verb, not an office).
 */
function presentRole(after: string): string | null {
  const m =
    /^,\s+who\s+(?:is\s+(?:also|now|currently|still)|(?:also\s+|now\s+)?serves\s+as|(?:will\s+)?(?:remains?|continues?|stays?(?:\s+on)?)\s+as|will\s+remain|remains|is)\s+(?:(?:the|a|an)\s+)?(?!former\b)/iu.exec(
      after,
    );
  if (!m) return null;
  const rest = after.slice(m[0].length);
  // "who is expected to", "who is accused of": a verb, not an office held.
  if (/^\p{Ll}+(?:ed|en|ing)\b/u.test(rest)) return null;
  return rolePhrase(rest);
}

/** Articles that may open a role phrase, in the seven languages: "Le gouverneur", "il portavoce", "de burgemeester". */
const ROLE_ARTICLE =
  /^(?:the|an?|le|la|les|l['’]|el|los|las|il|lo|gli|der|die|das|den|dem|het|de|o|os|as|um|uma|un|una|une)(?:\s+|(?<=['’]))(?=\p{L})/iu;

/** A role without the article that opens it, when a role noun follows: "Le gouverneur de …" -> "gouverneur de …". */
function withoutArticle(role: string): string {
  const m = ROLE_ARTICLE.exec(role);
  // "UN Secretary-General": an acronym, not the article "un".
  if (!m || /^\p{Lu}{2}/u.test(m[0])) return role;
  const rest = role.slice(m[0].length);
  const head = rest.split(/\s/u)[0]!;
  return isRoleNoun(head) || FOREIGN_ROLE_MODIFIERS.has(lower(head)) || MODIFIERS.has(lower(head)) ? rest : role;
}

/** A role marked as one held before: "former prime minister"; "ex-president" is written "former president". */
function formerOf(role: string): string {
  const bare = role.replace(/^(?:former|ex-)\s*/iu, '');
  return `former ${bare}`;
}

/** Whether the words just before a role mark it as held before: "former", "ex-", "then-" is not. */
const FORMER = /(?:^|\s)(?:former|ex)[-\s]*$/iu;

/**
 * The date the text gives for a role it tells of an appointment or a past office: the date expression nearest
 * the role phrase, in the same clause (commas apart, a date opening the sentence: "In 2019, X was named ...").
 */
function roleDate(s: string, nameAt: number, published: string | null): string | null {
  const dates = findDates(s, published).filter((d) => d.date !== 'PRESENT_REF' && /^\d{4}/.test(d.date));
  if (dates.length === 0) return null;
  const clauseEnd = (() => {
    const m = /[;:]|\s(?:and|but|while|whereas)\s/u.exec(s.slice(nameAt));
    return m ? nameAt + m.index : s.length;
  })();
  const inClause = dates.filter((d) => d.index < clauseEnd);
  inClause.sort((a, b) => Math.abs(a.index - nameAt) - Math.abs(b.index - nameAt));
  return inClause[0]?.end && /until|till|to\b/iu.test(s.slice(nameAt, inClause[0].index))
    ? inClause[0].end
    : (inClause[0]?.date ?? null);
}

/** A role noun, also as part of a hyphenated one ("director-general"). */
function isRoleNoun(word: string): boolean {
  const w = lower(word);
  return (
    ROLE_NOUNS.has(w) ||
    OCCUPATION_NOUNS.has(w) ||
    LEGISLATOR_INITIALS.has(w) ||
    isForeignRole(word) ||
    (w.includes('-') && w.split('-').some((x) => ROLE_NOUNS.has(x)))
  );
}

/** A member of a parliament in initials, one or several: "MP", "MEP", "MSPs". */
function memberInitials(word: string): boolean {
  const w = /^\p{Lu}{2,3}s$/u.test(word) ? word.slice(0, -1) : word;
  return /^\p{Lu}{2,3}$/u.test(w) && (w === 'MP' || LEGISLATOR_INITIALS.has(lower(w)));
}

/** A role noun of another language: "ministro", "président", "Bundeskanzler", "Außenministerin". */
function isForeignRole(word: string): boolean {
  const w = lower(word);
  return (
    FOREIGN_ROLE_NOUNS.has(w) ||
    (word.length >= 10 && GERMAN_ROLE.test(word)) ||
    // "oud-burgemeester", "ex-ministro", "primeiro-ministro": a role after a hyphen.
    (w.includes('-') && FOREIGN_ROLE_NOUNS.has(w.slice(w.lastIndexOf('-') + 1)))
  );
}

/** A role noun of another language written in lower case, and no English one: "préfet", "burgemeester". */
function isForeignNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && isForeignRole(word) && !ROLE_NOUNS.has(lower(word));
}

/** A title or role word, also inside a hyphenated title ("Secretary-General"). */
function isTitleWord(word: string): boolean {
  const w = lower(word);
  return (
    TITLE_WORDS.has(w) ||
    OFFICE_TITLES.has(w) ||
    isForeignRole(word) ||
    ROLE_NOUNS.has(w) ||
    memberInitials(word) ||
    (w.includes('-') && w.split('-').some((x) => TITLE_WORDS.has(x)))
  );
}

/**
 * Nouns for a person of a people or a party, which news puts before a name as it does a demonym ("Scot Nick
 * Smith", "Tory Liam Fox", "Democrat Nancy Pelosi"), and which the "-an"/"-ese" test below does not catch.
 */
const AFFILIATION_NOUNS = new Set(
  `scot scotsman scotswoman briton brit englishman englishwoman welshman welshwoman irishman irishwoman frenchman
  frenchwoman dutchman dutchwoman kiwi aussie swede dane finn pole turk czech slovak serb croat greek thai arab kurd
  pashtun uzbek tajik afghan yankee spaniard filipino filipina argentine cypriot tory democrat labourite socialist
  communist liberal`.split(/\s+/),
);

/**
 * Words for a faith, a party or a people: "Muslim groups", "Labour MPs", "Bangladeshi
 * and Pakistani families", "Irish replied": a group, no one's name when alone.
 */
const GROUP_WORDS = new Set(
  `muslim muslims jew jews jewish hindu hindus sikh sikhs buddhist buddhists catholic catholics protestant protestants
  sunni sunnis shia shias shiite shiites islamic anglican anglicans methodist methodists evangelical evangelicals
  mormon mormons labour conservative conservatives tory tories republican republicans democrats liberals
  socialists communists greens unionist unionists nationalist nationalists loyalist loyalists maori aborigines irish
  british english scottish spanish danish polish turkish swedish finnish kurdish flemish cornish`.split(/\s+/),
);

function groupWord(word: string): boolean {
  const w = lower(word);
  return (
    GROUP_WORDS.has(w) ||
    AFFILIATION_NOUNS.has(w) ||
    // "Welsh", "Bangladeshi", "Englishman": a demonym the lexicon knows.
    lexiconTags(word).demonym
  );
}

/** A noun for a person of a people or a party ("Scot", "Tory"), or a demonym that is no given name ("Kenyan"). */
function isPeopleNoun(word: string): boolean {
  const w = lower(word);
  return AFFILIATION_NOUNS.has(w) || (/^\p{Lu}\p{Ll}+(?:an|ese)$/u.test(word) && !given().has(w));
}

/** Whether words name a country, people or body a person belongs to: "Chinese", "U.S.", "FBI", "South Korea". */
function isAffiliation(words: string[]): boolean {
  const text = words.join(' ');
  if (words.length === 1 && AFFILIATION_NOUNS.has(lower(text))) return true;
  // An acronym first: "UN" is no French stopword here.
  if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(text)) return true;
  // ("New York", "New Zealand": a place's whole name may open on a word that opens sentences.)
  if (words.some((w) => isStopword(lower(w)) || LEAD_WORDS.has(lower(w)))) return words.length > 1 && knownPlace(text);
  if (/(?:an|ian|ese|ish|i|ic)$/u.test(words[words.length - 1]!)) return true;
  return lexiconTags(text).place || words.every((w) => lexiconTags(w).place);
}

/** The longest tail of words before a title that is an affiliation: "What People Are Saying U.S." -> "U.S.". */
function affiliationIn(lead: string[]): string | null {
  for (let from = 0; from < lead.length; from++) if (isAffiliation(lead.slice(from))) return lead.slice(from).join(' ');
  return null;
}

/**
 * Words in -ing that belong to an office ("acting", "Managing Director", "Housing Minister"); any other opens no
 * role: "including president Reagan", "Using President Reagan's figures" are a participle before a title.
 */
const OFFICE_ING = new Set(
  `acting managing ruling governing presiding founding reigning visiting outgoing incoming sitting serving commanding
  ranking retiring caretaking consulting supervising coordinating leading marketing operating planning housing
  banking accounting engineering publishing broadcasting shipping mining trading lending training purchasing
  manufacturing licensing financing fundraising building farming fishing policing nursing teaching clearing
  recording programming advertising printing sporting`.split(/\s+/),
);
// (A role noun in -ing is none: "wing", "king".)
const participle = (w: string) =>
  /ing$/u.test(w) && !OFFICE_ING.has(w) && !ROLE_NOUNS.has(w) && !OCCUPATION_NOUNS.has(w);

/** Lower-case words that may qualify an office written in capitals: "acting Foreign Minister". */
const MODIFIERS = new Set([
  'acting',
  'deputy',
  'former',
  'interim',
  'vice',
  'senior',
  'then',
  'caretaker',
  'outgoing',
  'incoming',
  'new',
]);

/**
 * Role words just before a run: "Kabul-based political analyst Tameem Bahiss", "deputy interior minister, Ibrahim Sadr",
 * and the affiliation that opens them: "Chinese", "Pakistan's", "South Korea's".
 */
function leftRole(
  s: string,
  toks: Token[],
  start: number,
  needNoun: boolean,
): { role: string[]; affiliation: string | null; possessive: boolean; plural: boolean } {
  const role: string[] = [];
  let affiliation: string | null = null;
  let possessive = false;
  let k = start - 1;
  // "strikers Jimmy Floyd Hasselbaink and Mark Viduka": a plural role noun gives each name of its list the role.
  // (Not after a comma, "a lawyer for the victims, Eduardo Contreras", nor before a name with no given name, which may
  // be a firm's: "analysts Gartner and Jupiter Research".)
  const first = toks[start]?.text ?? '';
  const one =
    k >= 0 &&
    needNoun &&
    /^\s+$/u.test(gap(s, toks[k]!, toks[start]!)) &&
    (knownGiven(first) || memberInitials(toks[k]!.text))
      ? singularRole(toks[k]!.text)
      : null;
  const plural = one !== null;
  if (k >= 0 && needNoun) {
    const g = gap(s, toks[k]!, toks[start]!);
    if (
      !/^,?\s+$/u.test(g) ||
      (toks[k]!.cap && !memberInitials(toks[k]!.text)) ||
      // ("chairman elect Denys Henderson": an office's holder to be.)
      !(
        isRoleNoun(toks[k]!.text) ||
        plural ||
        (/^(?:elect|designate)$/u.test(toks[k]!.text) && isRoleNoun(toks[k - 1]?.text ?? ''))
      )
    )
      return { role, affiliation, possessive, plural: false };
  }
  while (k >= 0 && role.length < 4) {
    const t = k === start - 1 && one ? { ...toks[k]!, text: one } : toks[k]!;
    const g = gap(s, t, toks[k + 1]!);
    if (!/^,?\s+$/u.test(g) || (g.includes(',') && k !== start - 1)) break;
    const w = lower(t.text);
    // "Pakistan's former prime minister", "Former Treasury Secretary": the role is one held before.
    if (w === 'former' || w === 'ex') {
      role.unshift('former');
      k--;
      continue;
    }
    // "La Première ministre", "el primer ministro": a word that opens a role of another language.
    if (role.length && FOREIGN_ROLE_MODIFIERS.has(w) && isForeignRole(role[0]!)) {
      role.unshift(t.text);
      k--;
      continue;
    }
    if (/-based$/u.test(w)) {
      role.unshift(t.text);
      affiliation ??= t.text.replace(/-based$/iu, '');
      k--;
      continue;
    }
    // "Earlier this week group chairman X", "in an interview yesterday prime minister X": a word of time says when,
    // and the role begins after it.
    if (isStopword(w) || LEAD_WORDS.has(w) || (!t.cap && participle(w)) || TIME_WORDS.has(w)) break;
    // "Conservative MSPs Murdo Fraser and Annabel Goldie": members' initials are the role, the party before them
    // its affiliation.
    if (k === start - 1 && memberInitials(toks[k]!.text)) {
      role.unshift(t.text);
      k--;
      continue;
    }
    // "Radio 1's controller": a number closing a capitalised name is the name's.
    const numbered =
      /^\d+$/u.test(w) && t.possessive && k > 0 && toks[k - 1]!.cap && /^\s+$/u.test(gap(s, toks[k - 1]!, t));
    if (t.cap || numbered) {
      if (g.includes(',') || lexiconTags(t.text).date) break;
      possessive = t.possessive;
      // A demonym or a possessive place closes the role: "Chinese", "Pakistan's", "South Korea's".
      let from = k;
      while (
        from > 0 &&
        toks[from - 1]!.cap &&
        /^\s+$/u.test(gap(s, toks[from - 1]!, toks[from]!)) &&
        !toks[from - 1]!.possessive
      )
        from--;
      // "Former Chelsea striker", "the former Arsenal boss": the role of that body is one held before.
      const former = from > 0 && FORMER_WORD.test(toks[from - 1]!.text);
      const words = toks.slice(from, k + 1).map((x) => x.text);
      // ("Welcoming Soviet leader X's offer, Reagan said": a verb in -ing opening the sentence is no body's name.)
      while (
        words.length &&
        (openerOfSentence(lower(words[0]!)) ||
          (words.length > 1 &&
            from === 0 &&
            opensSentence(s, toks[0]!.start) &&
            verbOpeningBody(words[0]!, words[1]!))) &&
        !(words.length > 1 && knownPlace(`${words[0]!} ${words[1]!}`))
      ) {
        if (FORMER_WORD.test(words[0]!)) role.unshift('former');
        words.shift();
      }
      if (words.length > 1 && FORMER_WORD.test(words[0]!)) {
        words.shift();
        role.unshift('former');
      } else if (former && words.length === k + 1 - from) role.unshift('former');
      if (words.length) affiliation = words.join(' ');
      break;
    }
    if (!needNoun && !MODIFIERS.has(w)) break;
    // Before a plural, no verb: "the list includes photographers X, Y and Z" ("band members X and Y" keep "band").
    if (plural && k < start - 1 && /[^s]s$/u.test(w) && !isRoleNoun(w)) break;
    // Before the role noun, no verb or judgement: "they eye captain X", "has ordered captain X", "said a proud
    // coach X", "Ex-No 10 media chief X" give "captain", "coach", "media chief".
    // ("real estate developer": "real" of a trade's compound judges nothing.)
    if (
      k < start - 1 &&
      !MODIFIERS.has(w) &&
      !isRoleNoun(w) &&
      notOfTheRole(w, toks[k - 1]?.text) &&
      COMPOUND_SECOND[w] !== lower(toks[k + 1]!.text)
    )
      break;
    // "The pair's former coach", "women's champion": a possessive keeps its "'s".
    role.unshift(t.possessive && t === toks[k] ? s.slice(t.start, t.end) : t.text);
    k--;
  }
  return { role, affiliation, possessive, plural };
}

/** A prize opening a hyphenated trade, which keeps its capital: "Oscar-winner", "Nobel-winning". */
const PRIZE_FIRST = /^(?:Oscar|Grammy|Emmy|Bafta|Brit|Olympic|Nobel|Pulitzer|Booker|Tony|Golden|Mercury)-/u;

/**
 * The role a trade capitalised for opening its sentence gives ("Guitarist" -> "guitarist", "Sprinters" ->
 * "sprinter", "Oscar-winner" with its prize's capital); not a title's plural, which opens places ("Queens Park Rangers").
 */
function openingTrade(word: string): string | null {
  // ("Scrum-half" is "scrum-half".)
  const w = PRIZE_FIRST.test(word) ? word : word.toLowerCase();
  if (isRoleNoun(word)) return w;
  const one = singularRole(word.toLowerCase());
  return one && !TITLE_WORDS.has(one) ? one : null;
}

/** A given name of the name lists or compromise's lexicon: a person's, where a firm's name would have none. */
function knownGiven(word: string): boolean {
  return given().has(lower(word)) || lexiconTags(word).first;
}

/** The singular of a plural role noun in lower case ("strikers", "actresses", "chairmen"), else null. */
function singularRole(word: string): string | null {
  if (memberInitials(word) && word.endsWith('s')) return word.slice(0, -1);
  if (!/^\p{Ll}[\p{L}-]+s$|^\p{Ll}[\p{L}-]*men$/u.test(word)) return null;
  const forms = word.endsWith('men')
    ? [word.replace(/men$/u, 'man')]
    : [word.replace(/ies$/u, 'y'), word.replace(/es$/u, ''), word.slice(0, -1)];
  return forms.find((f) => f !== word && isRoleNoun(f) && !isRoleNoun(word)) ?? null;
}

/** Words of time, never part of a role written before a name. */
const TIME_WORDS = new Set(
  `yesterday today tonight tomorrow week weeks weekend month months year years night morning afternoon evening day
  days earlier later ago`.split(/\s+/),
);

/** Words of a judgement that open a trade's compound noun with the word after them: "real estate". */
const COMPOUND_SECOND: Record<string, string> = { real: 'estate' };

/** Adjectives of judgement, which describe a person but name no office: "a proud coach", "a great player". */
const JUDGEMENT = new Set(
  `proud great good better best fine brilliant fantastic superb wonderful outstanding excellent talented gifted
  deserved deserving worthy only real true popular famous favourite favorite likely unlikely inspirational
  impressive magnificent legendary celebrated acclaimed influential prolific hapless embattled beleaguered
  disgraced controversial outspoken consummate`.split(/\s+/),
);

/** Subject pronouns: the word after one is its verb ("as they eye captain X"). */
const SUBJECTS = new Set('i we you they he she it who which that'.split(' '));

/**
 * Whether a lower-case word before a role noun is no part of the role: a verb in -ed ("defended coach X"), a
 * word after a subject pronoun ("they eye captain X"), a judgement ("proud coach X"), a number ("No 10 media chief"),
 * a verb in -s after a role noun ("coach joins flanker X") or after "to" ("due to marry fellow star X"), a verb or
 * "against" of the clause before (CLAUSE_LEAD: "beat fourth seed X").
 */
function notOfTheRole(w: string, before: string | undefined): boolean {
  return (
    CLAUSE_LEAD.has(w) ||
    (/\p{L}{3}ed$/u.test(w) && !OFFICE_ED.has(w)) ||
    // "A viewer poll saw director X": an irregular past is a verb too.
    (!/ed$/u.test(w) && lexiconTags(w).pastVerb) ||
    /^\d+$/u.test(w) ||
    JUDGEMENT.has(w) ||
    (before !== undefined && (SUBJECTS.has(before.toLowerCase()) || AUXILIARIES.has(before.toLowerCase()))) ||
    // A verb whose subject is a role noun before it: "the new coach joins flanker X" (not "chief operations officer").
    (before !== undefined &&
      /\p{L}[^s]s$/u.test(w) &&
      /^\p{Ll}/u.test(before) &&
      isRoleNoun(before) &&
      lexiconTags(w).presentVerb) ||
    // A verb after "to": "was due to marry fellow tennis star X".
    (before?.toLowerCase() === 'to' && lexiconTags(w).presentVerb)
  );
}

/**
 * Words before a verb: the word after one is that verb ("could meet four-time champion X"), or what it says of the
 * subject ("he was confident shadow home secretary X would").
 */
const AUXILIARIES = new Set('will would could can may might must shall should did does do is was are were'.split(' '));

/**
 * Verbs and a preposition before a role noun that belong to the clause, not the role: "beat fourth seed X",
 * "overcame eighth seed X", "against qualifier X", "argues analyst X", "joins flanker X".
 */
const CLAUSE_LEAD = new Set(
  `against beat beats overcame ousted faces faced meets met plays played defeated edged stunned thrashed include
  includes joins join believes argues asks let`.split(/\s+/),
);

/** Words in -ed that belong to an office: "elected", "appointed" mayor, "retired" general, "designated" hitter. */
const OFFICE_ED = new Set('elected appointed retired designated detained jailed exiled ousted deposed'.split(' '));

function cleanRole(words: string[]): string | null {
  const role = words.join(' ').replace(/\s+/g, ' ').trim();
  return role.length >= 3 ? role : null;
}

/** Splits a title run into an office and a rank: "Chief of Defense Forces Field Marshal" -> both. */
function splitRanks(written: string[]): string[] {
  // "Sen.", "Rep.", "Gov.": a title abbreviated before a name is the title ("Sen. Rudy Boschwitz" is a senator).
  const title = written.map((w) => ABBREVIATED_TITLES[lower(w)] ?? w);
  let k = title.length;
  while (k > 0 && (RANKS.has(lower(title[k - 1]!)) || HONORIFICS.has(lower(title[k - 1]!)))) k--;
  // "Secretary General", "Assistant Attorney General", "Postmaster General": "General" after such an office is part
  // of its name (English keeps the French order there), not a rank of its own.
  if (k < title.length && k > 0 && lower(title[k]!) === 'general' && POSTPOSITIVE_GENERAL.has(lower(title[k - 1]!)))
    k++;
  const office = title.slice(0, k).filter((w) => !HONORIFICS.has(lower(w)));
  const rank = title.slice(k).filter((w) => !HONORIFICS.has(lower(w)));
  return [cleanRole(office), cleanRole(rank)].filter((r): r is string => !!r && !/^(?:mr|mrs|ms|dr|sir)$/i.test(r));
}

/** Titles wires abbreviate before a name, and the words they stand for. */
const ABBREVIATED_TITLES: Record<string, string> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  gen: 'General',
  lt: 'Lieutenant',
  col: 'Colonel',
  adm: 'Admiral',
  capt: 'Captain',
  sgt: 'Sergeant',
  maj: 'Major',
  cmdr: 'Commander',
  cdr: 'Commander',
  brig: 'Brigadier',
  pres: 'President',
  amb: 'Ambassador',
  supt: 'Superintendent',
  insp: 'Inspector',
  det: 'Detective',
};

/** A U.S. legislator's party and state after the name: ", (D-Kans.)", " (R-Minn.)". */
const PARTY_STATE = /^\s*,?\s*\((?:D|R|I|Dem|Rep)\.?\s?-\s?[\p{Lu}][\p{L}.]{1,12}\.?\)/u;

/** Offices named with "General" after them: "Secretary General", "Attorney General", "Director General". */
const POSTPOSITIVE_GENERAL = new Set(
  `secretary attorney solicitor postmaster surgeon inspector governor director consul auditor comptroller controller
  procurator prosecutor advocate paymaster receiver registrar adjutant quartermaster vicar commissary accountant`.split(
    /\s+/,
  ),
);

/**
 * Above these margins over "not a person", a tagged name is evidence enough on its own, a full name and a single
 * name (which then counts across the corpus) (tuned on eng.testa).
 */
const EVIDENT_FULL = 0;
const EVIDENT_SHORT = 15;
/** Above this margin a tagged name is taken as the tagger says, whatever the lexicon knows of it. */
const SURE = 25;
/** Below this margin a tagged name is dropped. */
const DOUBTFUL = -Infinity;

/** A word one or two letters from a title word of six letters or more, and no given name: a wire typo of a title. */
function isTitleTypo(word: string): boolean {
  const w = word.toLowerCase();
  // "Senate" is a word of its own, not a typo of "Senator".
  if (w.length < 6 || TITLE_WORDS.has(w) || NOT_PERSON.has(w) || given().has(w) || !/^\p{Lu}\p{Ll}+$/u.test(word))
    return false;
  for (const t of TITLE_WORDS)
    if (t.length >= 6 && Math.abs(t.length - w.length) <= 2 && t[0] === w[0] && slipOf(t, w)) return true;
  return false;
}

/**
 * One letter wrong, or two letters swapped ("Prersident", "Minsiter", "Secertary"); not two letters changed, which
 * makes another word ("Corporate" is no "Corporal").
 */
function slipOf(title: string, w: string): boolean {
  const d = editDistance(title, w);
  return d <= 1 || (d === 2 && [...title].sort().join('') === [...w].sort().join(''));
}

const MONTH_OR_DAY =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** The title word a wire typo nearly spells, capitalised as written: "Prersident" -> "President"; else null. */
function titleOfTypo(word: string): string | null {
  if (!isTitleTypo(word)) return null;
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const t of TITLE_WORDS) {
    if (t.length < 6 || t[0] !== w[0] || Math.abs(t.length - w.length) > 2) continue;
    const d = slipOf(t, w) ? editDistance(t, w) : 3;
    if (d < bestDistance) [best, bestDistance] = [t, d];
  }
  return best && word[0]! + best.slice(1);
}

/**
 * A capitalised word that may name a title's portfolio or body ("Agriculture", "Bundesbank", "White House"): no
 * affiliation, date, given name, small word or headline capitals.
 */
function isPortfolio(word: string): boolean {
  const w = lower(word);
  return (
    // (A firm's hyphenated name too: "Beghin-Say President", "Coca-Cola Chairman".)
    /^\p{Lu}[\p{Ll}&]+(?:-\p{Lu}?[\p{Ll}&]+)*-?$|^\p{Lu}{2,5}$/u.test(word) &&
    !isStopword(w) &&
    !LEAD_WORDS.has(w) &&
    !MODIFIERS.has(w) &&
    !given().has(w) &&
    !lexiconTags(word).date &&
    !MONTH_OR_DAY.test(w) &&
    !isAffiliation([word])
  );
}

/** Where a tagged name sits among the sentence's words: the word tokens it starts and ends on. */
function wordIndex(toks: Token[], start: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The capitalised words just before a name, in the same run of capitals: "Deputy Prime Minister" in "Deputy
 * Prime Minister Ishaq Dar", "Uruguayan" in "Uruguayan Marcelo Otero". From the first word the run keeps.
 */
function runBefore(s: string, toks: Token[], first: number): number {
  let a = first;
  while (a > 0) {
    const prev = toks[a - 1]!;
    const g = gap(s, prev, toks[a]!);
    // "Drug Enforcement Administration (DEA) Administrator <name>": the acronym in brackets heads the title.
    if (/^\)\s+$/u.test(g) && /^\p{Lu}{2,}$/u.test(prev.text) && a > 1 && /\(\s*$/u.test(gap(s, toks[a - 2]!, prev))) {
      a--;
      break;
    }
    if (!joins(g) || !dotOk(prev, g)) break;
    // "Chief of Defense Forces Field Marshal", "Chairman of the Sovereign Council": a title may hold "of (the)".
    // Also "Minister van Financiën", "Ministre de l'Intérieur" in other languages.
    const skip =
      lower(prev.text) === 'of' || TITLE_OF.has(prev.text)
        ? 1
        : lower(prev.text) === 'the' && a > 1 && lower(toks[a - 2]!.text) === 'of'
          ? 2
          : 0;
    if (skip && a - skip - 1 >= 0) {
      const head = toks[a - skip - 1]!;
      // (Or an organisation's word: "Bank of Japan Governor".)
      if (
        head.cap &&
        (isTitleWord(head.text) || (lower(prev.text) === 'of' && ORG_WORDS.has(lower(head.text)))) &&
        joins(gap(s, head, toks[a - skip]!))
      ) {
        a -= skip + 1;
        continue;
      }
    }
    // "House Ways and Means Committee Chairman": "and" between capitalised words of a body before a title.
    if (
      prev.text === 'and' &&
      a > 1 &&
      toks[a - 2]!.cap &&
      joins(gap(s, toks[a - 2]!, prev)) &&
      toks.slice(a, first).some((w) => ORG_WORDS.has(lower(w.text)))
    ) {
      a -= 2;
      continue;
    }
    // "Economy and Labour Minister", "Trade and Industry Secretary": "and" between two portfolios of one office.
    if (
      prev.text === 'and' &&
      a > 1 &&
      PORTFOLIOS.has(lower(toks[a - 2]!.text)) &&
      toks[a - 2]!.cap &&
      joins(gap(s, toks[a - 2]!, prev)) &&
      PORTFOLIOS.has(lower(toks[a]!.text)) &&
      toks.slice(a, first).some((w) => isTitleWord(w.text))
    ) {
      a -= 2;
      continue;
    }
    if (!prev.cap || prev.possessive) break;
    a--;
  }
  // ("New York Senator": an opener that begins a place's name is the place's.)
  while (
    a < first &&
    !/^\p{Lu}{2,}$/u.test(toks[a]!.text) &&
    openerOfSentence(lower(toks[a]!.text)) &&
    !(a + 1 < first && toks[a + 1]!.cap && knownPlace(`${toks[a]!.text} ${toks[a + 1]!.text}`))
  )
    a++;
  return a;
}

/** The fields of a ministry that an office may join with "and" ("Trade and Industry Secretary"). */
const PORTFOLIOS = new Set(
  `economy economic trade industry labour labor finance energy culture media sport sports education health transport
  work pensions justice environment food rural affairs commerce planning development agriculture fisheries defence
  defense security housing communities science technology tourism information broadcasting employment welfare
  social family families children women youth mines petroleum oil water power works local government`.split(/\s+/),
);

/**
 * A word capitalised for opening the sentence, never part of a title after it: "Although President Bush",
 * "Earlier Foreign Secretary Jack Straw", "Meanwhile". An ordinal is part of one ("First Minister", "Second Lady").
 */
function openerOfSentence(w: string): boolean {
  return (
    LEAD_WORDS.has(w) ||
    isStopword(w) ||
    /^(?:earlier|later|yesterday|today|tonight|tomorrow)$/u.test(w) ||
    (lexiconTags(w).closed && !/^(?:first|second|third|under|over)$/u.test(w))
  );
}

/** Words that tie a title to its ministry or council in other languages: "Minister van Financiën". */
const TITLE_OF = new Set(['van', 'voor', 'de', 'del', 'di', 'da', 'do', 'du', 'des', 'della', 'für', 'der']);

/** Legal forms that end a company's name: "Inc", "Co", "and Co", "Plc", and the initials written with stops: "L.P.". */
const LEGAL =
  /^(?:inc|corp|co|cos|ltd|plc|n\.?v|n\.?a|a\.?g|s\.?a|spa|gmbh|b\.?v|l\.?l\.?c|l\.?p|ab|oy|asa|k\.?k|bhd|pty|cie|srl)\.?$/iu;
const MAY_BE_LEGAL =
  /\b(?:Inc|Corp|Co|Cos|Ltd|Plc|NV|NA|AG|SA|SpA|GmbH|BV|LLC|LP|AB|Oy|ASA|KK|Bhd|Pty|Cie|Srl|N\.V|N\.A|A\.G|S\.A|B\.V|L\.L\.C|L\.P|K\.K)\b/u;
/** A legal form as a company's name ends with it: long ("Inc", "Ltd"), in capitals ("NV", "LP") or with stops ("L.P."),
 * never a two-letter word in title case, which may be a surname ("Sa", "Ab"), but "Co" and "Cos". */
const closesCompany = (w: string) => LEGAL.test(w) && (w.length >= 3 || /^(?:\p{Lu}+|Co|Cos)\.?$/u.test(w));
/** Words that open a place's name: "Lake Ontario", "Mount Kenya", "Cape Town", "Gulf of Mexico". */
const PLACE_HEADS = new Set([
  'lake',
  'lakes',
  'mount',
  'mt',
  'cape',
  'gulf',
  'bay',
  'fort',
  'port',
  'river',
  'sea',
  'strait',
  'straits',
  'island',
  'islands',
  'isle',
  'mountains',
  'desert',
  'canal',
  'falls',
  'glacier',
  'peninsula',
  'fjord',
]);

/**
 * Words that open an institution's or a building's name in the other six languages, where the English-trained
 * tagger may take the name for a person's: "Banque de France", "Schloss Bellevue", "Palazzo Chigi".
 */
/** Royal titles, which with one name make a name of its own: "Prince Charles", "King Abdullah". */
const ROYAL_TITLES = /^(?:Prince|Princess|King|Queen|Emperor|Empress|Duke|Duchess|Sheikh|Emir|Sultan)$/u;
/** Numbers written out, and words that count: they open a group ("Two Utah banks", "Several Britons"), never a name. */
const NUMBER_WORD =
  /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Hundreds|Thousands|Dozens|Several|Many|Some|Both|Few)$/u;
/** Knighthoods, which open the name they go with: nothing before them in a run of capitals is that name. */
const KNIGHTHOOD = /^(?:Sir|Dame)$/u;
/** Courtesy titles, never part of a name: "Mr Brown" is Brown. ("Sir", "Lord" stay: news names people by them.) */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/u;

/** Possessive determiners, which open a title's capitalised words ("My Summer of Love") but no person's name. */
const POSSESSIVE_OPENER = /^(?:My|Our|Your|His|Her|Their|Its)$/u;

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Last words that make a person's name a government's or an era's: "Reagan Administration", "Thatcher Years". */
const GOVERNMENT_TAILS = new Set([
  'administration',
  'government',
  'cabinet',
  'presidency',
  'regime',
  'doctrine',
  'era',
]);

const INSTITUTION_HEADS = new Set(
  `banque banco banca bundesbank ministère ministerio ministero ministério ministerie ministerium conseil consejo
  consiglio conselho gouvernement gobierno governo regering regierung palais palacio palazzo palácio paleis schloss
  château castillo castello université universidad università universidade universiteit universität tribunal
  tribunale gericht bundesgericht assemblée asamblea assemblea assembleia parlement parlamento parlament bundestag
  église iglesia chiesa igreja kerk kirche hôpital hospital ospedale ziekenhuis krankenhaus`.split(/\s+/),
);

/**
 * The names a sentence writes as an organisation's, before a legal form ("Smith Barney, Harris Upham and Co Inc"
 * gives "Harris Upham", "Smith Barney Harris Upham" and "Smith Barney"): runs of capitalised words, commas between
 * them allowed.
 */
function orgNames(tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tt.length; i++) {
    if (!LEGAL.test(tt[i]!.text) || !/^\p{Lu}/u.test(tt[i]!.text) || LEGAL.test(tt[i - 1]!.text)) continue;
    let k = i - 1;
    if (/^(?:and|&)$/u.test(tt[k]!.text)) k--;
    const words: string[] = [];
    let afterComma = 0;
    for (; k >= 0 && words.length < 6; k--) {
      const w = tt[k]!.text;
      if (w === ',' && words.length && k > 0 && /^\p{Lu}/u.test(tt[k - 1]!.text)) {
        afterComma = words.length;
        continue;
      }
      if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || isStopword(lower(w))) break;
      words.unshift(w);
      if (words.length >= 2) out.push(words.join(' '));
    }
    if (words.length === 1) out.push(words[0]!);
    // The partners' names before the comma are the firm's too, as its short name: "Smith Barney" of "Smith Barney,
    // Harris Upham and Co".
    if (afterComma && words.length - afterComma >= 2) out.push(words.slice(0, words.length - afterComma).join(' '));
  }
  return out;
}

/** Peerages, which news writes as part of a name ("Lord Sebastian Coe"). */
const PEERAGE = /^(?:Lord|Lady|Baron|Baroness|Earl|Count|Countess|Viscount|Marquess)$/u;

/** Auxiliaries and wh-words that open a question, none a given name ("Will", "May" are left out: they are). */
const QUESTION_OPENER =
  /^(?:Can|Could|Should|Would|Does|Did|Do|Is|Are|Was|Were|Has|Have|Had|Must|Shall|Why|How|What|Where|When|Who)$/u;

/**
 * Whether the first word of a name opens its sentence (or a quotation) and is a common noun for a person there,
 * before a known given name: "Boss Desmond Halloran", "Veteran Alan Smith"; but no peerage ("Lord Sebastian Coe").
 */
function sentenceOpener(tt: TagToken[], from: number, to: number): boolean {
  if (to <= from || (from > 0 && !/^["“‘(]$/u.test(tt[from - 1]!.text)) || PEERAGE.test(tt[from]!.text)) return false;
  const next = tt[from + 1]!.text;
  // (A trade of the role lists is not the name's before any name: "Winger Nitoglia dropped the ball".)
  if (isRoleNoun(tt[from]!.text) && !given().has(lower(tt[from]!.text)) && !TITLE_WORDS.has(lower(tt[from]!.text)))
    return true;
  // A question's auxiliary or wh-word opening a headline or a sentence: "Can Smith work Scottish wonders?".
  if (QUESTION_OPENER.test(tt[from]!.text)) return true;
  return (
    lexiconPersonNoun(tt[from]!.text) &&
    (lexiconTags(next).first || (given().has(lower(next)) && lexiconNameOrUnknown(next)))
  );
}

/** Whether the capitalised run a name opens, a space apart, goes on to a name of `names`: "Lionel [VII]". */
function continuesInto(s: string, tt: TagToken[], to: number, name: string, names: Set<string>): boolean {
  let longer = name;
  for (let k = to; k + 1 < tt.length && k - to < 3; k++) {
    if (s.slice(tt[k]!.end, tt[k + 1]!.start) !== ' ' || !/^\p{Lu}/u.test(tt[k + 1]!.text)) return false;
    longer += ` ${tt[k + 1]!.text}`;
    if (names.has(normaliseName(longer))) return true;
  }
  return false;
}

/**
 * Whether a name holds a place's name or a demonym and no word the lexicon knows as a given name: "Light Louisiana
 * Sweet", "West German", "W Germany" (a compass point's letter allowed).
 */
function placeWithoutGivenName(tt: TagToken[], span: TaggedSpan): boolean {
  let place = false;
  for (let k = span.from; k <= span.to; k++) {
    const w = tt[k]!.text;
    if (/^[NSEW]\.?$/u.test(w) && k < span.to) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) return false;
    const known = lexiconTags(w);
    if (known.first) return false;
    place ||= known.place || known.demonym;
  }
  return place;
}

/** Whether a title or courtesy word stands just before a token: "President Bush spokesman ..." names a person. */
function titledBefore(tt: TagToken[], at: number): boolean {
  return at > 0 && (isTitleWord(tt[at - 1]!.text) || COURTESY.test(tt[at - 1]!.text));
}

/**
 * Whether the word just before a name, a space apart, is a capitalised word the tagger put in another kind of name
 * (an organisation, a place, a work): "Million" of "Million Dollar Baby".
 */
function gluedToOtherName(s: string, tt: TagToken[], tags: string[], at: number, to: number, ctx: DocContext): boolean {
  const prev = tt[at - 1];
  if (
    !prev ||
    s.slice(prev.end, tt[at]!.start) !== ' ' ||
    !/^\p{Lu}\p{Ll}+$/u.test(prev.text) ||
    !/^[BI]-(?:ORG|MISC|LOC)$/u.test(tags[at - 1]!)
  )
    return false;
  // A given name the tagger misread ("Louis Farrakhan", "Paradorn Srichaphan"), a title it does not know
  // ("Baroness Boothroyd", "Conductor Marcello Viotti" opening the sentence) are the person's: the glued word
  // must be a common word (the article writes it in lower case) inside the sentence, and the name must not open
  // with a given name ("Baby" alone, after "Million Dollar", is no one's given name).
  if (at < 2 || /^["“‘(:;.!?]$/u.test(tt[at - 2]!.text) || (to > at && given().has(tt[at]!.text.toLowerCase())))
    return false;
  // Any word of the other name, back to its start, may be the common one: "Million" of "Million Dollar Baby".
  for (let k = at - 1; k >= 0 && /^[BI]-(?:ORG|MISC|LOC)$/u.test(tags[k]!); k--) {
    if (ctx.lower.has(tt[k]!.text.toLowerCase())) return k > 0 && !/^["“‘(:;.!?]$/u.test(tt[k - 1]!.text);
    if (tags[k]!.startsWith('B-') || k === 0 || s.slice(tt[k - 1]!.end, tt[k]!.start) !== ' ') break;
  }
  return false;
}

/**
 * Whether a one-word name is glued, a space apart, to a capitalised word the tagger put in a place's, an
 * organisation's or another kind of name: the next word ("Northern" of "Northern Ireland", "Wales" of "Wales
 * Open"), or the word before when it is a place's or an organisation's ("Scotland Yard", "London Irish"), not a
 * people's word, which is an affiliation ("Uruguayan Otero"), nor a title ("President Bush").
 */
function fragmentOfOtherName(s: string, tt: TagToken[], tags: string[], at: number): boolean {
  const glued = (k: number) => s.slice(tt[k]!.end, tt[k + 1]!.start) === ' ';
  const next = tt[at + 1];
  if (
    next &&
    glued(at) &&
    !tt[at]!.text.endsWith("'s") &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    /^B-(?:ORG|MISC|LOC)$/u.test(tags[at + 1]!) &&
    !isTitleWord(next.text)
  )
    return true;
  // The word before: a place's only, one the lexicon knows, or one the tagger reads as a place's that is no given
  // name ("Salvador Allende"). The tagger also reads given names and titles as organisations' words ("Louis Saha",
  // "Paradorn Srichaphan", "Gen Musharraf").
  const prev = tt[at - 1];
  if (!prev || !glued(at - 1) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || !/^[BI]-(?:ORG|LOC)$/u.test(tags[at - 1]!))
    return false;
  if (isTitleWord(prev.text) || TITLE_ABBREVIATIONS.test(prev.text) || COURTESY.test(prev.text)) return false;
  const known = lexiconTags(prev.text);
  return known.place || (tags[at - 1]!.endsWith('LOC') && !known.first && !given().has(lower(prev.text)));
}

/**
 * Whether the word before a one-word name, a space apart and opening its run of capitals, is a given name the tagger
 * put in a place's, an organisation's or another kind of name: a known given name, which the lexicon knows as one
 * or not at all (not "Real", "North", "Ford"), no place, title or people's word.
 */
function misreadGivenName(s: string, tt: TagToken[], tags: string[], at: number, floor: number): boolean {
  const k = at - 1;
  const w = tt[k];
  if (!w || k <= floor || !/^[BI]-(?:LOC|ORG|MISC)$/u.test(tags[k]!) || s.slice(w.end, tt[at]!.start) !== ' ')
    return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || !given().has(lower(w.text)) || capitalGluedBefore(s, tt, k)) return false;
  // (groupWord covers the lexicon's demonyms.)
  return (
    lexiconNameOrUnknown(w.text) &&
    !lexiconTags(w.text).place &&
    !isTitleWord(w.text) &&
    !isPeopleNoun(w.text) &&
    !groupWord(w.text)
  );
}

/** Whether the token before token `i` is a capitalised word one space apart: both in one run of capitals. */
function capitalGluedBefore(s: string, tt: TagToken[], i: number): boolean {
  const before = tt[i - 1];
  return !!before && /^\p{Lu}/u.test(before.text) && s.slice(before.end, tt[i]!.start) === ' ';
}

/**
 * A word alone the tagger read as a name inside a title: "Chief Operating Officer" (between a title word and a role
 * noun), "Vice Adm. John Poindexter" (a rank's abbreviation before a name).
 */
function titleFragment(s: string, tt: TagToken[], sp: { from: number; to: number }): boolean {
  if (sp.from !== sp.to) return false;
  const [w, next, before] = [tt[sp.from]!, tt[sp.from + 1], tt[sp.from - 1]];
  if (
    TITLE_ABBREVIATIONS.test(w.text) &&
    next &&
    /^\.?$/.test(s.slice(w.end, next.start).trim() || '') &&
    /^[.\p{Lu}]/u.test(next.text)
  )
    return true;
  return (
    !!before &&
    !!next &&
    /^\p{Lu}/u.test(before.text) &&
    /^\p{Lu}/u.test(next.text) &&
    s.slice(before.end, w.start) === ' ' &&
    s.slice(w.end, next.start) === ' ' &&
    isTitleWord(before.text) &&
    (isRoleNoun(next.text) || isTitleWord(next.text))
  );
}

/** Titles shortened, which the tagger may read as an organisation's word: "Gen Musharraf", "Gov. Smith". */
const TITLE_ABBREVIATIONS = /^(?:Gen|Gov|Adm|Brig|Cdr|Cmdr|Supt|Insp|Det|Rev|Fr|Sr|Sra|Pres|Amb|Sec|Hon)\.?$/u;

/**
 * Names the tagger took for an organisation after a people's or a party's noun ("Democrat Nancy Pelosi", "Greek
 * Costas Kenteris"), when the name opens with a known given name or ends with a word the article gives a person
 * elsewhere ("Kenteris said"): two or three capitalised words, none an organisation's word, ending the run.
 */
function namesAfterAffiliations(s: string, tt: TagToken[], tags: string[], personWords: Set<string>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i + 2 < tt.length; i++) {
    const w = tt[i]!.text;
    if (!/^\p{Lu}\p{Ll}/u.test(w) || tags[i]!.endsWith('PER') || tags[i + 1]!.endsWith('PER')) continue;
    if (!isPeopleNoun(w)) continue;
    let j = i;
    while (
      j + 1 < tt.length &&
      j - i < 3 &&
      /^\p{Lu}\p{Ll}/u.test(tt[j + 1]!.text) &&
      s.slice(tt[j]!.end, tt[j + 1]!.start) === ' ' &&
      !ORG_WORDS.has(lower(tt[j + 1]!.text)) &&
      !NOT_PERSON.has(lower(tt[j + 1]!.text)) &&
      !isTitleWord(tt[j + 1]!.text)
    )
      j++;
    if (j - i < 2 || (tt[j + 1] && /^\p{Lu}/u.test(tt[j + 1]!.text))) continue;
    if (given().has(lower(tt[i + 1]!.text)) || personWords.has(tt[j]!.text))
      out.push({ from: i + 1, to: j, margin: 0 });
    i = j;
  }
  return out;
}

/**
 * The names an organisation is known by, given after its own ("the Federal National Mortgage Association -- better
 * known as Fannie Mae", "Trade Union Congress, known as the TUC"): the name before ends in an organisation's word.
 * Those are the organisation's in the whole article, whatever given names they hold.
 */
function orgAliases(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(
    /(\p{Lu}[\p{L}'’]*)\s*(?:,|--|—|–|\()?\s*(?:(?:better|also|commonly|widely|popularly)\s+)?known as\s+["“]?(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu,
  ))
    if (ORG_WORDS.has(lower(m[1]!))) out.push(m[2]!);
  return out;
}

/**
 * A surname the article gives a person in full, written alone again where the tagger took it for no one's or a
 * place's ("Manuel Puig", later "Puig's first novel"; "Neil Jordan", later "with Jordan using"): the article's own
 * evidence counts in its other sentences. Only a word alone in its run of capitals, which no other name owns.
 */
function surnamesAgain(tt: TagToken[], tags: string[], words: Map<string, number>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tt.length; i++) {
    const w = tt[i]!.text;
    const level =
      words.get(w) ?? (w.charCodeAt(0) === 65 || w.charCodeAt(0) === 69 ? articledAgain(w, words) : undefined);
    if (level === undefined || tags[i]!.endsWith('PER') || !/^\p{Lu}\p{Ll}/u.test(w)) continue;
    // A word the tagger put in another kind of name is taken back only as a surname after a given name.
    if (tags[i] !== 'O' && level < 2) continue;
    if ((i > 0 && /^\p{Lu}/u.test(tt[i - 1]!.text)) || (i + 1 < tt.length && /^\p{Lu}/u.test(tt[i + 1]!.text)))
      continue;
    out.push({ from: i, to: i, margin: EVIDENT_SHORT });
  }
  return out;
}

/**
 * The level of a surname written again with its Arabic article spelt another way: "AlBurhan" or "Al-Burhan" after
 * "al-Burhan" (the tagger reads the glued form as an organisation's).
 */
function articledAgain(w: string, words: Map<string, number>): number | undefined {
  const bare = /^(?:[Aa]l|[Ee]l)-?(\p{Lu}\p{Ll}{2,})$/u.exec(w)?.[1];
  if (!bare) return undefined;
  for (const [k, level] of words) if (k !== w && k.replace(/^(?:[Aa]l|[Ee]l)-?(?=\p{Lu})/u, '') === bare) return level;
  return undefined;
}

/**
 * Names the tagger took for something else that a role noun just before shows to be a person's, when they open
 * with a known given name: "burgemeester Femke Halsema", "la presidente del Consiglio Giorgia Meloni". Mostly for
 * other languages, whose capitalised runs the English-trained tagger reads as organisations.
 */
function namesAfterRoles(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 1; i < tt.length; i++) {
    // Only words the tagger put in another kind of name (organisation, place, other).
    // Untagged words too after a German role compound ("Bundespräsident Frank-Walter Steinmeier").
    const compound = tt[i - 1]!.text.length >= 10 && GERMAN_ROLE.test(tt[i - 1]!.text);
    if (
      (tags[i] === 'O' && !compound) ||
      tags[i]!.endsWith('PER') ||
      tags[i - 1]!.endsWith('PER') ||
      !/^\p{Lu}\p{Ll}/u.test(tt[i]!.text)
    )
      continue;
    const prev = tt[i - 1]!.text;
    // A role noun of another language only ("burgemeester Femke Halsema"): no English role noun's, which the
    // tagger was trained with; after it, two capitalised words are a name even with no given name known.
    // Also after a member's initials ("Green MSP Morag Lennie"), which always precede a name.
    const foreignNoun =
      (/^\p{Ll}/u.test(prev) && isForeignRole(prev) && !ROLE_NOUNS.has(lower(prev))) ||
      compound ||
      memberInitials(prev);
    if (!foreignNoun && !given().has(lower(tt[i]!.text))) continue;
    if (!(
      compound ||
      (/^\p{Ll}/u.test(prev) && isRoleNoun(prev)) ||
      // "Guitarist Brian May", "Sprinters Kostas Kenteris and ...": a role noun capitalised for opening the sentence.
      (opensSentence(s, tt[i - 1]!.start) && !isTitleWord(prev) && !!openingTrade(prev)) ||
      memberInitials(prev) ||
      foreignOfRole(s.slice(0, tt[i]!.start))
    ))
      continue;
    let j = i;
    // (A particle inside the name, before a capitalised word, is the name's: "Tarcísio de Freitas".)
    const nameWord = (k: number) =>
      /^\p{Lu}\p{Ll}/u.test(tt[k]!.text) ||
      (PARTICLES.has(tt[k]!.text) && k + 1 < tt.length && /^\p{Lu}\p{Ll}/u.test(tt[k + 1]!.text));
    while (
      j + 1 < tt.length &&
      j - i < 3 &&
      nameWord(j + 1) &&
      !isRoleNoun(tt[j + 1]!.text) &&
      /^\s+$/u.test(s.slice(tt[j]!.end, tt[j + 1]!.start))
    )
      j++;
    if (j === i || PARTICLES.has(tt[j]!.text)) continue;
    out.push({ from: i, to: j, margin: 0 });
    i = j;
  }
  return out;
}

/** What follows a person's name in an apposition that says who they are: ", the Australian strategist who". */
const ROLE_APPOSITION = /^\s*,\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{Ll}-]+)(?:\s+who\b|\s*(?:[,;.]|$))/u;

/**
 * Names the tagger read as a place or a firm that an apposition calls a person: "Lynton Crosby, the Australian
 * strategist who ..." ("who" is said of people only), or a known given name and ", the party's strategist.".
 * Two or three capitalised words, none a firm's word, standing alone after a lower-case word or a sentence's start.
 */
function namesBeforeRoles(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let c = 2; c < tt.length; c++) {
    if (tt[c]!.text !== ',') continue;
    const m = ROLE_APPOSITION.exec(s.slice(tt[c - 1]!.end));
    if (!m || !isRoleNoun(m[2]!) || singularRole(m[2]!)) continue;
    const from = runStart(s, tt, c - 1);
    const run = tt.slice(from, c);
    if (
      run.length < 2 ||
      !run.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_WORDS.has(lower(t.text)) && !isRoleNoun(t.text)) ||
      tags.slice(from, c).some((t) => t.endsWith('PER')) ||
      (from > 0 && /^\p{Lu}/u.test(tt[from - 1]!.text) && !opensSentence(s, tt[from]!.start)) ||
      (!/\bwho$/u.test(m[0]) && !knownGiven(run[0]!.text)) ||
      knownPlace(run.map((t) => t.text).join(' '))
    )
      continue;
    out.push({ from, to: c - 1, margin: 0 });
  }
  return out;
}

/**
 * A first name compromise knows, then one or two capitalised words, none plural nor a body's or a place's head, that
 * its lexicon has as no name of its own: "Peter Hill", "Colin Marsh", "Ann Field" (compromise tags every word of them
 * as a place, as it does "Capitol Hill"); not "Abu Dhabi", "Beverly Hills", "Alex Theater".
 */
function givenThenSurname(tt: TagToken[], span: { from: number; to: number }): boolean {
  const rest = tt.slice(span.from + 1, span.to + 1);
  return (
    span.to > span.from &&
    rest.length <= 2 &&
    lexiconTags(tt[span.from]!.text).first &&
    !lexiconEntry(
      tt
        .slice(span.from, span.to + 1)
        .map((t) => t.text)
        .join(' '),
    ) &&
    rest.every(
      (t) =>
        !NOT_PERSON.has(lower(t.text)) &&
        !PLACE_HEADS.has(lower(t.text)) &&
        !VENUES.test(t.text) &&
        !/[^s]s$/u.test(t.text),
    )
  );
}

/** Words that close a venue's name: "Alex Theater", "Onyx Hotel". */
const VENUES = /^(?:Theat(?:er|re)|Hotel|Cinema|Canyon|Country|Arena|Stadium)$/u;

/** Words before a name that make it a storm's: "Hurricane Ivan", "Typhoon Haiyan", "Tropical Storm Allison". */
const STORMS = /^(?:Hurricane|Typhoon|Cyclone|Storm)$/u;
/** Feasts that close a figure's name, never a person's: "Father Christmas", "the Easter Bunny". */
const FEASTS = /^(?:Christmas|Easter|Thanksgiving|Halloween|Hanukkah|Passover)$/u;

/**
 * A name that is a thing's, whatever the tagger read: a storm's ("Hurricane Ivan"), a feast's figure ("Father
 * Christmas", whose "Christmas" would otherwise take every mention of the feast), a lone initial left by a broken
 * abbreviation ("S." of "Canadian-U.S. trade").
 */
function namedThing(tt: TagToken[], sp: { from: number; to: number }): boolean {
  return (
    (sp.from > 0 && STORMS.test(tt[sp.from - 1]!.text)) ||
    (sp.to > sp.from && STORMS.test(tt[sp.from]!.text)) ||
    FEASTS.test(tt[sp.to]!.text) ||
    (sp.from === sp.to && /^\p{Lu}\.?$/u.test(tt[sp.from]!.text))
  );
}

/**
 * Names after a courtesy title that the tagger read as a place or a firm ("Mr Tanaka, Sony's finance director"
 * gave Tanaka as a place): "Mr", "Mrs", "Ms", "Dr" stand before a person's name only.
 */
function namesAfterCourtesy(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!/^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(tt[i]!.text) || tags[i + 1]!.endsWith('PER') || tags[i + 1] === 'O') continue;
    let j = i + 1;
    if (!/^\p{Lu}\p{Ll}/u.test(tt[j]!.text) || ORG_WORDS.has(lower(tt[j]!.text))) continue;
    while (
      j + 1 < tt.length &&
      j - i < 3 &&
      /^\p{Lu}\p{Ll}/u.test(tt[j + 1]!.text) &&
      /^\s+$/u.test(s.slice(tt[j]!.end, tt[j + 1]!.start)) &&
      !ORG_WORDS.has(lower(tt[j + 1]!.text))
    )
      j++;
    out.push({ from: i + 1, to: j, margin: 0 });
    i = j;
  }
  return out;
}

/**
 * Names in a list written alike ("S Horgan, B Kearney, G Darcy"): an initial and a capitalised word between commas
 * or semicolons, which the tagger read as something else, when two other such items of the list are people's.
 */
function namesInLists(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const items: number[] = [];
  for (let i = 0; i + 1 < tt.length; i++)
    if (
      /^\p{Lu}\.?$/u.test(tt[i]!.text) &&
      /^\p{Lu}\p{Ll}/u.test(tt[i + 1]!.text) &&
      /^[,;:]$/u.test(tt[i - 1]?.text ?? '') &&
      /^[,;.]$/u.test(tt[i + 2]?.text ?? '.')
    )
      items.push(i);
  const people = items.filter((i) => tags[i + 1]!.endsWith('PER'));
  if (people.length < 2) return [];
  // (An item whose initial the tagger left out is taken whole too: "G Darcy".)
  return items
    .filter((i) => !(tags[i] === 'B-PER' && tags[i + 1] === 'I-PER'))
    .map((i) => ({ from: i, to: i + 1, margin: 0 }));
}

/**
 * Where a name starts when the tagger left its first words out: a known given name after a title ("Bürgermeister
 * Kai Wegner") or after a role and its place ("governatore della Campania Vincenzo De Luca"), and capitalised
 * words right after a role noun of another language in lower case ("governador Tarcísio de Freitas"). `floor`:
 * the previous name's end.
 */
function nameStart(s: string, tt: TagToken[], from: number, floor: number): number {
  let best = from;
  for (let k = from; k - 1 > floor + 1 && from - k < 4;) {
    const w = tt[k - 1]!;
    if (!/^\s+$/u.test(s.slice(w.end, tt[k]!.start))) break;
    if (PARTICLES.has(w.text)) {
      k--;
      continue;
    }
    if (
      !/^\p{Lu}\p{Ll}/u.test(w.text) ||
      isTitleWord(w.text) ||
      isTitleTypo(w.text) ||
      isStopword(lower(w.text)) ||
      LEAD_WORDS.has(lower(w.text))
    )
      break;
    k--;
    const before = tt[k - 1]!;
    if (!/^\s+$/u.test(s.slice(before.end, w.start))) break;
    const known = given().has(lower(w.text));
    // A role noun of another language only: English ones the tagger was trained with ("fellow American James Heath").
    const afterRole =
      /^\p{Ll}/u.test(before.text) &&
      isForeignRole(before.text) &&
      !ROLE_NOUNS.has(lower(before.text)) &&
      !lexiconTags(w.text).place;
    if (afterRole || (known && (titleRunBefore(tt, k) || !!foreignOfRole(s.slice(0, w.start))))) best = k;
  }
  return best;
}

/**
 * Whether capitalised title words and then a name the tagger found follow a name: "Bundesbank Deputy President
 * Helmut Schlesinger", "Sony Chief Executive Howard Stringer" (the name before is the body the title is of).
 */
function titleThenName(s: string, tt: TagToken[], to: number, spans: { from: number }[]): boolean {
  let k = to + 1;
  while (
    k < tt.length &&
    k - to <= 4 &&
    /^\p{Lu}/u.test(tt[k]!.text) &&
    isTitleWord(tt[k]!.text) &&
    s.slice(tt[k - 1]!.end, tt[k]!.start) === ' '
  )
    k++;
  return k > to + 1 && s.slice(tt[k - 1]!.end, tt[k]?.start ?? 0) === ' ' && spans.some((o) => o.from === k);
}

/** Whether a title word ends, or opens, the capitalised run before a token: "Chancellor of the Exchequer" Nigel. */
function titleRunBefore(tt: TagToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) {
    const w = tt[k]!.text;
    if (isTitleWord(w) && /^\p{Lu}/u.test(w)) return true;
    if (!/^\p{Lu}/u.test(w) && w !== 'of' && w !== 'the') return false;
  }
  return false;
}

/**
 * Whether a one-word name is the end of the place of a role written before it ("prefeito de São Paulo, Ricardo
 * Nunes"): glued to a capitalised word after "role of", with a comma and the next name after it.
 */
function placeEnd(s: string, tt: TagToken[], at: number, spans: TaggedSpan[]): boolean {
  const prev = tt[at - 1];
  if (!prev || !/^\p{Lu}/u.test(prev.text) || !/^\s+$/u.test(s.slice(prev.end, tt[at]!.start))) return false;
  if (tt[at + 1]?.text !== ',' || !spans.some((o) => o.from === at + 2)) return false;
  return !!foreignOfRole(s.slice(0, tt[at]!.start));
}

/**
 * Adds the names a sentence gives in another script (scripts.ts) to its mentions (`out` from `first`): a native
 * name beside its Latin spelling is a mention flagged `nickname` just after the Latin one (an alias of that
 * person); the Latin one is added when the tagger missed it and a role or a known given name shows a person. A
 * native name after a role word of its language is a person with that role.
 */
function scriptNamesOf(out: Mention[], first: number, p: number, s: string): void {
  for (const { native, latin, role } of otherScriptNames(s)) {
    const base = { passage: p, sentence: s, affiliation: null };
    if (!latin) {
      const at = out.findIndex((m, i) => i >= first && m.name === native);
      if (at < 0)
        out.push({ ...base, name: native, full: native.includes(' '), roles: role ? [role] : [], evidence: true });
      else if (role && out[at]!.roles.length === 0) out[at] = { ...out[at]!, roles: [role], evidence: true };
      continue;
    }
    const key = normaliseName(latin);
    // The tagger's name may be the end of the Latin run ("Chinese President Xi Jinping (习近平)").
    let at = out.findIndex(
      (m, i) =>
        i >= first &&
        !m.org &&
        !m.nickname &&
        (normaliseName(m.name) === key || (m.full && key.endsWith(` ${normaliseName(m.name)}`))),
    );
    if (at < 0) {
      if (!role && !given().has(lower(latin.split(' ')[0]!))) continue;
      at = out.push({ ...base, name: latin, full: latin.includes(' '), roles: role ? [role] : [], evidence: true }) - 1;
    } else if (role && out[at]!.roles.length === 0) out[at] = { ...out[at]!, roles: [role], evidence: true };
    out.splice(at + 1, 0, nicknameMention(native, base.passage, base.sentence));
  }
}

export function extractMentions(doc: Document): Mention[] {
  const out: Mention[] = [];
  const model = personModel();
  const sents: { p: number; s: string; tt: TagToken[]; nicks: InlineNickname[] }[] = [];
  // "Herb Mee Jr., president of Beard Oil": a sentence is read without generational suffixes, which the tagger never
  // learned and which stand between a name and its apposition; each mention gets back the sentence as written and
  // its name's suffix (restoreSuffix).
  const written = new Map<string, string>();
  const suffixed = /\b(?:Jr|Sr|Jnr|Snr|MPs?|MSP|MEP|MLA|QC|KC|OBE|MBE|CBE)\b/u.test(doc.text);
  for (const p of doc.passages)
    for (const sent of passageSentences(p)) {
      const text = suffixed ? withoutSuffixes(sent.text) : sent.text;
      if (text !== sent.text) written.set(text, sent.text);
      // 'Joaquin "El Chapo" Guzman': the tagger reads the name without its nickname, kept aside as an alias.
      const { tokens, nicknames } = takeInlineNicknames(text, tagTokens(text));
      sents.push({ p: p.n, s: text, tt: tokens, nicks: nicknames });
    }
  const ctx = docContext(sents.map((x) => x.tt));
  const tagged = sents.map(({ tt }) => tagSentence(model, tt, ctx));
  // English puts the body a role is of before it ("Army chief"); other languages after ("porte-parole du Kremlin").
  const bodyFirst = doc.lang === 'en' || doc.lang === 'und';
  // The surnames the article gives people in full: "Bush adviser Karl Rove" beside "George Bush" is no company.
  // And the words it takes for people's names anywhere: "Greek Costas Kenteris" beside "Kenteris said".
  // Each with the full names the tagger reads holding it, to tell another person's surname from the name's own.
  const surnames = new Map<string, Set<string>>();
  /**
   * Whether the article gives a person the surname `last` of `name`: another full name for a full name ("Vera Drake
   * star X" is the film's star, though the tagger reads "Vera Drake" too), any for a surname alone ("Bush spokesman
   * X" beside "George Bush").
   */
  const otherHolds = (last: string, name: string) =>
    [...(surnames.get(last) ?? [])].some((n) => !name.includes(' ') || (!n.endsWith(name) && !name.endsWith(n)));
  const personWords = new Set<string>();
  // Words the tagger takes for a person's name on their own, no capitalised word glued before them ("said Mirza").
  const aloneWords = new Set<string>();
  // Where the tagger takes a word alone for a person's name: sentence and offset, by word.
  const aloneAt = new Map<string, string[]>();
  const fullSurnames = new Map<string, number>();
  tagged.forEach(({ tags, margins }, i) => {
    const { s, tt } = sents[i]!;
    for (const sp of personSpans(tags, margins)) {
      const last = tt[sp.to]!.text;
      if (sp.to > sp.from) {
        const full = s.slice(tt[sp.from]!.start, tt[sp.to]!.end);
        const held = surnames.get(last);
        if (held) held.add(full);
        else surnames.set(last, new Set([full]));
      }
      if (sp.margin >= EVIDENT_FULL) personWords.add(last);
      if (sp.from === sp.to && !capitalGluedBefore(s, tt, sp.from)) {
        aloneWords.add(last);
        const at = aloneAt.get(last);
        if (at) at.push(`${i}:${tt[sp.from]!.start}`);
        else aloneAt.set(last, [`${i}:${tt[sp.from]!.start}`]);
      }
      // The surnames of full names the tagger is sure of, for their uses alone (surnamesAgain): 2 after a known
      // given name, when the word may be taken back from another kind of name ("Neil Jordan", not "Lebed Chechnya"
      // in a headline), else 1, taken only where the tagger left it out.
      // (Not a place's name the tagger took for a person's: "Great Britain" makes no "Britain" a surname.)
      if (sp.to > sp.from && sp.margin >= EVIDENT_FULL && !placeWithoutGivenName(tt, sp)) {
        const level = given().has(lower(tt[sp.from]!.text)) ? 2 : 1;
        fullSurnames.set(last, Math.max(fullSurnames.get(last) ?? 0, level));
      }
      // "Wang Donghai", later "Wang was arrested": a family name written first is the one used alone, taken back
      // from another kind of name as a surname after a known given name is (the tagger reads "Wang" alone as a place).
      const head = tt[sp.from]!.text;
      if (sp.to > sp.from && sp.to - sp.from <= 2 && sp.margin >= EVIDENT_FULL && isFamilyFirst(head))
        fullSurnames.set(head, 2);
    }
  });
  // Names the article shows to be a work's or an organisation's (works.ts): the article's other uses are too.
  const works = new Set<string>();
  for (const [n, { p, s, tt, nicks }] of sents.entries()) {
    if (MAY_BE_LEGAL.test(s))
      for (const name of orgNames(tt)) {
        out.push(orgMention(name, p, s));
        // "Lionel VII Industries Inc", later "Lionel VII": the company's short name, unless a person of the
        // article bears it ("Brandt Group Inc" beside "Ansel Brandt").
        const short = companyShortName(name);
        if (short && (short.includes(' ') || (!surnames.has(short) && !lexiconTags(short).first)))
          works.add(normaliseName(short));
      }
    // "Chelsea have won": a name given a plural verb is a group's, in the whole article (below).
    if (/ (?:are|were|have) /u.test(s)) for (const name of pluralSubjects(s, tt)) works.add(normaliseName(name));
    // "Yahoo was the first internet firm to offer shares": a name the article says is a firm's is so throughout.
    if (/ (?:is|was|been|remains|became) (?:a|an|the) /u.test(s))
      for (const name of copularThings(s, tt)) works.add(normaliseName(name));
    // "the Federal National Mortgage Association -- better known as Fannie Mae": an organisation's other name.
    if (s.includes('known as '))
      for (const name of orgAliases(s)) {
        out.push(orgMention(name, p, s));
        works.add(normaliseName(name));
      }
    const { tags, margins } = tagged[n]!;
    const spans = [
      ...personSpans(tags, margins),
      ...namesAfterRoles(s, tt, tags),
      ...namesAfterCourtesy(s, tt, tags),
      ...(s.includes(', ') ? namesBeforeRoles(s, tt, tags) : []),
      ...namesAfterAffiliations(s, tt, tags, personWords),
      ...(fullSurnames.size ? surnamesAgain(tt, tags, fullSurnames) : []),
      ...(/[,;]\s\p{Lu}\.?\s/u.test(s) ? namesInLists(s, tt, tags) : []),
    ]
      .filter((sp) => !titleFragment(s, tt, sp) && !inDateline(s, tt, sp) && !namedThing(tt, sp))
      .sort((x, y) => x.from - y.from);
    const first = out.length;
    if (spans.length === 0) {
      scriptNamesOf(out, first, p, s);
      continue;
    }
    const toks = tokens(s);
    let nicknameAt = -1;
    // The role a plural noun gave the list of names it opens, and where the last name of the list ends.
    let listRole: { end: number; role: string } | null = null;
    let lastTo = -1;
    for (const span of spans) {
      // A name read twice (by the tagger, and after a role: "Vincenzo De Luca" and "De Luca") is one mention.
      if (span.margin < DOUBTFUL || tt[span.from]!.start === nicknameAt || span.from <= lastTo) continue;
      // A misspelt title glued to the name ("Secertary James Baker", "Minsiter Yasuhiro Nakasone") is a title, as
      // is a role of another language ("Bundeskanzler Olaf Scholz").
      // So is a courtesy title the tagger took in ("The former chief executive, Mr Ebbers"): "Mr Ebbers" is Ebbers.
      while (
        span.from < span.to &&
        (isTitleTypo(tt[span.from]!.text) ||
          isForeignRole(tt[span.from]!.text) ||
          COURTESY.test(tt[span.from]!.text) ||
          // "Crown Prince Mohammed bin Salman": a title the tagger took in before a name of two words or more.
          (span.to - span.from >= 2 && /^\p{Lu}/u.test(tt[span.from]!.text) && isTitleWord(tt[span.from]!.text)) ||
          // "Two Utah financial institutions", "Four Africans": a number counts what follows and is no given name.
          NUMBER_WORD.test(tt[span.from]!.text) ||
          // "Boss Desmond Halloran said": a common noun for a person opening the sentence before a given name is
          // not the name's.
          sentenceOpener(tt, span.from, span.to) ||
          // "Boss Sir Alex Ferguson", "Chair Dame Jane Roe": a knighthood opens the name, so no word before it is.
          (span.to - span.from >= 2 && KNIGHTHOOD.test(tt[span.from + 1]!.text)))
      )
        span.from++;
      // "Tory Shadow Chancellor Oliver Letwin" read as "Tory Shadow" and "Oliver Letwin": a title word ending a name
      // before more of the title is the title's.
      while (
        span.to > span.from &&
        isTitleWord(tt[span.to]!.text) &&
        /^\p{Lu}/u.test(tt[span.to]!.text) &&
        tt[span.to + 1] !== undefined &&
        isTitleWord(tt[span.to + 1]!.text) &&
        /^\s+$/u.test(s.slice(tt[span.to]!.end, tt[span.to + 1]!.start))
      )
        span.to--;
      // "manager Sir Alex Ferguson" read as "Sir" and "Alex Ferguson": a title alone is no one's name.
      // ("Baron", "Earl" and "Count" are surnames and given names too.)
      if (span.from === span.to && /^(?:Sir|Dame|Lord|Lady)$/u.test(tt[span.from]!.text)) continue;
      // "el ministro de Exteriores José Manuel Albares": the ministry after a role noun and "de" is the role's;
      // "gouverneur de la Banque de France": all the linking words go, and an institution is left whole.
      let linked = span.from;
      while (linked > 0 && PARTICLES.has(tt[linked - 1]!.text)) linked--;
      if (
        span.to - span.from >= 2 &&
        PARTICLES.has(tt[span.from]!.text) &&
        linked > 0 &&
        isRoleNoun(tt[linked - 1]!.text)
      ) {
        while (span.from < span.to && PARTICLES.has(tt[span.from]!.text)) span.from++;
        if (span.from < span.to && !INSTITUTION_HEADS.has(lower(tt[span.from]!.text))) span.from++;
      }
      // "burgemeester van Rotterdam, Ahmed Aboutaleb": a particle and a word after a role noun are the role's place.
      if (
        span.to - span.from === 1 &&
        PARTICLES.has(tt[span.from]!.text) &&
        span.from > 0 &&
        isRoleNoun(tt[span.from - 1]!.text)
      )
        continue;
      // "Dorine Burmanje van de gemeente": particles end no name.
      while (span.to > span.from && PARTICLES.has(tt[span.to]!.text)) span.to--;
      // "prefeito de São Paulo, Ricardo Nunes": one word glued to a role's place, before a comma and the next
      // name, is the end of that place.
      if (span.from === span.to && placeEnd(s, tt, span.from, spans)) continue;
      // "prefeito de São Paulo": one word after "de" or "of", glued to a place's name, is that place's first word.
      if (
        span.from === span.to &&
        span.from > 0 &&
        (PARTICLES.has(tt[span.from - 1]!.text) || tt[span.from - 1]!.text === 'of') &&
        /^[BI]-LOC$/u.test(tags[span.to + 1] ?? '') &&
        s.slice(tt[span.to]!.end, tt[span.to + 1]!.start) === ' '
      )
        continue;
      span.from = nameStart(s, tt, span.from, lastTo);
      // "wild card Sania Mirza", "Louis Saha": a surname the article also gives alone as a person's, whose given
      // name, just before it and opening the run of capitals, the tagger put in another kind of name: the given name
      // is the person's. ("Roland Garros", "Morgan Grenfell": never alone, stay as they are.)
      if (
        span.from === span.to &&
        aloneWords.has(tt[span.from]!.text) &&
        misreadGivenName(s, tt, tags, span.from, lastTo)
      )
        span.from--;
      // "Le préfet Didier Lallement": after a role noun of another language the capitalised words that follow,
      // a space apart, are the name's, whatever kind of name the English-trained tagger began with them.
      if (span.from > 0 && /^\p{Lu}/u.test(tt[span.from]!.text) && isForeignNoun(tt[span.from - 1]!.text))
        while (
          span.to + 1 < tt.length &&
          span.to - span.from < 3 &&
          /^\p{Lu}\p{Ll}/u.test(tt[span.to + 1]!.text) &&
          tags[span.to + 1] !== 'B-PER' &&
          !isRoleNoun(tt[span.to + 1]!.text) &&
          s.slice(tt[span.to]!.end, tt[span.to + 1]!.start) === ' '
        )
          span.to++;
      // "La Première ministre Élisabeth Borne": a word alone before a role noun of another language is the role's.
      if (span.from === span.to && tt[span.to + 1] && isForeignNoun(tt[span.to + 1]!.text)) continue;
      lastTo = span.to;
      // Small words alone ("de", "la") are no name.
      if (tt.slice(span.from, span.to + 1).every((t) => !/^\p{Lu}/u.test(t.text))) continue;
      // "Secretary of State George Shultz China's recent troubles": a place owning what follows ends no name.
      if (
        span.to - span.from >= 2 &&
        /^['’]s$/u.test(tt[span.to + 1]?.text ?? '') &&
        lexiconTags(tt[span.to]!.text).place &&
        !lexiconTags(tt[span.to]!.text).first
      )
        span.to--;
      // "Scot Nick Smith", "Tory Liam Fox", "Kenyan Susan Chepkemei": a people's or a party's noun before a given
      // name is an affiliation.
      if (span.to - span.from >= 2 && isPeopleNoun(tt[span.from]!.text) && given().has(lower(tt[span.from + 1]!.text)))
        span.from++;
      // "President Reagan Friday announced": a weekday after a name says when, it is no part of the name.
      while (span.to > span.from && WEEKDAY.test(tt[span.to]!.text)) span.to--;
      // A courtesy title alone ("Mr", the tagger's name for "Mr Wright" cut in two) is no one, nor is a number
      // alone ("Nine mths", "Nine pct of Husky").
      if (span.from === span.to && (COURTESY.test(tt[span.from]!.text) || NUMBER_WORD.test(tt[span.from]!.text)))
        continue;
      const [from, to] = [tt[span.from]!, tt[span.to]!];
      // The nickname the name holds is left out of it, and told after it as an alias.
      const inner = nicks.find((x) => x.start > from.start && x.end < to.end);
      let nameText = (
        inner ? s.slice(from.start, inner.start) + s.slice(inner.end, to.end) : s.slice(from.start, to.end)
      )
        .replace(/\s+/g, ' ')
        .trim();
      // A surname the article gives a person, in the plural: "the Reagans" are a family, no one; after a title
      // ("President Reagans' new chief of staff") it is that person's, its possessive misplaced.
      if (span.from === span.to && /\p{Ll}s$/u.test(nameText) && personWords.has(nameText.slice(0, -1))) {
        if (!titledBefore(tt, span.from)) continue;
        nameText = nameText.slice(0, -1);
      }
      // A work's, a band's or a firm's name (works.ts): "the film Vera Drake", "The Joe Rogan Experience", a
      // quoted title, "Chelsea boss Jose Mourinho" (unless the article names a person of that surname).
      // "The Kowalczyk Experience": a name its run goes on from with such a word is part of that work's name.
      const next = tt[span.to + 1];
      // (A weekday or a month after it says when: "Minister Jose Miguel Insulza Monday".)
      if (
        next &&
        s.slice(to.end, next.start) === ' ' &&
        /^\p{Lu}/u.test(next.text) &&
        isWorkTail(next.text) &&
        !MONTH_OR_DAY.test(lower(next.text))
      ) {
        out.push(orgMention(`${nameText} ${next.text}`, p, s));
        continue;
      }
      // "The latest Harry Potter film", "the Yahoo Messenger service": a name before a noun for a work or a
      // product is that work's (this use only: "a Ken Loach film" names a director elsewhere a person).
      if (workNounAfter(s, tt, span.to) && !titledBefore(tt, span.from)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      if (
        isWorkTail(to.text) ||
        workNounBefore(s, from.start) ||
        thingApposition(tt, span.from, span.to) ||
        inWorkList(s, from.start, to.end) ||
        quotedAlone(s, from.start, to.end) ||
        // "My Summer of Love", "Our Friends in the North": a name no person has opens with a possessive, or with a verb
        // in -ing ("Finding Neverland", "Saving Grace"; not "Irving Berlin", "Channing Tatum", given names).
        (span.to > span.from && POSSESSIVE_OPENER.test(from.text)) ||
        (span.to > span.from && lexiconTags(from.text).gerund && !given().has(lower(from.text))) ||
        // "Chelsea have won", "Franz Ferdinand are nominated", "Microsoft's shares": a group's name.
        ((pluralVerbAfter(s, tt, span.from, span.to) || groupPossessive(s, tt, span.to)) &&
          !titledBefore(tt, span.from)) ||
        ((orgByWhatFollows(s, tt, span.to) ||
          (titleThenName(s, tt, span.to, spans) && !given().has(lower(from.text)))) &&
          !otherHolds(to.text, nameText) &&
          !titledBefore(tt, span.from) &&
          !isAffiliation(nameText.split(' ')))
      ) {
        // A quoted title may be named after a person ("Michael Collins", a film of his life): only this use.
        if (!quotedAlone(s, from.start, to.end)) works.add(normaliseName(nameText));
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Mark IV Industries Inc", "Key Savings and Loan", "Royal Dutch/Shell Group", "Royal Dutch <RD>", "Regie
      // Nationale des Usines Renault": a company's name, or its short name, which the article's other uses are too
      // ("Mark IV said"), but for a surname the article gives a person ("Jefferies Group" beside "Boyd Jefferies").
      // "Lionel VII Industries Inc ... expects Lionel VII to appeal", where the tagger took "Lionel" alone: a name
      // its run goes on to a company's short name is that name's first word.
      if (works.size && continuesInto(s, tt, span.to, nameText, works)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      const companyEnd = companyRunEnd(s, tt, span.to);
      if (
        companyEnd >= 0 ||
        endsAsCompany(tt, span.to) ||
        tickerAfter(s, to.end) ||
        insideAngles(s, from.start, to.end) ||
        tailOfLinkedName(s, tt, tags, span.from)
      ) {
        const short = shortNameEnd(s, tt, span.from, Math.max(companyEnd, span.to));
        const shortName = s.slice(from.start, tt[short]!.end).replace(/\s+/g, ' ');
        if (short > span.from || (!surnames.has(shortName) && !lexiconTags(shortName).first))
          works.add(normaliseName(shortName));
        out.push(orgMention(s.slice(from.start, tt[Math.max(companyEnd, span.to)]!.end).replace(/\s+/g, ' '), p, s));
        continue;
      }
      // "Light Louisiana Sweet", "West Texas Sour": a place's name among words that are no one's given name names a
      // thing of that place (a crude oil's grade, a region), no person, when the tagger is less than sure.
      if (
        span.to > span.from &&
        span.margin < SURE &&
        !titledBefore(tt, span.from) &&
        placeWithoutGivenName(tt, span)
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Lake Ontario", "Mount Kenya": a name opened by a word for a place is a place's.
      // "the Reagan Administration", "the Thatcher Government": a name closed by a word for a government is its.
      // "Harris Associates L.P.", "Baker Fentress Ltd": a name closed by a legal form is a company's.
      if (
        span.to > span.from &&
        (PLACE_HEADS.has(lower(from.text)) ||
          INSTITUTION_HEADS.has(lower(from.text)) ||
          GOVERNMENT_TAILS.has(lower(to.text)) ||
          closesCompany(to.text))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      if (/\d/.test(nameText)) continue;
      // A photo credit ("AP Photo/Evan Vucci", "Jane Doe/Getty Images", "(Reuters/Ali Khara)"): whoever it names, the
      // article does not write of them.
      if (inCredit(s, from.start, to.end)) continue;
      // "Inter-Services Public Relations (ISPR)": a name with an acronym after it is an organisation's.
      // The lexicon is asked only about names the tagger is less than sure of: it is slow.
      if (
        /^\s*\(\s*\p{Lu}{2,}/u.test(s.slice(to.end)) ||
        (span.margin < SURE && !surnames.has(nameText) && knownNotPerson(nameText) && !givenThenSurname(tt, span))
      )
        continue;
      // A word alone the lexicon knows as a firm's ("Microsoft has issued updates") or a place's ("Wales has moved
      // on", "Haiti"), with no title and never the end of a person's full name in the article ("Henry Ford ... Ford
      // said", "Jack London ... London wrote"), however sure the tagger is.
      if (
        span.from === span.to &&
        !surnames.has(nameText) &&
        !titledBefore(tt, span.from) &&
        (lexiconOrganisation(nameText) || lexiconTags(nameText).place || groupWord(nameText))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Former Chelsea striker Didier Drogba": a word alone before a role noun and the name of the one who holds it
      // is the body the role is of (kept in the role), no person, unless the article names a person so in full
      // ("Bush adviser Karl Rove" beside "George Bush").
      // So is a run of words with no common given name ("said Wood Gundie analyst Edward Comeau").
      if (
        !surnames.has(nameText) &&
        (span.from === span.to || !tt.slice(span.from, span.to + 1).some((t) => lexiconTags(t.text).first)) &&
        bodyOfNextRole(tt, span.to, spans)
      )
        continue;
      // "a research director at analyst Gartner", "at brokers Phillips and Drew": the firm a role is held at.
      const firm = FIRM_BEFORE.exec(s.slice(Math.max(0, from.start - 80), from.start));
      // (A plural trade before one name is a firm's even when the name opens with a given name: "of brokers James
      // Capel", a firm named after its founder.)
      if (firm && !surnames.has(nameText) && (firm[1] || !knownGiven(tt[span.from]!.text) || /s\s+$/u.test(firm[0]))) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "media analyst with Smith Barney", "economist at Wrightson": the firm a role is held with, when no given name
      // opens it; "Pierson said in its outlook", "Hughes, which makes drill bits": a thing's pronoun (a person's
      // would be "his", "her", "who"), and the article's other uses of the name are the thing's too.
      if (!surnames.has(nameText) && !knownGiven(tt[span.from]!.text) && !titledBefore(tt, span.from)) {
        const pronoun = thingPronounAfter(s, from.start, s.slice(to.end));
        if (pronoun || ROLE_WITH_FIRM.test(s.slice(Math.max(0, from.start - 40), from.start))) {
          if (pronoun) works.add(normaliseName(nameText));
          out.push(orgMention(nameText, p, s));
          continue;
        }
      }
      // "Northern Ireland", "Scotland Yard", "London Irish": a word alone that the tagger cut out of a run of
      // capitals it reads as a place's or an organisation's is a piece of that name, no person.
      if (span.from === span.to && !surnames.has(nameText) && fragmentOfOtherName(s, tt, tags, span.from)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      const a = wordIndex(toks, from.start);
      const b = wordIndex(toks, to.end - 1);
      const name = toks.slice(a, b + 1);
      let r = runBefore(s, toks, a);
      // "Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker": the title run before a
      // name starts after the name before it, and the "and" that joins them.
      if (r < a) {
        let prevEnd = -1;
        for (const o of spans)
          if (
            o !== span &&
            o.to > o.from &&
            /^(?:and|or)$/u.test(tt[o.to + 1]?.text ?? '') &&
            tt[o.to]!.end <= from.start &&
            tt[o.from]!.start >= toks[r]!.start
          )
            prevEnd = Math.max(prevEnd, tt[o.to]!.end);
        if (prevEnd >= 0) {
          while (r < a && toks[r]!.start < prevEnd) r++;
          while (r < a && /^(?:and|or)$/u.test(toks[r]!.text)) r++;
        }
      }
      // A wire typo of a title is that title: "Brazilian Prersident Jose Sarney", "Prime Minsiter".
      const lead = toks.slice(r, a).map((w) => titleOfTypo(w.text) ?? w.text);
      // "Guitarist Brian May", "Sprinters Kostas Kenteris and Katerina Thanou": a trade capitalised for opening the
      // sentence is the role, of each name of the list when plural.
      const opener =
        lead.length === 1 && !isTitleWord(lead[0]!) && opensSentence(s, toks[r]!.start) ? openingTrade(lead[0]!) : null;
      // Title words before the name, and what stands before them: "Chinese Foreign Minister", "FBI Director".
      let t = -1;
      lead.forEach((w, i) => {
        if (isTitleWord(w) || isTitleTypo(w)) t = i;
      });
      // "Minister van Financiën", "Chief of Defense Forces": the title holds what its "of" ties to it.
      if (t >= 0 && t + 1 < lead.length && (lower(lead[t + 1]!) === 'of' || TITLE_OF.has(lead[t + 1]!))) {
        // Up to a given name the tagger left out of the name: "Chancellor of the Exchequer Nigel".
        const name = lead.findIndex((w, i) => i > t + 1 && /^\p{Lu}\p{Ll}/u.test(w) && given().has(lower(w)));
        t = (name < 0 ? lead.length : name) - 1;
      }
      // A courtesy title alone ("the former chief executive, Mr Ebbers") is no role: what stands before it is read.
      const courtesy = lead.length > 0 && lead.every((w) => COURTESY.test(w));
      let title = courtesy ? [] : lead.slice(0, t + 1);
      const rest = lead.slice(t + 1);
      // A name cut out of a longer name the tagger reads as something else ("Million Dollar Baby" gives "Dollar
      // Baby"), when no title or affiliation opens it: a piece of that name, no person.
      if (
        t < 0 &&
        !courtesy &&
        rest.length &&
        gluedToOtherName(s, tt, tags, span.from, span.to, ctx) &&
        !isAffiliation(rest)
      ) {
        works.add(normaliseName(nameText));
        out.push(orgMention(nameText, p, s));
        continue;
      }
      let affiliation: string | null = null;
      const firstTitle = title.findIndex(isTitleWord);
      if (firstTitle > 0) {
        // The portfolio before the title stays with it ("Agriculture Secretary", "Bundesbank President", "White
        // House Chief of Staff"); what stands before the portfolio may be an affiliation ("U.S.").
        const pre = title.slice(0, firstTitle);
        let k = pre.length;
        while (
          k > 0 &&
          pre.length - k < 3 &&
          !HONORIFICS.has(lower(title[firstTitle]!)) &&
          isPortfolio(pre[k - 1]!) &&
          !participle(lower(pre[k - 1]!))
        )
          k--;
        // "Bank of Japan Governor", "Bank of the Netherlands President": an organisation's name tied by "of"
        // stays whole with the title.
        let of = -1;
        for (let i = 1; i < pre.length; i++) if (pre[i] === 'of' && ORG_WORDS.has(lower(pre[i - 1]!))) of = i;
        if (of > 0 && of - 1 < k) {
          k = of - 1;
          while (k > 0 && pre.length - k < 8 && isPortfolio(pre[k - 1]!) && !isAffiliation([pre[k - 1]!])) k--;
        }
        // "House Ways and Means Committee Chairman": "and" inside a committee's name.
        const bodyWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isAffiliation([w]);
        while (k > 1 && k < pre.length && pre[k - 1] === 'and' && bodyWord(pre[k - 2]!) && pre.length - k < 8) {
          k -= 2;
          while (k > 0 && pre.length - k < 8 && bodyWord(pre[k - 1]!)) k--;
        }
        affiliation = affiliationIn(pre.slice(0, k));
        title = [...pre.slice(k), ...title.slice(firstTitle)];
      } else if (t < 0 && rest.length && isAffiliation(rest)) affiliation = rest.join(' '); // "Uruguayan Marcelo Otero"
      // "…, known as Hemedti, the commander of …": the role told after the nickname is the person's.
      // A bare bracket must hold a name the tagger takes alone for a person's elsewhere ("Hemedti later left"):
      // "John Prescott (Labour)" and "Didier Drogba (Ivory Coast)" give a party and a country.
      const told = inner
        ? null
        : toldNickname(s.slice(to.end), (name, at) =>
            (aloneAt.get(name) ?? []).some((x) => x !== `${n}:${to.end + at}`),
          );
      // (A U.S. legislator's party and state in brackets stand between the name and its apposition: "Dan Glickman,
      // (D-Kans.), chairman of the subcommittee", "Rudy Boschwitz (R-Minn.), cosponsor of the plan".)
      const after = (
        told && /^\s*,/u.test(s.slice(to.end + told.end)) ? s.slice(to.end + told.end).trimStart() : s.slice(to.end)
      ).replace(PARTY_STATE, '');
      const roles: string[] = [];
      let fromPlural = false;
      // "Lions coach Sir Clive Woodward", "Conservative peer Lord Heseltine": a title of honour alone says no office,
      // the role is what stands before it.
      const honourOnly = title.length > 0 && title.every((w) => HONORIFICS.has(lower(w)) || COURTESY.test(w));
      if (title.length && !honourOnly) {
        // "Conservative MSPs Murdo Fraser and Annabel Goldie": each name of the list is one member.
        const members = title.at(-1)!;
        if (memberInitials(members) && members.endsWith('s')) {
          title = [...title.slice(0, -1), members.slice(0, -1)];
          fromPlural = true;
        }
        roles.push(...splitRanks(title));
        const left = leftRole(s, toks, r, false);
        if (!affiliation) {
          if (left.role.length && roles[0]) roles[0] = `${left.role.join(' ')} ${roles[0]}`;
          affiliation = left.affiliation;
          // The role as the article writes it: "Pakistan's Deputy Prime Minister", "Afghan acting Foreign Minister".
          if (affiliation && roles[0] && !TITLE_WORDS.has(lower(affiliation)))
            roles[0] = `${affiliation}${left.possessive ? '’s' : ''} ${roles[0]}`;
        } else if (roles[0]) roles[0] = `${affiliation} ${roles[0]}`;
      } else if (r === a || courtesy || honourOnly) {
        const left = leftRole(s, toks, r, true);
        const role = cleanRole(left.role) ?? foreignOfRole(s.slice(0, from.start));
        fromPlural = left.plural && !!cleanRole(left.role);
        // "Kenya's army chief Charles Kahariri": the role as written, with the possessive that owns it; "Army chief
        // X", "The RSF commander, X": a body's name before the role noun is part of it (a people or place is not).
        if (role)
          roles.push(
            left.possessive && left.affiliation
              ? `${left.affiliation}’s ${role}`
              : bodyFirst && left.role.length && left.affiliation
                ? withBody(left.affiliation, role, s, from.start, ctx.lower)
                : role,
          );
        affiliation ??= left.affiliation;
        if (!role) {
          // (Before a courtesy title: "..., Mr Llwyd".)
          const lead = leadingApposition(s.slice(0, Math.min(from.start, toks[r]!.start)));
          if (lead) {
            roles.push(lead);
            affiliation ??= /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)['’]s\s/u.exec(lead)?.[1] ?? null;
          }
        }
      }
      if (roles.length === 0) {
        const foreign = foreignOfRole(s.slice(0, from.start));
        if (foreign) roles.push(foreign);
      }
      if (roles.length === 0 && opener) {
        roles.push(opener);
        fromPlural = opener !== lead[0]!.toLowerCase();
      }
      // "strikers Jimmy Floyd Hasselbaink and Mark Viduka": the next names of the list hold the plural's role.
      const listed: boolean =
        roles.length === 0 &&
        listRole !== null &&
        /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/u.test(s.slice(listRole.end, from.start)) &&
        knownGiven(from.text);
      if (listed) roles.push(listRole!.role);
      // A title after "former" is an office held before: "Former U.S. President Jimmy Carter".
      if (roles[0] && title.length && !/\bformer\b/iu.test(roles[0]) && FORMER.test(s.slice(0, toks[r]!.start)))
        roles[0] = formerOf(roles[0]);
      const roleDates: (string | null)[] = roles.map(() => null);
      const appointed = appointment(s.slice(0, from.start), after);
      const past = appointed ? null : pastRole(after);
      for (const told of [appointed, past]) {
        if (!told || roles.includes(told)) continue;
        roles.push(told);
        roleDates.push(roleDate(s, from.start, doc.date));
      }
      const current = appointed || past ? null : presentRole(after);
      if (current && !roles.includes(current)) {
        roles.push(current);
        roleDates.push(null);
      }
      const app = listItemCut(
        past || current ? null : (apposition(after, opensSentence(s, from.start)) ?? copular(after)),
        s,
        to.end,
        spans.filter((o) => o !== span && o.margin >= DOUBTFUL).map((o) => tt[o.from]!.start),
      );
      if (app) {
        roles.push(app.replace(/^(?:a|an|the)\s+/iu, ''));
        roleDates.push(null);
        const org = /\bof (?:the )?((?:[\p{L}-]+\s)*?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)\s*$/u.exec(app);
        const based = /([\p{Lu}][\p{L}]+)-based/u.exec(app);
        affiliation ??= org?.[1]?.replace(/^[\p{L}]+-based\s/u, '') ?? based?.[1] ?? null;
      }
      // "Prince Charles", "Queen Elizabeth": a royal is known by title and one name, a name of its own (not
      // Charles Kennedy's given name); the title stays the role too.
      const royal =
        span.from === span.to &&
        span.from > 0 &&
        ROYAL_TITLES.test(tt[span.from - 1]!.text) &&
        s.slice(tt[span.from - 1]!.end, from.start) === ' ';
      if (royal) nameText = `${tt[span.from - 1]!.text} ${nameText}`;
      const full = royal || name.filter((w) => !PARTICLES.has(w.text)).length >= 2;
      // "Jay-Z, real name Shawn Carter": the name before is this person's stage name, an alias after the real one,
      // and the roles it was given are the person's.
      const stage = full ? stageNameBefore(out, first, s, from.start) : -1;
      const [alias] = stage >= 0 ? out.splice(stage, 1) : [];
      for (const role of alias?.roles ?? []) {
        roles.push(role);
        roleDates.push(null);
      }
      const evidence =
        span.margin >= (full ? EVIDENT_FULL : EVIDENT_SHORT) || roles.length > 0 || title.length > 0 || courtesy;
      roles.forEach((role, i) => {
        // "Jack Straw, now foreign secretary": the role is "foreign secretary".
        roles[i] = role = withoutArticle(role).replace(/^(?:now|currently|still|also)\s+(?=\S)/iu, '');
        if (/^(?:former\s|ex-)/iu.test(role)) roles[i] = formerOf(role);
      });
      const dated = roleDates.some((d) => d !== null) ? { roleDates } : {};
      const base = {
        passage: p,
        sentence: s,
        roles,
        affiliation: affiliation?.replace(/['’]s$/u, '') ?? null,
        evidence,
        ...dated,
      };
      // "the Jaishankar-Muttaqi talks": two surnames joined by a hyphen, used as a modifier, are two mentions.
      if (
        !full &&
        /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(nameText) &&
        /\bthe\s+$/iu.test(s.slice(0, from.start)) &&
        /^\s+\p{Ll}/u.test(after)
      ) {
        for (const part of nameText.split('-')) out.push({ ...base, name: part, full: false, evidence: false });
        continue;
      }
      out.push({ ...base, name: nameText, full });
      listRole = (fromPlural || listed) && roles[0] ? { end: to.end, role: roles[0] } : null;
      // ("Rapper Jay-Z" opening the sentence: the occupation is no part of the stage name.)
      if (alias)
        out.push(
          nicknameMention(
            alias.name.replace(/^(?:\p{Lu}\p{Ll}+\s+)+(?=\S)/u, (w) =>
              w.split(/\s+/).every((x) => !x || isRoleNoun(x)) ? '' : w,
            ),
            p,
            s,
          ),
        );
      // Its nickname, held inside it ('Joaquin "El Chapo" Guzman') or told after it ("Mohamed Hamdan Dagalo, known
      // as "Hemedti"", "Dagalo (Hemedti)"): the same person here and in the rest of the article.
      const nick = inner?.text ?? told?.text;
      if (nick) {
        if (told) nicknameAt = to.end + told.at;
        out.push(nicknameMention(nick, p, s));
      }
    }
    scriptNamesOf(out, first, p, s);
  }
  // One name, one sense in an article: a name it writes as a work's or a firm's is so wherever it has no role,
  // and so is a word alone that opens or closes one ("Terrorism" of "Terrorism Bill", "Championship"), but a given
  // name ("Jimi" of "Jimi Hendrix Experience").
  if (works.size) {
    // (Nor the surname of a person the article names in full: "Taft" of "Taft Broadcasting" beside "Dudley Taft".)
    const ends = new Set<string>();
    const surnameKeys = new Set(
      out.filter((m) => m.full && !m.org).map((m) => normaliseName(m.name).split(' ').at(-1)!),
    );
    for (const w of works) {
      const parts = w.split(' ');
      if (parts.length > 1)
        for (const x of [parts[0]!, parts.at(-1)!]) if (!given().has(x) && !surnameKeys.has(x)) ends.add(x);
    }
    out.forEach((m, i) => {
      if (m.org || m.nickname || m.roles.length) return;
      const key = normaliseName(m.name);
      // ("Yahoo Messenger" where "Yahoo" is the firm: a name that opens on a firm's one-word name is its product.)
      const first = key.split(' ')[0]!;
      const product = m.full && key.includes(' ') && works.has(first) && !given().has(first);
      if (works.has(key) || (!m.full && ends.has(key)) || product) out[i] = orgMention(m.name, m.passage, m.sentence);
    });
  }
  // "Scotland's justice minister has warned ... . Cathy Jamieson said": the lead's role is the named one's.
  leadRole(out, sents.filter((x) => x.s.trim() !== doc.title.trim()).slice(0, 2), isRoleNoun);
  sharedSurnames(out);
  nicknamesLater(out);
  articledSurnames(out);
  relatives(out);
  if (written.size) {
    const seen = new Map<string, number>();
    for (const m of out) {
      const original = written.get(m.sentence);
      if (!original) continue;
      // The k-th mention of a name in a sentence is its k-th occurrence there: "X Sr ... and X Jr".
      const key = `${m.sentence}\u0000${m.name}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      restoreSuffix(m, original, k);
    }
  }
  return out;
}

/**
 * "impresarios David and Ed Mirvish", "twins Bob and Mike Bryan": a given name alone before "and" and a full name,
 * after a plural role, shares that name's surname, and is that person, not another David the article or the corpus
 * names. (A family's, "husband and wife Jim and Margaret Cuthbertson", is kin.ts's.)
 */
function sharedSurnames(out: Mention[]): void {
  // (Not a surname of the article: "Blair and John Major", "Robben and Damien Duff".)
  const surnames = new Set(out.filter((x) => x.full && !x.org).map((x) => x.name.split(' ').at(-1)!));
  out.forEach((m, i) => {
    if (m.full || m.org || m.nickname || surnames.has(m.name) || !lexiconTags(m.name).first) return;
    const next = out[i + 1];
    if (!next || !next.full || next.org || next.sentence !== m.sentence || !next.name.includes(' ')) return;
    const [first, ...rest] = next.name.split(' ');
    // Only after a plural role or a word of kin, which says the two are alike: not "include Lulu and Julio Iglesias",
    // "Figo, Dani and Patrick Kluivert", "the Jesus and Mary Chain"; nor the surname itself, "Reagan and Nancy Reagan".
    const at = m.sentence.indexOf(`${m.name} and ${next.name}`);
    const before = /(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(m.sentence.slice(0, Math.max(0, at)))?.[1] ?? '';
    const alike = singularRole(before) !== null || /^(?:brothers|sisters|twins|siblings|couple|duo)$/u.test(before);
    if (!given().has(lower(first!)) || rest.includes(m.name) || at < 0 || !alike) return;
    m.name = `${m.name} ${rest.join(' ')}`;
    m.full = true;
    if (m.roles.length === 0 && next.roles.length) {
      m.roles.push(...next.roles);
      if (next.roleDates) m.roleDates = [...next.roleDates];
    }
  });
}

/** Whether a name lies in the wire dateline opening its sentence: "MORRIS TOWNSHIP, N.J., March 5 -" is a place. */
function inDateline(s: string, tt: TagToken[], sp: { to: number }): boolean {
  if (!/^[\s*]*\p{Lu}[\p{Lu}\p{N} .'&-]+,/u.test(s)) return false;
  const dateline = DATELINE.exec(s);
  return !!dateline && tt[sp.to]!.end <= dateline[0].length;
}

/** A generational suffix after a capitalised name: "Herb Mee Jr.", "Patrick Michaels, Jr.", "Joseph Kennedy Snr". */
const SUFFIX = /(\p{Lu}[\p{L}'’-]*),?\s+(Jr|Sr|Jnr|Snr)(\.?)(?=[\s,;:)"”’']|$)/gu;

/**
 * A mention read in a sentence without suffixes, given back the sentence as written (`original`) and the suffix of
 * its name's `k`-th occurrence there: "Herb Mee Jr" and "Douglas Fairbanks Sr" are not their fathers or sons.
 */
function restoreSuffix(m: Mention, original: string, k: number): void {
  m.sentence = original;
  if (m.org) return;
  const at = [
    ...original.matchAll(
      new RegExp(`${escapeRegExp(m.name)}(?:,?\\s+(Jr|Sr|Jnr|Snr)\\b|\\s+(MP|MSP|MEP|MLA)\\b)?`, 'gu'),
    ),
  ][k];
  if (at?.[1] && m.full) m.name = `${m.name} ${at[1]}`;
  // A member's letters after the name are a role: "Brian Monteith MSP".
  if (at?.[2] && !m.roles.includes(at[2])) {
    m.roles.push(at[2]);
    m.roleDates?.push(null);
  }
}

/** Words before a member's letters that say whose member: a party, a seat ("Labour MP", "Manchester Central MP"). */
const CONSTITUENCY =
  /^(?:Labour|Tory|Conservative|Liberal|Lib|Dem|Green|Plaid|Unionist|Democrat|Republican|SNP|SDLP|UUP|DUP|Independent|Socialist|Ukip|UKIP|Central|North|South|East|West|Northern|Southern|Eastern|Western|Rural|Borough|City)$/u;

/**
 * Letters after a name: a member's ("Brian Monteith MSP,"), a counsel's or an honour's ("QC", "OBE"), before a comma,
 * a bracket, the end or a word in lower case ("Guy Mansfield QC warned").
 */
const POST_NOMINAL =
  /(?<=\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:MP|MSP|MEP|MLA|QC|KC|OBE|MBE|CBE)(?=\s*[,;)]|\s*\.?$|\s+\p{Ll})/gu;

/**
 * A sentence without its names' generational suffixes, keeping a full stop that ends one ("said Herb Mee Jr. He"),
 * and without the letters after them.
 */
function withoutSuffixes(s: string): string {
  // Not after a party or a place, whose member the letters make: "a prospective Labour MP,", "Manchester Central MP,".
  const bare = s.replace(POST_NOMINAL, (all: string, at: number) => {
    const [, first, before = ''] = /(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}[\p{L}'’-]*)$/u.exec(s.slice(0, at)) ?? [];
    // ("Guy Mansfield QC": after a given name, a place's name is a surname.)
    if (first && knownGiven(first)) return '';
    return CONSTITUENCY.test(before) || isAffiliation([before]) ? all : '';
  });
  return bare.replace(
    SUFFIX,
    (all: string, name: string, _kind: string, dot: string, at: number) =>
      name + (dot && /^(?:\s+["“‘]?\p{Lu}|\s*$)/u.test(bare.slice(at + all.length)) ? '.' : ''),
  );
}

/** Each sentence's relatives named by given name only, given the surname the sentence ties them to (kin.ts). */
function relatives(out: Mention[]): void {
  const added: Mention[] = [];
  const surnames = new Set(out.filter((m) => m.full && !m.org).map((m) => m.name.split(' ').at(-1)!));
  for (let i = 0; i < out.length;) {
    let j = i + 1;
    while (j < out.length && out[j]!.sentence === out[i]!.sentence && out[j]!.passage === out[i]!.passage) j++;
    const s = out[i]!.sentence;
    if (/['’]s?\s|\sand\s/u.test(s)) added.push(...kinNames(out.slice(i, j), s, out[i]!.passage, surnames));
    i = j;
  }
  out.push(...added);
}

/**
 * "El Guerrouj" after "Hicham El Guerrouj": the surname with the Arabic article spelt apart, which a full name of
 * the article ends with, is that surname used alone (a name's key leaves such an article out only after a given
 * name, so that "Al Gore" stays a full name).
 */
function articledSurnames(out: Mention[]): void {
  let fulls: string[] | null = null;
  for (const [i, m] of out.entries()) {
    const bare =
      !m.org && m.full ? /^(?:El|Al|Ul|Ed|Ad|As|Ash|Ar)\s(\p{Lu}[\p{L}'’-]+)$/u.exec(m.name)?.[1] : undefined;
    if (!bare) continue;
    fulls ??= out.filter((x) => x.full && !x.org).map((x) => x.name);
    if (fulls.some((f) => f !== m.name && f.endsWith(` ${m.name}`))) out[i] = { ...m, name: bare, full: false };
  }
}

/** "real name", "born", "birth name" between a name and the real one after it. */
const REAL_NAME = /^,?\s*\(?\s*(?:(?:whose\s+)?(?:real|birth|given)\s+name\s+(?:is\s+)?|born\s+)$/iu;

/**
 * The index in `out` (from `first`, this sentence's) of the mention just before a real name that the text gives as
 * its real one ("Jay-Z, real name Shawn Carter", "Sting (real name Gordon Sumner)"), or -1.
 */
function stageNameBefore(out: Mention[], first: number, s: string, at: number): number {
  const k = out.length - 1;
  const m = out[k];
  if (k < first || !m || m.org || m.nickname || m.sentence !== s) return -1;
  const end = s.lastIndexOf(m.name, at);
  return end >= 0 && REAL_NAME.test(s.slice(end + m.name.length, at)) ? k : -1;
}

/**
 * A nickname used again later in the article ("El Chapo had escaped", or "Chapo") stands for the person it was
 * given to, whom the build finds through the nickname: it is no evidence of a person of that name of its own.
 */
function nicknamesLater(out: Mention[]): void {
  let given: Set<string> | null = null;
  for (const [i, m] of out.entries()) {
    if (m.org) continue;
    const key = normaliseName(m.name);
    if (m.nickname) {
      given ??= new Set();
      given.add(key);
      const bare = bareNickname(key);
      if (bare) given.add(bare);
    } else if (given?.has(key) && !m.full && m.evidence) out[i] = { ...m, evidence: false };
  }
}
