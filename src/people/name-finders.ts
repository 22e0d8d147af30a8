// Names the tagger missed that the sentence still marks as people's: after roles, courtesy titles, affiliations, in lists.
import { isStopword } from '../text.js';
import {
  GERMAN_ROLE,
  NOT_PERSON,
  PARTICLES,
  ROLE_NOUNS,
  knownPlace,
  lexiconEntry,
  commonWordOnly,
  adverbOfAdjective,
  lexiconTags,
} from './lexicon.js';
import { runStart } from './works.js';
import { ORG_WORDS, type TagToken, type TaggedSpan, given } from './tagger.js';
import { titleRunBefore } from './name-checks.js';
import { lower } from './name-tokens.js';
import {
  LEAD_WORDS,
  foreignOfRole,
  isForeignRole,
  isPeopleNoun,
  isRoleNoun,
  isTitleTypo,
  isTitleWord,
  forwardAsPosition,
  memberInitials,
  openingTrade,
  opensSentence,
  singularRole,
} from './role-words.js';
import { givenAmong, knownGiven, plainGivenName } from './given-names.js';

/**
 * Above these margins over "not a person", a tagged name is evidence enough on its own, a full name and a single
 * name (which then counts across the corpus) (tuned on eng.testa).
 */
export const EVIDENT_FULL = 0;

export const EVIDENT_SHORT = 15;

/** Above this margin a tagged name is taken as the tagger says, whatever the lexicon knows of it. */
export const SURE = 25;

/** Below this margin a tagged name is dropped. */
export const DOUBTFUL = -Infinity;

/**
 * Names the tagger took for an organisation after a people's or a party's noun ("Democrat Nancy Pelosi", "Greek
 * Costas Kenteris"), when the name opens with a known given name or ends with a word the article gives a person
 * elsewhere ("Kenteris said"): two or three capitalised words, none an organisation's word, ending the run.
 */
