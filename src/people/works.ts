// Evidence a sentence gives that a person-shaped name is a work's, a band's, a company's or a product's: "the film
// Vera Drake", "bookmaker William Hill", "Chelsea boss Jose Mourinho", "The Joe Rogan Experience", a quoted title.
import { HONORIFICS, lexiconTags, NOT_PERSON, plainAdjective, TITLE_WORDS } from './lexicon.js';
import { isTitleWord } from './role-words.js';
import { plainGivenName } from './given-names.js';
import { type TagToken, given } from './tagger.js';
import { lower } from './name-tokens.js';
import { capitalGluedBefore } from './name-checks.js';
import { commonWord } from './common-words.js';
import { nameLists } from './list-named.js';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Lower-case nouns that name what the capitalised name just after them is: a work, a band, a firm, a product, a
 * machine ("the film Vera Drake", "Glasgow band Franz Ferdinand", "bookmaker William Hill", "the virus Cabir").
 * Singular only: after a plural the name opens a relative clause ("one of the shows Alan Titchmarsh left"), but for a
 * list the plural opens (workNounBefore: "draw machines Arthur and Guinevere").
 */
const WORK_NOUNS = words(`
  film movie album song band novel musical sitcom documentary podcast opera soap franchise show programme drama
  comedy thriller biopic blockbuster bookmaker firm company carmaker brewer retailer supermarket label magazine
  newspaper tabloid broadsheet website portal brand virus worm software browser console handset horse airline studio
  epic sequel prequel remake re-make spoof adaptation ballet videogame agency reinsurer insurer flop flops giant
  conglomerate multinational track single tune ballad anthem poem painting sculpture serial miniseries act outfit
  group boyband book machine robot
`);

/** A word placing a work in its maker's run, before its noun: "debut feature ", "latest feature ". */
const WORK_ORDER_BEFORE = /\b(?:debut|first|second|third|fourth|fifth|latest|new|last|next|final)\s+feature\s$/u;

/** "hit" as a song's noun: after a determiner, a possessive or a word placing it ("debut hit ", "the 1999 hit "). */
const HIT_BEFORE =
  /\b(?:the|a|his|her|their|its|debut|first|second|latest|new|biggest|big|smash|chart|number\s+one|\d{4})\s+hit\s$/iu;

/** A quantifier before the noun just before a name: "every track ", "any film ". */
const QUANTIFIED = /\b(?:every|each|any|no|which|whichever|what|whatever)\s+\p{Ll}+\s$/iu;

