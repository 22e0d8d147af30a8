// Tests that a tagged name is not a person's, or is cut wrong: organisations, places, openers, fragments of other names.
import { DATELINE, isStopword } from '../text.js';
import { editDistance } from '../search/excerpt.js';
import {
  INSTITUTION_HEADS,
  NOT_PERSON,
  RANKS,
  adverbOfAdjective,
  commonWordOnly,
  TITLE_WORDS,
  lexiconEntry,
  knownPlace,
  lexiconNameOrUnknown,
  lexiconPersonNoun,
  lexiconTags,
  unknownWord,
} from './lexicon.js';
import { type DocContext, type TagToken, type TaggedSpan, given } from './tagger.js';
import { lower, normaliseName } from './name-tokens.js';
import {
  COURTESY,
  TITLE_ABBREVIATIONS,
  foreignOfRole,
  groupWord,
  isPeopleNoun,
  isRoleNoun,
  isTitleWord,
} from './role-words.js';
import { personNoun } from './person-nouns.js';
import { givenOnly, knownGiven } from './given-names.js';
import { commonWord } from './common-words.js';

/** Legal forms that end a company's name: "Inc", "Co", "and Co", "Plc", and the initials written with stops: "L.P.". */
export const LEGAL =
  /^(?:inc|corp|co|cos|ltd|plc|n\.?v|n\.?a|a\.?g|s\.?a|spa|gmbh|b\.?v|l\.?l\.?c|l\.?p|ab|oy|asa|k\.?k|bhd|pty|cie|srl)\.?$/iu;