export function namesAfterAffiliations(
  s: string,
  tt: TagToken[],
  tags: string[],
  personWords: Set<string>,
): TaggedSpan[] {
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
export function orgAliases(s: string): string[] {
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
export function surnamesAgain(tt: TagToken[], tags: string[], words: Map<string, number>): TaggedSpan[] {
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
export function namesAfterRoles(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 1; i < tt.length; i++) {
    // Only words the tagger put in another kind of name (organisation, place, other).
    // Untagged words too after a German role compound ("Bundespräsident Frank-Walter Steinmeier").
    const compound = tt[i - 1]!.text.length >= 10 && GERMAN_ROLE.test(tt[i - 1]!.text);
    if (
      (tags[i] === 'O' && !compound) ||
      tags[i]!.endsWith('PER') ||
      tags[i - 1]!.endsWith('PER') ||
      !/^\p{Lu}(?:\p{Ll}|\p{Lu}$)/u.test(tt[i]!.text)
    )
      continue;
    const prev = tt[i - 1]!.text;
    // ("15-day forward April Brent": "forward" is a player's only after a body's name or a word for a player.)
    if (lower(prev) === 'forward' && !forwardAsPosition(s, tt, i - 2)) continue;
    // "author JK Rowling", "composer AR Rahman": two initials in capitals, no stops, before a surname, after a
    // lower-case role noun (the tagger reads capitals as a firm's: "RJ Reynolds", "JD Power").
    const initials = /^\p{Lu}{2}$/u.test(tt[i]!.text);
    const surname = tt[i + 1]?.text ?? '';
    if (
      initials &&
      !(/^\p{Ll}/u.test(prev) && isRoleNoun(prev) && capitalInitials(tt[i]!.text) && /^\p{Lu}\p{Ll}/u.test(surname))
    )
      continue;
    // A role noun of another language only ("burgemeester Femke Halsema"): no English role noun's, which the
    // tagger was trained with; after it, two capitalised words are a name even with no given name known.
    // Also after a member's initials ("Green MSP Morag Lennie"), which always precede a name.
    const foreignNoun =
      (/^\p{Ll}/u.test(prev) && isForeignRole(prev) && !ROLE_NOUNS.has(lower(prev))) ||
      compound ||
      memberInitials(prev);
    if (!foreignNoun && !initials && !given().has(lower(tt[i]!.text))) continue;
    // "Minister for Sport Richard Caborn said", "Chairman of the Federal Reserve Alan Greenspan": a known given name
    // after a title's field or body, which the tagger read on into as one organisation's name.
    // ("Chairman of Morgan Stanley Dean Witter": not after a given name, which a firm's name of people holds.)
    // (Nor a place the gazetteer also holds as a given name: "U.S. Attorney for Manhattan Rudolph Giuliani".)
    const afterField =
      /^\p{Lu}\p{Ll}/u.test(prev) &&
      !given().has(lower(prev)) &&
      !tags[i]!.endsWith('LOC') &&
      !lexiconTags(tt[i]!.text).place &&
      !isTitleWord(tt[i]!.text) &&
      titleRunBefore(tt, i);
    if (!(
      afterField ||
      compound ||
      (/^\p{Ll}/u.test(prev) && isRoleNoun(prev)) ||
      // "Guitarist Brian May", "Sprinters Kostas Kenteris and ...": a role noun capitalised for opening the sentence.
      (opensSentence(s, tt[i - 1]!.start) && !isTitleWord(prev) && !!openingTrade(prev, plainGivenName(tt[i]!.text))) ||
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
    // (After initials, a firm's word makes the run a firm's: "coordinator DG Bank".)
    if (initials && tt.slice(i, j + 1).some((w) => ORG_WORDS.has(lower(w.text)))) continue;
    // (After a field, the name ends its run of capitals: "Minister for Trade Philip Morris Cos" is a firm's.)
    if (
      afterField &&
      (tt.slice(i, j + 1).some((w) => ORG_WORDS.has(lower(w.text))) ||
        (/^\p{Lu}/u.test(tt[j + 1]?.text ?? '') && /^\s+$/u.test(s.slice(tt[j]!.end, tt[j + 1]!.start))))
    )
      continue;
    out.push({ from: i, to: j, margin: 0 });
    i = j;
  }
  return out;
}

/** What follows a person's name in an apposition that says who they are: ", the Australian strategist who". */
const ROLE_APPOSITION = /^\s*,\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{Ll}-]+)(?:\s+who\b|\s*(?:[,;.]|$))/u;

/**
 * A bare office at a body, closed by a comma and the sentence's verb: ", deputy chief economist at Nomura Securities,
 * said". Groups: the words before the head noun, the head noun.
 */
const BARE_APPOSITION =
  /^\s*,\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}[\p{Ll}-]+)\s+(?:at|of|with|for)\s+(?:the\s+)?\p{Lu}[^,;()"“”]*,\s+\p{Ll}+\b/u;

/** ", who" and a verb in the singular: "McIlroy, who is third", "Jane Roe, who has led". */
const WHO_SINGULAR = /^\s*,\s+who\s+(?:is|was|has|had|\p{Ll}{2,}[^s\W]s)\b/u;

/** A word of a name as written: "Tanaka", "McIlroy", "O'Brien". */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+$/u;

/** Heads a firm may be written with as well as a person ("Kidder Peabody, adviser to the bidder, said"). */
const FIRM_ROLE =
  /^(?:manager|co-manager|adviser|advisor|agent|underwriter|partner|owner|parent|member|leader|holder|shareholder|investor|lender|creditor|broker|dealer|trustee|consultant|auditor|sponsor|producer|maker|developer|publisher|operator|distributor|supplier|contractor|bidder|buyer|seller|representative|arranger|guarantor|custodian|insurer|subsidiary|unit|affiliate|division|arm|rival|competitor|client|customer|successor|predecessor)$/u;

/**
 * Names the tagger read as a place or a firm that an apposition calls a person: "Lynton Crosby, the Australian
 * strategist who ..." ("who" is said of people only), or a known given name and ", the party's strategist.".
 * Two or three capitalised words, none a firm's word, standing alone after a lower-case word or a sentence's start.
 */
export function namesBeforeRoles(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let c = 1; c < tt.length; c++) {
    if (tt[c]!.text !== ',') continue;
    const after = s.slice(tt[c - 1]!.end);
    // ("McIlroy, who is third in the rankings": "who" and a verb in the singular are said of one person; a team
    // takes the plural in British news, "Chelsea, who are top".)
    const who = WHO_SINGULAR.test(after);
    const m = who ? null : ROLE_APPOSITION.exec(after);
    // (A bare office at a body is a person's whatever the given name: "Parul Jain, deputy chief economist at ...".)
    const bare = m || who ? null : BARE_APPOSITION.exec(after);
    const head = (m ?? bare)?.[2];
    if (!who && (!head || !isRoleNoun(head) || singularRole(head) || (bare && FIRM_ROLE.test(head)))) continue;
    const from = runStart(s, tt, c - 1);
    const run = tt.slice(from, c);
    if (
      (run.length < 2 && !who) ||
      // ("Lord Roberts of Conwy, who was", "deputy director of Comecon, who heads": the relative is the person's
      // before, the word after "of" a place or a body; not after "in" or "from": "faith in Anil, who is".)
      (who && from > 0 && tt[from - 1]!.text === 'of') ||
      !run.every((t) => NAME_WORD.test(t.text) && !ORG_WORDS.has(lower(t.text)) && !isRoleNoun(t.text)) ||
      tags.slice(from, c).some((t) => t.endsWith('PER')) ||
      tailOfCapitals(s, tt, from) ||
      (m && !/\bwho$/u.test(m[0]) && !knownGiven(run[0]!.text)) ||
      knownPlace(run.map((t) => t.text).join(' '))
    )
      continue;
    // (The relative says a person: evidence enough for a surname alone.)
    out.push({ from, to: c - 1, margin: who ? EVIDENT_SHORT : 0 });
  }
  return out;
}