/** A year in the possessive just before a name: "1989's ". */
const YEAR_OWNS = /\b(?:1[6-9]|20)\d\d['’]s\s$/u;

/** A work made of another: "a film version of", "the stage adaptation of", "the sequel to". */
const REMADE_BEFORE = /\b(?:version|adaptation|remake|sequel|prequel|spin-off|reworking)\s+(?:of|to)\s+$/u;

/**
 * Role nouns an organisation, a band or a work writes before its member's name ("Chelsea boss Jose Mourinho",
 * "William Hill spokesman Rupert Adams", "Franz Ferdinand singer Alex Kapranos", "Vera Drake star Imelda Staunton"):
 * the name before them is that organisation's, band's or work's.
 */
const MEMBER_ROLES = words(`
  boss chairman chairwoman spokesman spokeswoman spokesperson chief director manager president founder owner
  coach striker midfielder defender goalkeeper keeper winger captain analyst economist executive
  star actor actress creator writer author producer singer frontman frontwoman guitarist drummer bassist vocalist
  dancer rapper keyboardist pianist saxophonist trumpeter violinist player
`);

/**
 * Last words that make a name a work's, a group's, a place's or an event's ("Joe Rogan Experience", "Jimi Hendrix
 * Experience", "Booker Prize", "Terrorism Bill"): the words of NOT_PERSON, but those that are also surnames.
 */
const SURNAME_TOO = words('press church house court post street bridge camp fleet hall union bank trust');
export function isWorkTail(word: string): boolean {
  const w = word.toLowerCase();
  return NOT_PERSON.has(w) && !SURNAME_TOO.has(w);
}

const OPEN_QUOTE = /["“‘']$/u;
const CLOSE_QUOTE = /^["”’'](?!\p{L})/u;

/**
 * Whether a name stands alone inside quotation marks: a title ("the Oscar-nominated "Vera Drake""), not a
 * nickname, which the caller reads apart ("known as "Hemedti"").
 */
export function quotedAlone(s: string, start: number, end: number): boolean {
  return OPEN_QUOTE.test(s.slice(Math.max(0, start - 1), start)) && CLOSE_QUOTE.test(s.slice(end, end + 2));
}

/**
 * The lower-case word just before a position, when a single space parts it from what follows; a capitalised one
 * only when it opens the sentence ("Bookmaker William Hill said ..."), lower-cased.
 */
function wordBefore(s: string, at: number): string | null {
  const head = s.slice(Math.max(0, at - 40), at);
  const m = /(?<!\p{L})(\p{Ll}[\p{L}-]*) $/u.exec(head) ?? (at <= 40 ? /^["“‘]?(\p{Lu}\p{Ll}+) $/u.exec(head) : null);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Whether a work, band or firm noun stands just before a name: "the film Vera Drake", "bookmaker William Hill". Its
 * plural too when a list goes on after the name ("the bands Franz Ferdinand and The White Stripes"), not when a
 * clause does ("one of the shows Alan Titchmarsh left"). `end`: where the name ends.
 */
export function workNounBefore(s: string, start: number, end = -1): boolean {
  // "1989's Shirley Valentine", "1947's Nicholas Nickleby": a year owns a work or an event, no person.
  if (YEAR_OWNS.test(s.slice(Math.max(0, start - 8), start))) return true;
  // "Hailey's first novel, Runaway Zero-Eight in 1958", "her latest album, Confessions.": an owner's work named in
  // an apposition that closes there (not the subject of a clause: "In his latest film, Tom Cruise plays a hitman").
  if (end >= 0 && s.charAt(start - 2) === ',') {
    const owned = OWNED_WORK.exec(s.slice(Math.max(0, start - 60), start));
    if (owned && WORK_NOUNS.has(owned[1]!) && APPOSITION_CLOSES.test(s.slice(end))) return true;
  }
  const w = wordBefore(s, start);
  if (w === null) return false;
  // (A quantifier before the noun opens a clause the name is the subject of: "every track Robbie has released".)
  if (WORK_NOUNS.has(w)) return !QUANTIFIED.test(s.slice(Math.max(0, start - 40), start));
  // "her 1988 debut feature Salaam Bombay", "his latest feature X": a film's noun that is a verb too ("the films
  // feature Tom Hanks") only after a word that places the work in its maker's run.
  if (w === 'feature' && WORK_ORDER_BEFORE.test(s.slice(Math.max(0, start - 30), start))) return true;
  // "her debut hit Genie in a Bottle", "the hit Dear Mama": a song's noun that is a verb too only after a determiner,
  // a possessive or a word that places it ("Smith hit Jones" is the verb's).
  if (w === 'hit' && HIT_BEFORE.test(s.slice(Math.max(0, start - 30), start))) return true;
  // "a film version of Lovely Bones", "the sequel to Shrek": a work made of another names that work.
  // (Not its author's, in the possessive or before the work's noun: "a remake of Roald Dahl's classic", "the sequel
  // to Ben Stiller comedy Meet The Parents".)
  if ((w === 'of' || w === 'to') && REMADE_BEFORE.test(s.slice(Math.max(0, start - 30), start))) {
    const after = end >= 0 ? s.slice(end) : '';
    const noun = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
    if (!/^['’]/u.test(after) && !WORK_NOUNS.has(noun) && noun !== 'classic') return true;
  }
  if (end >= 0 && /s$/u.test(w) && WORK_NOUNS.has(w.slice(0, -1)) && /^(?:,| and) \p{Lu}/u.test(s.slice(end, end + 6)))
    return true;
  // A later name of that list: "draw machines Arthur and Guinevere", "the bands Keane, Razorlight and Athlete".
  const list = LIST_OPENED.exec(s.slice(Math.max(0, start - 120), start));
  return !!list && WORK_NOUNS.has(list[1]!.slice(0, -1));
}

/** An owner's work's noun and a comma before a name: "Hailey's first novel, ", "her latest album, ". */
const OWNED_WORK = /(?:['’]s?|\b(?:his|her|their|its|my|our))\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+),\s+$/u;
/** What closes an apposition right after a name: a stop, a comma, a bracket, or a year it came out in. */
const APPOSITION_CLOSES = /^(?:\s*[,.;:)]|\s+in\s+\d{4}\b|\s*$)/u;

/** A plural noun, then capitalised names parted by commas or "and", up to the next one. */
const LIST_OPENED =
  /(?<![\p{L}-])(\p{Ll}+s)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))+$/u;

/**
 * Whether "The", capitalised inside a sentence, stands just before a name: a title's first word ("17 years after
 * The Joshua Tree cemented their place", "such as The Leonard Cohen Story"), which no person's name takes. At a
 * sentence's or a quotation's start the capital tells nothing.
 */
export function titleTheBefore(s: string, start: number): boolean {
  const m = /(\S)\s+The\s+$/u.exec(s.slice(Math.max(0, start - 40), start));
  return !!m && !CLAUSE_MARK.test(m[1]!);
}

/**
 * Whether "The" inside a sentence opens the run of capitalised words a name ends: "boxing show The Next Great
 * Champ", "the album The Big Come Up". A title's words, no person's; not a title of an office's nor a given name
 * ("The Prince Edward", "The Rev Jesse Jackson": the run holds a person's name).
 */
export function titleTheRunBefore(s: string, start: number): boolean {
  const m = /(\S)\s+The\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})$/u.exec(s.slice(Math.max(0, start - 60), start));
  if (!m || CLAUSE_MARK.test(m[1]!)) return false;
  // (The name's own first word counts when a surname follows it.)
  const opening = /^([\p{L}'’-]+) \p{Lu}/u.exec(s.slice(start))?.[1];
  return [...m[2]!.trim().split(/\s+/u), ...(opening ? [opening] : [])].every(
    (w) => !isTitleWord(w) && !HONORIFICS.has(lower(w)) && !plainGivenName(w),
  );
}

/**
 * Whether a one-word name is an adjective that names a day with the weekday after it: "Bloody Sunday", "Super
 * Tuesday", "Black Monday" (an event's or a film's name). Not a given name ("Carol Monday"), which wire copy may set
 * before a weekday as a surname may ("Baker Monday said").
 */
export function dayNamedByAdjective(s: string, tt: TagToken[], at: number): boolean {
  const next = tt[at + 1];
  if (!next || s.slice(tt[at]!.end, next.start) !== ' ' || !WEEKDAY.test(next.text)) return false;
  const word = tt[at]!.text;
  return plainAdjective(word) && !given().has(lower(word));
}

/** A weekday's name, capitalised. */
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** A mark that opens a sentence, a clause or a quotation, after which a capital tells nothing. */
const CLAUSE_MARK = /[.!?:;"“”‘’'([-]/u;

/**
 * Whether a capitalised common word and a small phrase stand just before a name inside a sentence: a title's opening
 * words ("her role in Girl with a Pearl Earring", "Return of the Jedi Knight"), which no person's name takes. The
 * word is no title of an office ("Secretary of the Navy John Lehman"), no given name the lexicon knows, no place.
 */
export function titleOpensBefore(s: string, start: number): boolean {
  const m = /(\S)\s+(\p{Lu}\p{Ll}+)\s+(?:with|of|in|on|at|for|from|to)\s+(?:a|an|the)\s+$/u.exec(
    s.slice(Math.max(0, start - 60), start),
  );
  if (!m || CLAUSE_MARK.test(m[1]!)) return false;
  const word = m[2]!;
  const known = lexiconTags(word);
  return commonWord(word) && !TITLE_WORDS.has(lower(word)) && !known.first && !known.place;
}

/**
 * Whether a name is an organisation's by what follows it: a member's role and that member's name ("Chelsea boss
 * Jose Mourinho"), or its shares ("Marconi shares rose"). Not after a possessive ("Kenteris' lawyer Gregory
 * Ioannidis" is a person's lawyer). `tt`: the sentence's tokens; `to`: the name's last token.
 */
export function orgByWhatFollows(s: string, tt: TagToken[], to: number): boolean {
  const next = tt[to + 1];
  if (!next || s.slice(tt[to]!.end, next.start) !== ' ') return false;
  if (next.text === 'shares' || next.text === 'stock') return true;
  if (!MEMBER_ROLES.has(next.text)) return false;
  // The role may run on a few words, its last a member's role too: "Kleinwort Benson chief financial economist Sam
  // Kahan", "Hilton Hotels chairman and president Barron Hilton".
  let last = to + 1;
  for (
    let k = to + 2;
    k <= to + 4 && /^\p{Ll}+$/u.test(tt[k]?.text ?? '') && s.slice(tt[k - 1]!.end, tt[k]!.start) === ' ';
    k++
  )
    last = k;
  while (last > to + 1 && !MEMBER_ROLES.has(tt[last]!.text)) last--;
  const after = tt[last + 1];
  // (The member's name may open on two initials: "Harry Potter author JK Rowling".)
  return !!after && s.slice(tt[last]!.end, after.start) === ' ' && /^\p{Lu}(?:\p{Ll}|\p{Lu}$)/u.test(after.text);
}

/**
 * The words alone, not glued to a capitalised word before them, that a sentence writes before a member's role and
 * that member's name ("Icstis spokesman Rob Dwight", "Yukos chief executive Steven Theede"), whatever the tagger
 * made of them: candidates for an organisation's name, which the caller weighs against the article's people.
 */
export function memberOwners(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < tt.length; i++) {
    const w = tt[i]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || !MEMBER_ROLES.has(tt[i + 1]!.text)) continue;
    if (!capitalGluedBefore(s, tt, i) && orgByWhatFollows(s, tt, i)) out.push(w.text);
  }
  return out;
}

/**
 * The capitalised runs a sentence writes in the possessive before another capitalised run: owner and owned
 * ("Chase Manhattan's Nicol", "Plaid Cymru's Elfyn Llwyd"). The caller keeps the owners whose owned run is a
 * person of the article: a group's member, the group no person.
 */
export function possessivePairs(s: string, tt: TagToken[]): { owner: string; owned: string }[] {
  const out: { owner: string; owned: string }[] = [];
  for (let i = 1; i + 2 < tt.length; i++) {
    const poss = tt[i]!;
    if (!/^['’]s?$/u.test(poss.text) || poss.start !== tt[i - 1]!.end) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(tt[i - 1]!.text) || !/^\p{Lu}\p{Ll}/u.test(tt[i + 1]!.text)) continue;
    if (s.slice(poss.end, tt[i + 1]!.start) !== ' ') continue;
    const from = runStart(s, tt, i - 1);
    let to = i + 1;
    while (
      to - i < 3 &&
      /^\p{Lu}\p{Ll}/u.test(tt[to + 1]?.text ?? '') &&
      s.slice(tt[to]!.end, tt[to + 1]!.start) === ' '
    )
      to++;
    out.push({ owner: s.slice(tt[from]!.start, tt[i - 1]!.end), owned: s.slice(tt[i + 1]!.start, tt[to]!.end) });
  }
  return out;
}

/** Plural verbs: British news gives a club, a band or a firm one ("Chelsea have", "Franz Ferdinand are"). */
const PLURAL_VERBS = words('are were have');
/**
 * Words after which a name opens a clause, as its subject: "Chelsea have won", "but Franz Ferdinand are"; after
 * any other word the verb may be another subject's ("injuries to Mary Joe Fernandez have", "Smith and Jones are").
 */
const CLAUSE_OPENERS = words(
  ', ; : " “ ( that when if but because while after before since until though although unless whether where so now yet then',
);

/**
 * Whether a plural verb follows a name that opens its clause ("Chelsea have won", "Franz Ferdinand are
 * nominated"), or closes a relative clause said of it ("Scissor Sisters, who had the best-selling album, were
 * seventh"): the name is a group's. `from`, `to`: the name's first and last tokens.
 */
export function pluralVerbAfter(s: string, tt: TagToken[], from: number, to: number): boolean {
  const verb = verbAfterRelative(tt, to) ?? to + 1;
  const next = tt[verb];
  if (!next || !PLURAL_VERBS.has(next.text) || (verb === to + 1 && s.slice(tt[to]!.end, next.start) !== ' '))
    return false;
  const prev = tt[from - 1];
  return !prev || CLAUSE_OPENERS.has(prev.text.toLowerCase());
}

/** The token after a relative clause between commas right after token `to` (", who had the album,"), if any. */
function verbAfterRelative(tt: TagToken[], to: number): number | null {
  if (tt[to + 1]?.text !== ',' || tt[to + 2]?.text !== 'who') return null;
  for (let i = to + 3; i < tt.length && i < to + 30; i++) if (tt[i]!.text === ',') return i + 1;
  return null;
}

/** What a firm or a club owns that no person does: "Microsoft's shares", "Chelsea's squad". */
const OWNED_BY_GROUPS = words(`
  shares stock products software website customers subscribers shareholders subsidiary subsidiaries headquarters
  stadium profits profit sales revenue revenues earnings turnover workforce employees
`);

/**
 * Words that may stand between a firm's possessive and what it owns, telling the period or the kind of figure:
 * "Time Warner's fourth quarter profits", "Sony's first-half operating profit", "Boeing's net earnings".
 */
const FIGURE_QUALIFIERS = words(`
  first second third fourth quarter quarterly half annual year yearly full-year half-year year-end first-half
  second-half first-quarter second-quarter third-quarter fourth-quarter net pre-tax pretax operating underlying
  gross total overall global worldwide domestic core retail share
`);

/**
 * Whether a name owns what only a firm or a club owns: "Microsoft's shares", "Chelsea's squad", also past words
 * telling a figure's period or kind ("Time Warner's fourth quarter profits").
 */
export function groupPossessive(s: string, tt: TagToken[], to: number): boolean {
  const poss = tt[to + 1];
  if (!poss || !/^['’]s$/u.test(poss.text) || poss.start !== tt[to]!.end) return false;
  for (let i = to + 2, prev = poss; i < tt.length && i <= to + 5; prev = tt[i]!, i++) {
    const noun = tt[i]!;
    if (s.slice(prev.end, noun.start) !== ' ') return false;
    if (OWNED_BY_GROUPS.has(noun.text)) return true;
    if (!FIGURE_QUALIFIERS.has(noun.text)) return false;
  }
  return false;
}

/**
 * Whether a word alone, in the possessive, stands before a person's full name that opens on a known given name:
 * "Chelsea's Damien Duff", "Microsoft's Bill Gates", a club's or a firm's member (a person's would be named in
 * full elsewhere: the caller leaves out a surname the article gives a person). `spans`: the sentence's names.
 */
export function ownsFullName(s: string, tt: TagToken[], to: number, spans: { from: number; to: number }[]): boolean {
  const poss = tt[to + 1];
  const next = tt[to + 2];
  if (
    !poss ||
    !next ||
    !/^['’]s$/u.test(poss.text) ||
    poss.start !== tt[to]!.end ||
    s.slice(poss.end, next.start) !== ' '
  )
    return false;
  return spans.some((o) => o.from === to + 2 && o.to > o.from) && given().has(lower(next.text));
}

/** The first token of a run of up to three capitalised words, a space apart, that ends on token `last`. */
export function runStart(s: string, tt: TagToken[], last: number): number {
  let from = last;
  while (
    from > 0 &&
    last - from < 2 &&
    /^\p{Lu}\p{Ll}/u.test(tt[from - 1]!.text) &&
    s.slice(tt[from - 1]!.end, tt[from]!.start) === ' '
  )
    from--;
  return from;
}

/**
 * The names a sentence gives a plural verb as the subject of a clause, whatever the tagger made of them ("Chelsea
 * have won", "but Franz Ferdinand are"): capitalised runs of up to three words. Folded by the caller.
 */
export function pluralSubjects(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tt[i]!.text) || (!PLURAL_VERBS.has(tt[i + 1]!.text) && tt[i + 1]!.text !== ','))
      continue;
    const from = runStart(s, tt, i);
    if (pluralVerbAfter(s, tt, from, i)) out.push(s.slice(tt[from]!.start, tt[i]!.end));
  }
  return out;
}

/**
 * Nouns a work's, a product's or a firm's name stands before as a modifier: "the latest Harry Potter film", "a new
 * James Bond novel", "the Yahoo Messenger service", "the Harris poll", "the Light Louisiana grade", "Marley bank
 * analyst X". (The name of a director or an author stands there too, "a Ken Loach
 * film": only this use is flagged, and the corpus's count of such uses against its uses as a person decides.)
 */
const WORK_NOUNS_AFTER = words(`
  film films movie movies novel novels book books series game games software service services franchise album
  albums sequel sequels trilogy musical spin-off character characters adventure adventures poll polls survey
  grade grades blend brand brands label labels wines bank brokerage
`);

/** Whether a lower-case noun for a work or a product follows a name, a space apart: "Harry Potter film". */
export function workNounAfter(s: string, tt: TagToken[], to: number): boolean {
  const next = tt[to + 1];
  return !!next && s.slice(tt[to]!.end, next.start) === ' ' && WORK_NOUNS_AFTER.has(next.text);
}

/** A firm's parts a name stands before after "its" or "their": "its John Carr unit", "their Dean Witter arm". */
const FIRM_PARTS = words('unit units subsidiary subsidiaries division divisions arm affiliate affiliates operations');

/** Whether a name stands between "its"/"their" and a noun for a part of a firm: the part's name, no person's. */
export function firmPartAfter(s: string, tt: TagToken[], start: number, to: number): boolean {
  const next = tt[to + 1];
  return (
    !!next &&
    FIRM_PARTS.has(next.text) &&
    s.slice(tt[to]!.end, next.start) === ' ' &&
    /\b(?:its|their)\s+$/u.test(s.slice(Math.max(0, start - 8), start))
  );
}

/**
 * Whether a product's model code follows a name, a space apart: "an Epson R800 printer", "the Sony PS2", "an Airbus
 * A320", "the Lockheed F-16". Capitals and figures together are a model, never part of a person's name.
 */
export function modelCodeAfter(s: string, tt: TagToken[], to: number): boolean {
  const next = tt[to + 1];
  return !!next && s.slice(tt[to]!.end, next.start) === ' ' && /^\p{Lu}[\p{Lu}\d-]*\d[\p{Lu}\d-]*$/u.test(next.text);
}

/** Nouns for a prize, and the fields a prize may be of between a name and them ("the Golden Rose television awards"). */
const PRIZE_NOUNS = words('award awards prize prizes trophy trophies medal medals');
const PRIZE_FIELDS = words(`
  television tv film music media literary book comedy drama sport sports fashion design science art arts journalism
  press photography theatre poetry jazz pop radio internet business peace
`);

/**
 * The word a prize's name opens on, when a run of capitals stands before a noun for a prize, a space apart, maybe
 * after the prize's field: "the prestigious Golden Rose television awards", "the Turner prize". -1 when none. A
 * name that opens on a known given name may be a person's the prize is named after ("the Ken Loach award"): the
 * caller flags only this use of it.
 */
export function prizeNameOpening(s: string, tt: TagToken[], to: number): number {
  let k = to + 1;
  const glued = (a: number) => s.slice(tt[a]!.end, tt[a + 1]!.start) === ' ';
  if (tt[k] && glued(k - 1) && PRIZE_FIELDS.has(tt[k]!.text)) k++;
  if (!tt[k] || !glued(k - 1) || !PRIZE_NOUNS.has(tt[k]!.text)) return -1;
  let from = to;
  while (from > 0 && glued(from - 1) && /^\p{Lu}\p{Ll}/u.test(tt[from - 1]!.text)) from--;
  return from;
}

/**
 * The prizes' names of two words or more a sentence writes before a noun for a prize: "the Crystal Rose television
 * awards" gives "Crystal Rose", whatever the tagger reads there. Not one opening on a given name the lexicon knows,
 * a person's the prize is named after ("the Samuel Johnson prize", then "Samuel Johnson wrote").
 */
export function prizeNames(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tt.length; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tt[i]!.text) || /^\p{Lu}/u.test(tt[i + 1]?.text ?? '')) continue;
    const from = prizeNameOpening(s, tt, i);
    if (from >= 0 && from < i && !lexiconTags(tt[from]!.text).first) out.push(s.slice(tt[from]!.start, tt[i]!.end));
  }
  return out;
}

/** Words after a figure that make it a measure, a count or a score: "3 pct", "2 mln", "4 for 32", "3 under par". */
const MEASURE =
  /^(?:pct|percent|per|mln|million|billion|bln|dlrs?|years?|months?|weeks?|days?|hours?|of|to|for|not|under|over|goals?|points?|runs?|wickets?)$/iu;

/**
 * Whether a single figure or a year follows a name, a space apart, as a work's or a product's number does, in a
 * sentence that goes on: "Halo 2 was", "Metal Slug 3 is", "Halo 2, released in November", "Halo 2 [for Xbox]",
 * "BBC One's Film 2005, was", "the Fermi 2 nuclear plant". A person's name is never so numbered. A figure that ends
 * its line or list item is a score or a minute ("b Gough 4", "Goals: Henry 2, Pires 7", "Owen 2, 61", "(Clichy
 * 8)"), and one glued to more figures a score or a time ("Croft 8-0-37-2", "Henry 2-1"); one before a measure is a
 * count ("3 pct", "4 for 32").
 */
export function numberedAfter(s: string, tt: TagToken[], to: number): boolean {
  const n = tt[to + 1];
  const after = tt[to + 2];
  if (!n || !after || !/^(?:[1-9]|(?:19|20)\d\d)$/u.test(n.text) || s.slice(tt[to]!.end, n.start) !== ' ') return false;
  if (after.text === ',') return /^\p{Ll}/u.test(tt[to + 3]?.text ?? '');
  if (after.text === '[') return true;
  return after.start > n.end && /^\p{L}/u.test(after.text) && !MEASURE.test(after.text);
}

/**
 * Nouns that head an apposition naming no person: a firm, a work, a place of business, a group ("Aer Lingus,
 * Ireland's state-owned airline", "Hato El Charcote, a beef cattle ranch"). Not a maker or a producer: people are.
 */
const THING_HEADS = new Set([
  ...WORK_NOUNS,
  ...words(`airline carrier bank lender insurer chain conglomerate subsidiary ranch farm estate plantation mine
  refinery factory charity club team organisation organization agency network channel station
  manufacturer exchange fund campaign festival contest tournament exhibition consortium cartel duet single track
  anthem ballad tune recording band group act outfit watchdog regulator business distributor supplier operator
  corporation brokerage utility`),
]);

/**
 * Whether "which" opens a clause on a name that a possessive owns or that opens its sentence: "Elvis' Wooden
 * Heart, which entered the chart at number two": a thing, as "which" is never said of a person. (Not a name
 * ending a clause, where "which" may take up the whole clause: "He beat Federer, which means ...".)
 */
export function whichAfter(tt: TagToken[], from: number, to: number): boolean {
  if (tt[to + 1]?.text !== ',' || tt[to + 2]?.text !== 'which') return false;
  return from === 0 || /^['’]s?$/u.test(tt[from - 1]!.text);
}

/** Words after which a noun has ended its phrase: "a ranch owned by", "the airline, which", "a band from". */
const PHRASE_END =
  /^(?:of|in|on|at|for|from|with|that|which|whose|who|and|or|but|to|by|since|until|while|whereas|when|although|though|because|\p{Ll}+ed|\p{Ll}+ing)$/u;
const ARTICLE = /^(?:a|an|the|its|their|this)$/iu;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/** Whether the token at `k` heads its noun phrase: nothing but punctuation or a word that ends the phrase after it. */
function heads(tt: TagToken[], k: number): boolean {
  const next = tt[k + 1];
  return !next || (!WORD.test(next.text) && !/^['’]s$/u.test(next.text)) || PHRASE_END.test(next.text);
}

/**
 * Whether an apposition just after a name, or just before it and a comma, is headed by a noun for a firm, a
 * work or a group: "Aer Lingus, Ireland's state-owned airline,", "Hato El Charcote, a beef cattle ranch owned
 * by", "Ireland's national airline, Aer Lingus,". "X, a film director" is headed by "director", no such noun.
 * `from`, `to`: the name's first and last tokens.
 */
export function thingApposition(tt: TagToken[], from: number, to: number): boolean {
  // A list's other names may come between, the apposition then in the plural: "Franz Ferdinand and The White
  // Stripes - "perhaps the two most important bands" -".
  let end = to;
  if (tt[to + 1]?.text === 'and' && /^\p{Lu}/u.test(tt[to + 2]?.text ?? '')) {
    end = to + 2;
    while (end < to + 5 && /^\p{Lu}/u.test(tt[end + 1]?.text ?? '')) end++;
  }
  const plural = end > to;
  if (/^[,\-–—]$/u.test(tt[end + 1]?.text ?? '') && (!plural || tt[end + 1]!.text !== ',')) {
    let k = end + 2;
    if (/^["“]$/u.test(tt[k]?.text ?? '')) k++;
    if (/^(?:perhaps|probably|arguably|possibly)$/u.test(tt[k]?.text ?? '')) k++;
    // An article or an owner's possessive opens the phrase: "a", "the", "Ireland's", or both: "the UK's".
    const owner = (i: number) => !!tt[i] && WORD.test(tt[i]!.text) && /^['’]s$/u.test(tt[i + 1]?.text ?? '');
    if (tt[k] && ARTICLE.test(tt[k]!.text)) k += owner(k + 1) ? 3 : 1;
    else if (owner(k)) k += 2;
    else k = -1;
    // Up to the phrase's end: "a spokesman for the show" is headed by "spokesman".
    for (let n = 0; k > 0 && n < 5 && tt[k] && WORD.test(tt[k]!.text) && !endsPhrase(tt[k]!.text); n++, k++) {
      const head = plural ? /s$/u.test(tt[k]!.text) && tt[k]!.text.slice(0, -1) : tt[k]!.text;
      if (head && THING_HEADS.has(head) && heads(tt, k)) return true;
    }
  }
  const closes = !tt[to + 1] || /^[,.;)\-–—]$/u.test(tt[to + 1]!.text);
  const head = tt[from - 2];
  if (!closes || tt[from - 1]?.text !== ',' || !head || !THING_HEADS.has(head.text)) return false;
  // The phrase before opens with an article or an owner's possessive, a few words before its noun.
  // "The director of the film, Vinod Pande": a phrase after a preposition is no apposition of the name.
  for (let k = from - 3; k >= 0 && k >= from - 7; k--) {
    const w = tt[k]!.text;
    if (ARTICLE.test(w) || /^['’]s$/u.test(w)) return !tt[k - 1] || !endsPhrase(tt[k - 1]!.text);
    if (!WORD.test(w) || endsPhrase(w)) return false;
  }
  return false;
}

/** Copulas that tell what their subject is: "Yahoo was the first internet firm", "Aer Lingus is an airline". */
const COPULAS = words('is was has been remains became');

/**
 * The names a sentence says are a firm, a work or a group, as the subject of a copula whose complement is headed
 * by such a noun: "Yahoo was the first internet firm to offer shares", "- Vera Drake is a film about". Capitalised
 * runs of up to three words that open their clause; "Smith is a club legend" and "Jones is the firm's chairman"
 * are headed by "legend" and "chairman". Folded by the caller.
 */
export function copularThings(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 1; i + 2 < tt.length; i++) {
    let c = i;
    if (!COPULAS.has(tt[c]!.text)) continue;
    if (tt[c]!.text === 'has') {
      if (tt[c + 1]?.text !== 'been') continue;
      c++;
    }
    // "was named top new drama", "was voted the best film": an award's title names what the thing is, no article
    // needed.
    const named = /^(?:named|voted|crowned)$/u.test(tt[c + 1]?.text ?? '');
    if (named) c++;
    let k = c + 1;
    if (tt[k] && /^(?:a|an|the)$/u.test(tt[k]!.text)) k++;
    else if (!named) continue;
    let head = false;
    // (An ordinal or a superlative may qualify the noun: "the first internet firm", "the biggest carmaker".)
    for (let n = 0; n < 4 && tt[k] && WORD.test(tt[k]!.text) && !PHRASE_END.test(tt[k]!.text); n++, k++)
      if (THING_HEADS.has(tt[k]!.text) && heads(tt, k)) {
        head = true;
        break;
      }
    if (!head) continue;
    const last = i - 1;
    if (!/^\p{Lu}\p{Ll}/u.test(tt[last]!.text) || s.slice(tt[last]!.end, tt[i]!.start) !== ' ') continue;
    const from = runStart(s, tt, last);
    const prev = tt[from - 1];
    if (!prev || CLAUSE_OPENERS.has(prev.text.toLowerCase()) || /^[-–—]$/u.test(prev.text))
      out.push(s.slice(tt[from]!.start, tt[last]!.end));
  }
  return out;
}

/** A word that ends a noun phrase before it: a preposition, a conjunction, a participle ("owned", "behind"). */
function endsPhrase(w: string): boolean {
  // (A number, an ordinal or a compound is inside the phrase: "Europe's fifth-largest reinsurance firm".)
  return PHRASE_END.test(w) || (/^\p{Ll}/u.test(w) && !w.includes('-') && !NUMERAL.test(w) && lexiconTags(w).closed);
}

/** Numbers and ordinals in words, which stand inside a noun phrase: "its two main airlines", "the third bank". */
const NUMERAL =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelve|twenty|hundred)$/u;

/**
 * A list of works a plural work noun or a star's credit opens, up to a position: "hits including Street Life, Love
 * Is The Drug and", "films such as", "such films as", "best known roles included", "star of Crouching Tiger, Hidden Dragon, Hero and".
 * Each item opens with a capital; "hits including his duet with X" is no list of titles.
 */
const WORK_LIST = new RegExp(
  `(?:\\b(?:films|movies|dramas|sitcoms|soaps|comedies|documentaries|musicals|albums|singles|songs|novels|programmes|(?:the|hit|TV|its|their|his|her|two|three|four)\\s+shows)|\\b(?:hits|films|movies|songs|singles|albums|roles|titles|games|shows|programmes|series|books|novels|plays|musicals|tracks|records|credits|classics|works)\\s+(?:such\\s+as|including|included|include|like)|\\bsuch\\s+(?:hits|films|movies|songs|singles|albums|roles|titles|games|shows|programmes|series|books|novels|plays|musicals|tracks|records|classics|works)\\s+as|\\bstar\\s+of|\\bstarred\\s+in|\\bstarring\\s+roles?\\s+in)\\s+(?:the\\s+)?(?:["“‘']?\\p{Lu}[^,;:.()!?]{0,50}?["”’']?(?:,\\s*|\\s+and\\s+|\\s+or\\s+))*["“‘']?$`,
  'u',
);

/** Words that put a noun in a phrase of its own, no subject's head. */
const PREPOSITION = /^(?:of|on|in|at|from|for|with|by|about|behind|to)$/u;

/** Nouns for a work that, as a copula's subject, make what it is a work's title: "His first hit was Dear Mama". */
const WORK_SUBJECTS = words('hit song single album film movie novel book track record play musical show series');

/**
 * The capitalised names a work's noun, a copula's subject, says are works' titles: "His first self-penned top 10
 * hit was Dear Mama in 1959", "Her best-known song is Blue Moon". The subject opens on a determiner or a
 * possessive; "The winner was Tom Hale" has no work's noun.
 */
export function copularWorks(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 2; i + 1 < tt.length; i++) {
    if (!/^(?:is|was)$/u.test(tt[i]!.text) || !WORK_SUBJECTS.has(tt[i - 1]!.text)) continue;
    // (The noun heads its subject: a determiner or possessive opens it within a few words, after no preposition;
    // "the real star of the show is X", "finalist on the track was X" have another head.)
    let opener = i - 2;
    while (opener >= Math.max(0, i - 7) && !/^(?:the|his|her|their|its|my|our|a|an)$/iu.test(tt[opener]!.text))
      opener--;
    if (opener < Math.max(0, i - 7)) continue;
    if (tt.slice(Math.max(0, opener - 1), i - 1).some((t) => PREPOSITION.test(t.text))) continue;
    let k = i + 1;
    const first = k;
    while (
      tt[k] &&
      /^\p{Lu}\p{Ll}/u.test(tt[k]!.text) &&
      (k === first || s.slice(tt[k - 1]!.end, tt[k]!.start) === ' ')
    )
      k++;
    if (k > first) out.push(s.slice(tt[first]!.start, tt[k - 1]!.end));
  }
  return out;
}

/** An award's name before its winner, after an article or a count: "a five-time Globe winner", "an Emmy winner",
 *  "the Oscar-winning director" ("a Bush nominee" is a person's). */
const AWARD_BEFORE = /(?:\b(?:a|an|the|double|triple|two|three|four|five|six|seven|eight|nine|ten)|-time)\s+$/iu;
const AWARD_AFTER = /^(?:\s+|-)(?:winners?|winning)\b/u;

/** An award's category before its one-word name, in one noun phrase: "a best new artist Grammy", "his best actor Oscar". */
const CATEGORY_BEFORE = /\b(?:a|an|the|his|her|their|its)\s+best\s+(?:[\p{Ll}-]+\s+){1,4}$/u;

/**
 * Whether the name from `start` to `end` is an award's, told by its winner after it ("a triple Oscar winner") or
 * by its category before it, a single word ("winning a best new artist Grammy"; "the best actress Hilary Swank" is
 * the winner).
 */
export function awardWon(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 60), start);
  return (
    (AWARD_AFTER.test(s.slice(end)) && AWARD_BEFORE.test(before.slice(-16))) ||
    (!/\s/u.test(s.slice(start, end)) && CATEGORY_BEFORE.test(before))
  );
}

/**
 * Whether a name stands in a list of works as a whole item: "hits including Street Life, Love Is The Drug and
 * Jealous Guy". Not a name that qualifies a noun ("films included the Stephen King adaptation"), nor one after a
 * last comma with no "and", an apposition ("star of the programme The OC, Micha Barton").
 */
export function inWorkList(s: string, start: number, end: number): boolean {
  // ("such films as The Fisher King": a title's own "The" before the name the tagger read; so are its opening words,
  // a capitalised one and small ones after it: "hits include What a Girl Wants".)
  const before = s
    .slice(Math.max(0, start - 200), start)
    .replace(/\bThe\s+$/u, '')
    .replace(/(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:a|an|the|of|in|on|to|is|my|you|we|i))*\s+$/u, '');
  const m = WORK_LIST.exec(before);
  if (!m) return false;
  const after = s.slice(end);
  // (The title may go on in capitals: "Love Is" of "Love Is The Drug"; a possessive owns the work: "starred in
  // Hughes' 1943 film".)
  // (A list's last item, after "and", is no noun's qualifier: the verb follows it, "Doc Martin and Life Begins drew".)
  const last = /\b(?:and|or)\s+["“‘']?$/u.test(before);
  if ((!last && /^\s+(?!and\b|or\b)\p{Ll}/u.test(after)) || /^['’]/u.test(after)) return false;
  const first = !/[,]|\b(?:and|or)\s/u.test(
    m[0].replace(/^.*?\b(?:such\s+as|including|included|include|like|of|in|[a-z]+s)\s+/u, ''),
  );
  return first || last || /^(?:\s+\p{Lu}[\p{L}'’-]*)*["”’']?\s*(?:,|and\b|or\b)/u.test(after);
}

/**
 * A noun, then "called" or "named", just before a name: "a virus named Sober", "the tool, called Picasa". The noun
 * opens with an indefinite article, or a comma parts it from "called": "the board named X", "the union called X" and
 * "..., named Kenneth Cribb to be" are verbs of appointing and calling.
 */
const CALLED =
  /(?:\b(?:[Aa]|[Aa]n|[Aa]nother|[Nn]ew)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{L}-]*),?\s+(?:called|named|dubbed|codenamed|code-named|titled|entitled)|(?<![\p{L}-])(\p{Ll}[\p{L}-]*),\s+(?:called|dubbed|codenamed|code-named))\s+["“‘]?$/u;

/** Plain words for a person, which no role list holds: "a man called Horne", "her son, named Tom". */
const PERSON_WORDS = words(
  'man woman men women boy girl child baby person people someone guy lady gentleman son daughter wife husband brother ' +
    'sister father mother friend cousin uncle aunt nephew niece',
);

/**
 * Whether a name is a thing's by the noun that calls it so: "a tool, called Picasa", "a horse named Seabiscuit", not
 * a person's ("a man called Horne", "a lawyer named Ruth Platt": `personal` tells a role or person noun), nor after a
 * verb or a function word ("is called", "also known").
 */
export function calledThingBefore(s: string, start: number, personal: (noun: string) => boolean): boolean {
  const m = CALLED.exec(s.slice(Math.max(0, start - 60), start));
  if (!m) return false;
  const noun = (m[1] ?? m[2])!;
  const tags = lexiconTags(noun);
  return (
    !PERSON_WORDS.has(noun) &&
    !personal(noun) &&
    !personal(noun.replace(/s$/u, '')) &&
    !tags.closed &&
    !/^(?:is|are|was|were|be|been|being|am|also|so|now|once|rightly|aptly|simply|sometimes|often|then)$/u.test(noun) &&
    !/ly$/u.test(noun)
  );
}

/**
 * "members of King Crimson", "a founder member of Roxy Music": a name whose members there are is a group's, a title
 * word opening it too ("King"). Not an owner's ("members of John Smith's family").
 */
export function membersOfBefore(s: string, start: number, end: number): boolean {
  const m = /\b(?:members?|bandmates?|line-up)\s+of\s+(?:the\s+)?(?:(\p{Lu}\p{Ll}+)\s+)?$/u.exec(
    s.slice(Math.max(0, start - 40), start),
  );
  return !!m && (!m[1] || TITLE_WORDS.has(m[1].toLowerCase())) && !/^['’]/u.test(s.slice(end, end + 1));
}

/** Nouns for a firm, singular, that news writes before a firm's name: "security firm MessageLabs". */
const FIRM_NOUNS = words(`
  firm company carmaker retailer airline brewer insurer reinsurer supermarket bookmaker conglomerate multinational
  agency broker brokerage chipmaker drugmaker automaker miner publisher
`);

/**
 * The names a noun for a firm stands right before ("security firm MessageLabs", "carmaker Nissan"): the article's
 * other uses of them are the firm's ("MessageLabs said"). Not a name opening on a given name, which may be a clause's
 * subject ("the company Ann Price runs"), nor on a title's word, nor one before a verb in -ed ("the firm Marlow
 * Holdings bought").
 */
export function firmsNamedByNoun(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!FIRM_NOUNS.has(tt[i]!.text) || s.slice(tt[i]!.end, tt[i + 1]!.start) !== ' ') continue;
    let to = i + 1;
    if (!/^\p{Lu}/u.test(tt[to]!.text) || isTitleWord(tt[to]!.text) || given().has(lower(tt[to]!.text))) continue;
    while (to + 1 < tt.length && to - i < 4 && /^\p{Lu}/u.test(tt[to + 1]!.text)) to++;
    const next = tt[to + 1]?.text ?? '';
    if (/^\p{Ll}+ed$/u.test(next)) continue;
    out.push(s.slice(tt[i + 1]!.start, tt[to]!.end));
  }
  return out;
}

/** Plural nouns for outlets and firms, which close a list of their names: "the PowerPage and Apple Insider websites". */
const OUTLETS = words(`
  websites sites blogs newspapers papers magazines tabloids channels stations networks brands labels firms companies
  banks chains studios airlines carmakers retailers supermarkets
`);

/**
 * The items of a list of names (list-named.ts's nameLists: two or more, parted by commas and "and") that a plural
 * noun for outlets or firms closes, a space after the last: "leaking them to the PowerPage, Apple Insider and Think
 * Secret websites". Not an item opening on a common given name, which may be an owner's: "the Conrad Black and Rupert
 * Murdoch papers".
 */
export function listedOutlets(s: string, tt: TagToken[]): string[] {
  const out: string[] = [];
  for (const items of nameLists(tt)) {
    const last = tt[items.at(-1)!.to]!;
    const noun = tt[items.at(-1)!.to + 1];
    if (!noun || !OUTLETS.has(noun.text) || s.slice(last.end, noun.start) !== ' ') continue;
    for (const { from, to } of items)
      if (!lexiconTags(tt[from]!.text).first) out.push(s.slice(tt[from]!.start, tt[to]!.end));
  }
  return out;
}