/** Words that open a place's name: "Lake Ontario", "Mount Kenya", "Cape Town", "Gulf of Mexico". */
export const PLACE_HEADS = new Set([
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

/** The legal forms a wire may write in lower case, which no other word is: "corp", "inc". */
export const LOWER_LEGAL_FORMS = 'corp|inc|ltd|plc|llc';
const LOWER_LEGAL = new RegExp(`^(?:${LOWER_LEGAL_FORMS})$`, 'u');

/** A name written before a legal form, and whether it is partners' names ("Charles Schwab and Co", "Smith Barney, Harris Upham"). */
export interface OrgName {
  name: string;
  partners: boolean;
}

/**
 * The names a sentence writes as an organisation's, before a legal form ("Smith Barney, Harris Upham and Co Inc"
 * gives "Harris Upham", "Smith Barney Harris Upham" and "Smith Barney"): runs of capitalised words, commas between
 * them allowed.
 */
export function orgNames(tt: TagToken[]): OrgName[] {
  const out: OrgName[] = [];
  for (let i = 1; i < tt.length; i++) {
    // (Or a legal form the wire left in lower case: "Great Western Financial corp".)
    const legal = LEGAL.test(tt[i]!.text) && (/^\p{Lu}/u.test(tt[i]!.text) || LOWER_LEGAL.test(tt[i]!.text));
    if (!legal || LEGAL.test(tt[i - 1]!.text)) continue;
    let k = i - 1;
    const joined = /^(?:and|&)$/u.test(tt[k]!.text);
    if (joined) k--;
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
      if (words.length >= 2) out.push({ name: words.join(' '), partners: joined || afterComma > 0 });
    }
    if (words.length === 1) out.push({ name: words[0]!, partners: joined });
    // The partners' names before the comma are the firm's too, as its short name: "Smith Barney" of "Smith Barney,
    // Harris Upham and Co".
    if (afterComma && words.length - afterComma >= 2)
      out.push({ name: words.slice(0, words.length - afterComma).join(' '), partners: true });
  }
  // "AB Volvo", "NV Philips Gloeilampenfabrieken": a Swedish or Dutch legal form in capitals opens the firm's name.
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!LEGAL_BEFORE.test(tt[i]!.text)) continue;
    const words: string[] = [tt[i]!.text];
    for (let k = i + 1; k < tt.length && words.length < 4; k++) {
      const w = tt[k]!.text;
      if (!/^\p{Lu}[\p{L}'’-]*$/u.test(w) || isStopword(lower(w))) break;
      words.push(w);
    }
    if (words.length > 1) out.push({ name: words.join(' '), partners: false });
  }
  return out;
}

/** The legal forms written before a firm's name, in capitals: "AB Volvo", "NV Philips", "N.V. Philips". */
export const LEGAL_BEFORE = /^(?:AB|NV|N\.V\.?)$/u;

/** Peerages, which news writes as part of a name ("Lord Sebastian Coe"). */
export const PEERAGE = /^(?:Lord|Lady|Baron|Baroness|Earl|Count|Countess|Viscount|Marquess)$/u;

/** Auxiliaries that open a question, none a given name ("Will", "May" are left out: they are). */
const AUXILIARIES = 'Can|Could|Should|Would|Does|Did|Do|Is|Are|Was|Were|Has|Have|Had|Must|Shall';

/** Auxiliaries and wh-words that open a question, none a given name. */
const QUESTION_OPENER = new RegExp(`^(?:${AUXILIARIES}|Why|How|What|Where|When|Who)$`, 'u');

/** The auxiliaries and "Will", which opens a question only in a sentence that is one: "Will Tory tax cuts lift ...?". */
export const QUESTION_AUXILIARY = new RegExp(`^(?:Will|${AUXILIARIES})$`, 'u');

/** Participles that open a sentence about a person right before the person's name: "Born Jocelyn Stoker, ...". */
const OPENING_PARTICIPLE = /^(?:Born|Raised|Educated|Christened|Nicknamed|Dubbed)$/u;

/**
 * Whether the first word of a name opens its sentence (or a quotation) and is a common noun for a person there,
 * before a known given name: "Boss Desmond Halloran", "Veteran Alan Smith"; but no peerage ("Lord Sebastian Coe").
 */
export function sentenceOpener(tt: TagToken[], from: number, to: number): boolean {
  if (to <= from || (from > 0 && !/^["“‘(]$/u.test(tt[from - 1]!.text)) || PEERAGE.test(tt[from]!.text)) return false;
  const next = tt[from + 1]!.text;
  // (A trade of the role lists is not the name's before any name: "Winger Nitoglia dropped the ball".)
  if (isRoleNoun(tt[from]!.text) && !given().has(lower(tt[from]!.text)) && !TITLE_WORDS.has(lower(tt[from]!.text)))
    return true;
  // A question's auxiliary or wh-word opening a headline or a sentence: "Can Smith work Scottish wonders?".
  if (QUESTION_OPENER.test(tt[from]!.text)) return true;
  // A word of a closed class opening the sentence ("Besides Baker, ...", "Unlike Amro, ...", "Yet Woodard said"),
  // unless it is a given name too ("Per Paust") or an initial ("A. Dale Mayo", "A Titterrell (Sale)").
  // (An adverb only by its ending is no word of the lexicon: "Olly" is a name; "Eventually" is "eventual" + "ly".)
  const w = tt[from]!.text;
  if (!/^\p{Lu}\.?$/u.test(w) && lexiconTags(w).closed && !knownGiven(w) && (lexiconEntry(w) || adverbOfAdjective(w)))
    return true;
  // A participle opening the sentence before a full name: "Born Jocelyn Stoker, the Devon diva ...".
  if (to - from >= 2 && OPENING_PARTICIPLE.test(w)) return true;
  return (
    lexiconPersonNoun(tt[from]!.text) &&
    (lexiconTags(next).first || (given().has(lower(next)) && lexiconNameOrUnknown(next)))
  );
}

/** Whether the capitalised run a name opens, a space apart, goes on to a name of `names`: "Lionel [VII]". */
export function continuesInto(s: string, tt: TagToken[], to: number, name: string, names: Set<string>): boolean {
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
export function placeWithoutGivenName(tt: TagToken[], span: TaggedSpan): boolean {
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
export function titledBefore(tt: TagToken[], at: number): boolean {
  return at > 0 && (isTitleWord(tt[at - 1]!.text) || COURTESY.test(tt[at - 1]!.text));
}

/**
 * Whether the word just before a name, a space apart, is a capitalised word the tagger put in another kind of name
 * (an organisation, a place, a work): "Million" of "Million Dollar Baby".
 */
export function gluedToOtherName(
  s: string,
  tt: TagToken[],
  tags: string[],
  at: number,
  to: number,
  ctx: DocContext,
): boolean {
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
export function fragmentOfOtherName(s: string, tt: TagToken[], tags: string[], at: number): boolean {
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
  if (!prev || !glued(at - 1) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || !/^[BI]-(?:ORG|LOC|MISC)$/u.test(tags[at - 1]!))
    return false;
  if (isTitleWord(prev.text) || TITLE_ABBREVIATIONS.test(prev.text) || COURTESY.test(prev.text)) return false;
  // A word of another kind of name ("Golden" of "the 2003 Golden Lion award") cuts a common word off it; a people's
  // word is an affiliation ("Uruguayan Otero").
  if (tags[at - 1]!.endsWith('MISC')) {
    const [kind, word] = [lexiconTags(prev.text), lexiconTags(tt[at]!.text)];
    if (kind.demonym || kind.first || word.first || at - 1 === 0 || !commonWord(prev.text)) return false;
    return commonWord(tt[at]!.text);
  }
  // "Banque Bruxelles Lambert", "Banco Santander": a run a word of a body's kind in another language opens.
  let open = at - 1;
  while (open > 0 && glued(open - 1) && /^\p{Lu}/u.test(tt[open - 1]!.text) && /^[BI]-/u.test(tags[open - 1]!)) open--;
  if (INSTITUTION_HEADS.has(lower(tt[open]!.text))) return true;
  const known = lexiconTags(prev.text);
  return (
    known.place ||
    (tags[at - 1]!.endsWith('LOC') && !known.first && !given().has(lower(prev.text))) ||
    // A common word ending the other name ("Hard Rock Cafes", "Morgan Creek"): no person's name.
    (commonWordOnly(tt[at]!.text) && !given().has(lower(tt[at]!.text)))
  );
}

/**
 * Whether the word before a one-word name, a space apart and opening its run of capitals, is a given name the tagger
 * put in a place's, an organisation's or another kind of name: a known given name, which the lexicon knows as one
 * or not at all (not "Real", "North", "Ford"), no place, title or people's word.
 */
export function misreadGivenName(s: string, tt: TagToken[], tags: string[], at: number, floor: number): boolean {
  const k = at - 1;
  const w = tt[k];
  if (!w || k <= floor || !/^[BI]-(?:LOC|ORG|MISC)$/u.test(tags[k]!) || s.slice(w.end, tt[at]!.start) !== ' ')
    return false;
  return !capitalGluedBefore(s, tt, k) && givenOnly(w.text);
}

/** Whether the token before token `i` is a capitalised word one space apart: both in one run of capitals. */
export function capitalGluedBefore(s: string, tt: TagToken[], i: number): boolean {
  const before = tt[i - 1];
  return !!before && /^\p{Lu}/u.test(before.text) && s.slice(before.end, tt[i]!.start) === ' ';
}

/**
 * A word alone the tagger read as a name inside a title: "Chief Operating Officer" (between a title word and a role
 * noun), "Vice Adm. John Poindexter" (a rank's abbreviation before a name), "Vice Chairman Manuel Johnson",
 * "Committee Chairman Sen William Proxmire" (a title word just before the name read next, `after`).
 */
export function titleFragment(
  s: string,
  tt: TagToken[],
  sp: { from: number; to: number },
  after?: { from: number },
): boolean {
  if (sp.from !== sp.to) return false;
  const [w, next, before] = [tt[sp.from]!, tt[sp.from + 1], tt[sp.from - 1]];
  if (after?.from === sp.from + 1 && isTitleWord(w.text) && s.slice(w.end, next!.start) === ' ') return true;
  if (
    TITLE_ABBREVIATIONS.test(w.text) &&
    next &&
    /^\.?$/.test(s.slice(w.end, next.start).trim() || '') &&
    /^[.\p{Lu}]/u.test(next.text)
  )
    return true;
  // "Frank Fountain, Assistant Treasurer at Chrysler": a role noun (no rank: "Prime Minister Major of") closing a
  // title after another, its body or a comma after it (not after a peer's title: "accused Lord Butler of").
  if (
    before &&
    /^\p{Lu}/u.test(before.text) &&
    s.slice(before.end, w.start) === ' ' &&
    isRoleNoun(before.text) &&
    !RANKS.has(lower(before.text)) &&
    isRoleNoun(w.text) &&
    !RANKS.has(lower(w.text)) &&
    /^(?:at|of|for|with|,)$/u.test(next?.text ?? '')
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

/**
 * A first name compromise knows, then one or two capitalised words, none plural nor a body's or a place's head, that
 * its lexicon has as no name of its own: "Peter Hill", "Colin Marsh", "Ann Field" (compromise tags every word of them
 * as a place, as it does "Capitol Hill"); not "Abu Dhabi", "Beverly Hills", "Alex Theater".
 */
export function givenThenSurname(tt: TagToken[], span: { from: number; to: number }): boolean {
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

/** Craft a name right after is the name of: "the aircraft carrier Kitty Hawk", "the ferry Herald of Free Enterprise". */
const CRAFT =
  /^(?:carrier|ferry|tanker|freighter|vessel|ship|liner|frigate|destroyer|cruiser|battleship|submarine|yacht|trawler|steamer|spacecraft|shuttle|satellite|probe|rocket|airship)$/u;
/**
 * Things a name right before is the name of, never a person's: "the Richter scale", "the Terra Nova field", "the
 * Cooper Basin reservoir" ("the Reagan plan", "the Thatcher government" are a person's, and not listed).
 */
const NAMED_BY_THING =
  /^(?:scale|field|fields|oilfield|gasfield|basin|reservoir|formation|mine|mines|reactor|spacecraft|satellite|rocket|computer|computers|carrier|ferry|tanker|vessel|ship|shipyard|refinery|smelter|pipeline|railway|railroad|canal|dam|bridge|airport|port|harbour|harbor|river|valley|lake|peninsula|island|islands|desert|strait|straits|gulf|region|province)$/u;

/**
 * A name that is a thing's, whatever the tagger read: a storm's ("Hurricane Ivan"), a craft's ("the carrier Kitty
 * Hawk"), a place's or a device's by the thing after it ("the Richter scale"), a feast's figure ("Father Christmas",
 * whose "Christmas" would otherwise take every mention of the feast), a lone initial left by a broken abbreviation
 * ("S." of "Canadian-U.S. trade").
 */
export function namedThing(tt: TagToken[], sp: { from: number; to: number }): boolean {
  return (
    (sp.from > 0 && STORMS.test(tt[sp.from - 1]!.text)) ||
    (sp.from > 0 && CRAFT.test(tt[sp.from - 1]!.text)) ||
    (sp.to + 1 < tt.length && NAMED_BY_THING.test(tt[sp.to + 1]!.text)) ||
    (sp.to > sp.from && STORMS.test(tt[sp.from]!.text)) ||
    FEASTS.test(tt[sp.to]!.text) ||
    (sp.from === sp.to && /^\p{Lu}\.?$/u.test(tt[sp.from]!.text))
  );
}

/**
 * Whether capitalised title words and then a name the tagger found follow a name: "Bundesbank Deputy President
 * Helmut Schlesinger", "Sony Chief Executive Howard Stringer" (the name before is the body the title is of).
 */
export function titleThenName(s: string, tt: TagToken[], to: number, spans: { from: number }[]): boolean {
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

/**
 * Whether a title word ends, or opens, the capitalised run before a token: "Chancellor of the Exchequer" Nigel,
 * "Minister for Aviation" Michael, "Ambassador to the Organisation for Economic Cooperation and Development" Edward,
 * "Minister of State for Europe at the Foreign Office" Denis.
 */
export function titleRunBefore(tt: TagToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 12; k--) {
    const w = tt[k]!.text;
    if (isTitleWord(w) && /^\p{Lu}/u.test(w)) return true;
    if (!/^\p{Lu}/u.test(w) && !/^(?:of|the|for|to|and|at)$/u.test(w)) return false;
  }
  return false;
}

/**
 * Whether a one-word name is the end of the place of a role written before it ("prefeito de São Paulo, Ricardo
 * Nunes"): glued to a capitalised word after "role of", with a comma and the next name after it.
 */
export function placeEnd(s: string, tt: TagToken[], at: number, spans: TaggedSpan[]): boolean {
  const prev = tt[at - 1];
  if (!prev || !/^\p{Lu}/u.test(prev.text) || !/^\s+$/u.test(s.slice(prev.end, tt[at]!.start))) return false;
  if (tt[at + 1]?.text !== ',' || !spans.some((o) => o.from === at + 2)) return false;
  return !!foreignOfRole(s.slice(0, tt[at]!.start));
}

/** Whether a name lies in the wire dateline opening its sentence: "MORRIS TOWNSHIP, N.J., March 5 -" is a place. */
export function inDateline(s: string, tt: TagToken[], sp: { to: number }): boolean {
  if (!/^[\s*]*\p{Lu}[\p{Lu}\p{N} .'&-]+,/u.test(s)) return false;
  const dateline = DATELINE.exec(s);
  return !!dateline && tt[sp.to]!.end <= dateline[0].length;
}

/**
 * Whether a name of several words ends in a plural the article also writes in lower case, a thing's name: "General
 * Lien Bonds" beside "the bonds", "Pocket PCs" (not a surname in -s the article writes only capitalised: "Barry
 * Bonds", "Rowan Williams").
 */
export function pluralThingTail(tt: TagToken[], span: { from: number; to: number }, ctx: DocContext): boolean {
  const last = tt[span.to]!.text;
  return span.to > span.from && /^\p{Lu}\p{Ll}+s$/u.test(last) && ctx.lower.has(last.toLowerCase());
}

/** A given name that is nothing else, nor a month or a day ("June Carter Cash" keeps its month out). */
const plainGiven = (w: string) => givenOnly(w) && !lexiconTags(w).date;

/**
 * Whether the word just before a person's name is its first given name, which the tagger read as something else:
 * before an initial ("And Joseph G. Scheetz"), after a people's word ("Britons Kathy Butler"), or alone before a
 * surname the tagger read ("and Ben Whishaw"). `floor`: the end
 * of the name before.
 */
export function givenNameBefore(s: string, tt: TagToken[], tags: string[], at: number, floor: number): boolean {
  const k = at - 1;
  const w = tt[k];
  if (!w || k <= floor || tags[k] === 'B-PER' || s.slice(w.end, tt[at]!.start) !== ' ' || !plainGiven(w.text))
    return false;
  const before = tt[k - 1];
  const glued = !!before && /^\p{Lu}/u.test(before.text) && s.slice(before.end, w.start) === ' ';
  if (/^\p{Lu}\.$/u.test(tt[at]!.text)) return !glued || lexiconTags(before!.text).closed;
  // "Jonathan Pryce and Ben Whishaw": a given name alone in its run, read as a place's, before a surname read as a
  // person's.
  // (In a list of people only, after "and", "or" or a comma that follows another person's name: "Victoria Tower",
  // "Santa Clara", "Sydney Olympics" are a place's or a thing's.)
  if (
    !glued &&
    /^B-(?:LOC|ORG|MISC)$/u.test(tags[k]!) &&
    tags[at] === 'B-PER' &&
    /^(?:and|or|,)$/u.test(before?.text ?? '') &&
    /PER$/u.test(tags[k - 2] ?? '') &&
    !knownPlace(`${w.text} ${tt[at]!.text}`)
  )
    return true;
  return glued && groupWord(before!.text) && /^[BI]-(?:LOC|ORG|MISC)$/u.test(tags[k]!);
}

/**
 * Whether the word before a full name is a first given name the lexicons lack ("Lal Krishna Advani", the tagger
 * reading "Krishna Advani"): capitalised, unknown to English as any word or place, one space before the name, opening
 * the sentence or after a word in lower case, a stop or a title ("by Lal Krishna Advani", "Home Minister Lal Krishna
 * Advani"), in no longer run of capitals.
 */
export function unknownFirstName(
  s: string,
  tt: TagToken[],
  tags: string[],
  span: { from: number; to: number },
  floor: number,
): boolean {
  const k = span.from - 1;
  const w = tt[k];
  if (!w || k <= floor || span.to === span.from || tags[k]!.endsWith('PER') || tags[k]!.endsWith('LOC')) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || s.slice(w.end, tt[span.from]!.start) !== ' ') return false;
  const prev = tt[k - 1]?.text ?? '';
  if (k > 0 && !/^(?:\p{Ll}+|[,;:("“‘-])$/u.test(prev) && !isTitleWord(prev) && !isRoleNoun(prev)) return false;
  // (After a determiner or "of" the word is a noun of a title or a name: "Chancellor of the Exchequer Gordon Brown";
  // after "late", "former" or "fellow", what the person was: "late Beatle George Harrison".)
  if (/^(?:the|a|an|of|its|his|her|their|this|that|late|former|fellow|ex)$/iu.test(prev)) return false;
  // (The cached word lookups first: most words before a name are known ones, and the title scan below is the dearest.)
  const l = lower(w.text);
  if (!unknownWord(w.text) || commonWord(w.text) || personNoun(l)) return false;
  if (isTitleWord(w.text) || isRoleNoun(w.text) || knownPlace(w.text) || isPeopleNoun(w.text)) return false;
  // (Nor a title misspelt, which isTitleTypo's one-letter slips do not all cover: "Prime Minsiter Yasuhiro
  // Nakasone", "Finance Minster Gerhard Stoltenberg".)
  for (const t of TITLE_WORDS)
    if (t.length >= 5 && Math.abs(t.length - l.length) <= 2 && editDistance(t, l) <= 2) return false;
  return true;
}

/**
 * Whether a one-word name of a plain given name runs on, one space on, into the next name: "charging Ronald
 * Richard Jenkins" tagged as "Ronald" and "Richard Jenkins", "John M. Huston" as "John" and "M. Huston".
 */
export function runsIntoNext(
  s: string,
  tt: TagToken[],
  span: { from: number; to: number },
  next?: { from: number; to: number },
): boolean {
  return (
    span.from === span.to &&
    next?.from === span.to + 1 &&
    s.slice(tt[span.to]!.end, tt[next.from]!.start) === ' ' &&
    (plainGiven(tt[span.from]!.text) || COMPOUND_GIVEN.test(tt[span.from]!.text)) &&
    // A given name, or a name of several words ("John M. Huston", "Abdel-Jabbar Abdel-Rahim al-Asadi").
    (given().has(lower(tt[next.from]!.text)) || next.to > next.from)
  );
}

/** A given name of two capitalised parts joined by a hyphen: "Abdel-Jabbar", "Jean-Luc". */
const COMPOUND_GIVEN = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

const LINK = /^(?:,|and|or|&)$/u;

/** The members of the list a word stands in, by the tagger's reading: each member's type and its surest margin. */
function listMates(tt: TagToken[], tags: string[], margins: number[], at: number): { type: string; margin: number }[] {
  const mates: { type: string; margin: number }[] = [];
  const member = (from: number, to: number) => {
    let margin = 0;
    for (let k = from; k <= to; k++) margin = Math.max(margin, margins[k]!);
    mates.push({ type: tags[from]!.slice(2), margin });
  };
  // Leftwards: a link, then a member ending just before it ("Osaka ,", "Yokohama and"). An "and" further left than
  // the first link closed a list before the word ("London, Paris and Frankfurt, Schmidt said"): none of it counts.
  for (let k = at - 1; k >= 1 && LINK.test(tt[k]!.text) && tags[k - 1] !== 'O';) {
    if (k < at - 1 && /^(?:and|or|&)$/u.test(tt[k]!.text)) {
      mates.length = 0;
      break;
    }
    let from = k - 1;
    while (from > 0 && tags[from]!.startsWith('I-')) from--;
    member(from, k - 1);
    k = from - 1;
  }
  // Rightwards: a link, then a member opening just after it, past an article ("and the UN").
  for (let k = at + 1; k + 1 < tt.length && LINK.test(tt[k]!.text);) {
    const from = /^(?:the|The)$/u.test(tt[k + 1]!.text) ? k + 2 : k + 1;
    if (from >= tt.length || !tags[from]!.startsWith('B-')) break;
    let to = from;
    while (to + 1 < tt.length && tags[to + 1]!.startsWith('I-')) to++;
    member(from, to);
    k = to + 1;
  }
  return mates;
}

/** A line of names with hardly a word in lower case: a team sheet, a results table, where the tagger is unsure. */
function roster(tt: TagToken[]): boolean {
  let words = 0;
  let lower = 0;
  for (const t of tt)
    if (/^\p{L}/u.test(t.text)) {
      words++;
      if (/^\p{Ll}/u.test(t.text)) lower++;
    }
  return lower * 4 < words;
}

/**
 * A word alone the tagger took for a person's that stands in a prose list of places or of organisations: "the
 * ports of Tokyo, Osaka, Yokohama and Kobe", "listen to Nirvana and Korn". None of the list's other members is a
 * person's, and the tagger is surer of them, on average, than of this word ("fouls on Joaquin, Casillas and
 * Marchena": players it is unsure of all through). Not in a team sheet.
 */
export function memberOfOtherList(
  tt: TagToken[],
  tags: string[],
  margins: number[],
  sp: { from: number; to: number; margin: number },
): boolean {
  // (Not a name after a title or another capitalised word: "Home Office Minister Lord Falconer and ...".)
  if (sp.to !== sp.from || (sp.from > 0 && /^\p{Lu}/u.test(tt[sp.from - 1]!.text))) return false;
  const mates = listMates(tt, tags, margins, sp.from);
  // (One comma is no list: "... Exporting Countries, Zhai said".)
  const joined = [tt[sp.from - 1], tt[sp.to + 1]].some((t) => t && /^(?:and|or|&)$/u.test(t.text));
  if (mates.length === 0 || (mates.length < 2 && !joined) || mates.some((m) => m.type === 'PER' || m.type === 'MISC'))
    return false;
  const mean = mates.reduce((a, m) => a + m.margin, 0) / mates.length;
  return mean > sp.margin && !roster(tt);
}

/**
 * "World Bank President Barber Conable should": after a title, a word alone the tagger took for a name and a
 * capitalised word after it that it took for none, which English does not know ("Conable", its ending an
 * adjective's): the surname of the name the first word opens, whatever that word means in English.
 */
export function surnameUnread(s: string, tt: TagToken[], tags: string[], at: number): boolean {
  const next = tt[at + 1];
  return (
    !!next &&
    tags[at] === 'B-PER' &&
    s.slice(tt[at]!.end, next.start) === ' ' &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    !commonWord(next.text) &&
    !isStopword(lower(next.text)) &&
    // (Nor a place and an office after it: "former Nevada Sen. and Reagan confidant Paul Laxalt".)
    !lexiconTags(tt[at]!.text).place &&
    !isTitleWord(next.text) &&
    !/^\p{Lu}/u.test(tt[at + 2]?.text ?? '')
  );
}