/** Whether token `k` follows a capitalised word of its sentence, the tail of a longer name ("Dean Witter"). */
function tailOfCapitals(s: string, tt: TagToken[], k: number): boolean {
  return k > 0 && /^\p{Lu}/u.test(tt[k - 1]!.text) && !opensSentence(s, tt[k]!.start);
}

/** "and other", up to two words, and a plural role after a name: " and other key figures", " and other analysts". */
const AND_OTHER = /^\s+and\s+other\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+s)\b/u;

/**
 * A surname alone the tagger read as a place's or no name before "and other" and a plural role, which says it is
 * one of them: "Poindexter and other key figures in the scandal", "Sloane and other analysts".
 */
export function namesBeforeOthers(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i + 2 < tt.length; i++) {
    const t = tt[i]!;
    if (tt[i + 1]!.text !== 'and' || tags[i]!.endsWith('PER') || !NAME_WORD.test(t.text)) continue;
    const role = AND_OTHER.exec(s.slice(t.end))?.[1];
    // (Not a role firms hold as well: "Shell and other producers".)
    const one = role ? singularRole(role) : null;
    if (!one || FIRM_ROLE.test(one) || isStopword(lower(t.text))) continue;
    // (Nor the tail of a longer name: "Dean Witter and other analysts".)
    if (tailOfCapitals(s, tt, i)) continue;
    out.push({ from: i, to: i, margin: EVIDENT_SHORT });
  }
  return out;
}

/**
 * Names after a courtesy title that the tagger read as a place or a firm ("Mr Tanaka, Sony's finance director"
 * gave Tanaka as a place): "Mr", "Mrs", "Ms", "Dr" stand before a person's name only.
 */
export function namesAfterCourtesy(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
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

/** The one-word names a sentence gives after a courtesy title: "Katwala" of "Mr Katwala said". */
export function courtesySurnames(tt: TagToken[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tt.length; i++)
    if (
      /^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(tt[i]!.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(tt[i + 1]!.text) &&
      !/^\p{Lu}/u.test(tt[i + 2]?.text ?? '')
    )
      out.push(tt[i + 1]!.text);
  return out;
}

/**
 * Two capitalised words the tagger took for another kind of name, the second a surname the article gives with a
 * courtesy title: "The Fabian Society's Sundar Katwala said", later "Mr Katwala" (an unknown given name before it).
 * Not a place, an organisation's word, a title or a common word first, nor inside a longer run of capitals.
 */
export function fullNamesOfCourtesied(s: string, tt: TagToken[], tags: string[], surnames: Set<string>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i + 1 < tt.length; i++) {
    const [first, last] = [tt[i]!, tt[i + 1]!];
    // (The surname alone may be the tagger's person: "Sundeep/B-ORG Mehra/B-PER".)
    if (!surnames.has(last.text) || tags[i + 1] === 'I-PER' || tags[i]!.endsWith('PER')) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || s.slice(first.end, last.start) !== ' ') continue;
    if ((i > 0 && /^\p{Lu}/u.test(tt[i - 1]!.text)) || /^\p{Lu}/u.test(tt[i + 2]?.text ?? '')) continue;
    const lex = lexiconTags(first.text);
    if (lex.place || lex.demonym || lex.closed || ORG_WORDS.has(lower(first.text)) || isTitleWord(first.text)) continue;
    if (commonWordOnly(first.text)) continue;
    out.push({ from: i, to: i + 1, margin: EVIDENT_FULL });
  }
  return out;
}

/** A verb of saying, then a person's pronoun: "X said he", "X told reporters she". */
const SAYS_AS_PERSON =
  /\s(?:said|says|told|added|insisted|argued|warned|admitted|explained)\s+(?:(?:that|reporters|Reuters)\s+)?(?:he|she)\s/gu;

/**
 * Names the tagger left out that a person's pronoun after a verb of saying shows to be a person's: "Melcher said he
 * would continue as chairman", "Chango Spasiuk said she was pleased" (a firm says "it"). One to three capitalised
 * words no lexicon knows as a common word, a place, an organisation or a people's name, before the verb.
 */
export function namesBeforeSaying(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  // (Each verb once, found in the sentence, then the word right before it.)
  for (const m of s.matchAll(SAYS_AS_PERSON)) {
    const j = tt.findIndex((t) => t.end === m.index);
    if (j < 0) continue;
    let i = j;
    const nameWord = (k: number) => {
      const w = tt[k]!.text;
      const t = lexiconTags(w);
      return (
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        !tags[k]!.endsWith('PER') &&
        !ORG_WORDS.has(lower(w)) &&
        !NOT_PERSON.has(lower(w)) &&
        !isStopword(lower(w)) &&
        !t.place &&
        !t.demonym &&
        !knownPlace(w) &&
        !lexiconEntry(w) &&
        !commonWordOnly(w) &&
        !adverbOfAdjective(w)
      );
    };
    // (A plural is a group's: "Prosecutors said he", "Rovers said he".)
    if (!nameWord(j) || /\p{Ll}(?:s|men)$/u.test(tt[j]!.text)) continue;
    while (i > 0 && j - i < 2 && nameWord(i - 1) && /^\s+$/u.test(s.slice(tt[i - 1]!.end, tt[i]!.start))) i--;
    // (Only a subject: opening the sentence or a clause, not "An officer with Korth said he"; nor a word that goes
    // on a run of capitals: "Shell Canada said he" is no "Canada".)
    // ("Trade and Industry said he": nor after "and", where a body's name goes on.)
    if (i > 0 && !/^[,;:"“”(]$/u.test(tt[i - 1]!.text)) continue;
    out.push({ from: i, to: j, margin: i === j ? EVIDENT_SHORT : EVIDENT_FULL });
  }
  return out;
}

/**
 * Names in a list written alike ("S Horgan, B Kearney, G Darcy"): an initial and a capitalised word between commas
 * or semicolons, which the tagger read as something else, when two other such items of the list are people's.
 */
export function namesInLists(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
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
export function nameStart(s: string, tt: TagToken[], from: number, floor: number): number {
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
    // (A place the gazetteer also holds as a given name is none: "U.S. Attorney for Manhattan Rudolph Giuliani"; nor
    // a word of a place's name: "of Hong Kong Ronald Li".)
    const known = givenAmong([before.text, w.text, tt[k + 1]?.text ?? ''], 1);
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

/** Two initials in capitals, no stops ("JK", "AR"), but capitals the lexicon knows, an abbreviation's ("TV", "US"). */
export const capitalInitials = (word: string): boolean => /^\p{Lu}{2}$/u.test(word) && !lexiconEntry(word);
