// Roles written before a name: where a title run starts ("Finance Minister", "Chelsea boss") and how its ranks split.
import { isStopword } from '../text.js';
import { FOREIGN_ROLE_MODIFIERS, HONORIFICS, RANKS, knownPlace, lexiconTags } from './lexicon.js';
import { personNoun } from './person-nouns.js';
import { TICKER_SOURCE, type Token, dotOk, gap, joins, lower } from './name-tokens.js';
import {
  FORMER_WORD,
  bodyWord,
  groupWord,
  LEAD_WORDS,
  MODIFIERS,
  TIME_WORDS,
  isForeignRole,
  isRoleNoun,
  isTitleWord,
  memberInitials,
  capitalRole,
  officeOfInitials,
  notOfTheRole,
  forwardAsPosition,
  openerOfSentence,
  opensSentence,
  participle,
  singularRole,
  verbOpeningBody,
} from './role-words.js';
import { knownGiven } from './given-names.js';

/** "director of rugby", "head of research", "chief of staff" ending just before a name: an office, "of" and the
 *  field it runs, in lower case, nothing but spaces between. */
function officeOfField(s: string, toks: Token[], k: number, words = 1): boolean {
  const [head, of, field] = [toks[k - 1 - words]!, toks[k - words]!, toks[k]!];
  // ("director of public credit X": a field of two words, the first a plain word in lower case.)
  const first = toks[k - 1]!;
  if (
    words === 2 &&
    (!/^\p{Ll}{3,}$/u.test(first.text) || isStopword(first.text) || !/^\s+$/u.test(gap(s, first, field)))
  )
    return false;
  return (
    of.text === 'of' &&
    !field.cap &&
    !head.possessive &&
    !of.possessive &&
    /^\p{Ll}{3,}$/u.test(field.text) &&
    !isStopword(field.text) &&
    // ("chanting for the head of chairman X": the field is no office.)
    !isRoleNoun(field.text) &&
    isRoleNoun(head.text) &&
    /^\s+$/u.test(gap(s, head, of)) &&
    /^\s+$/u.test(gap(s, of, toks[k - words + 1]!)) &&
    /^\s+$/u.test(gap(s, field, toks[k + 1]!))
  );
}

/**
 * "Scotland international X", "Spanish international X", "England Under-21 international X": a player capped by a
 * team, the team's name or people's word right before; elsewhere "international" is an adjective ("international
 * debt").
 */
function teamInternational(s: string, toks: Token[], k: number): boolean {
  return (
    toks[k]!.text === 'international' && k > 0 && toks[k - 1]!.cap && /^\s+$/u.test(gap(s, toks[k - 1]!, toks[k]!))
  );
}

/** Works that star or feature performers. */
const STAGED =
  /^(?:film|movie|show|series|drama|play|musical|production|comedy|thriller|sequel|remake|episode|programme|sitcom|soap|documentary|video|advert|opera|ballet)$/u;

/**
 * Whether toks[k], a plural that may be a role ("stars"), is a verb whose subject is a work the text points at
 * ("The film stars", "the new BBC drama features"): a determiner, up to two words, then the work's noun.
 */
function workThenVerb(toks: Token[], k: number): boolean {
  if (!/^(?:stars|co-stars|features)$/u.test(toks[k]!.text) || !STAGED.test(toks[k - 1]!.text)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 4); j--)
    if (/^(?:the|this|that|its|his|her|their|a|an)$/iu.test(toks[j]!.text)) return true;
  return false;
}

/**
 * Role words just before a run: "Kabul-based political analyst Tameem Bahiss", "deputy interior minister, Ibrahim Sadr",
 * and the affiliation that opens them: "Chinese", "Pakistan's", "South Korea's".
 */
export function leftRole(
  s: string,
  toks: Token[],
  start: number,
  needNoun: boolean,
): { role: string[]; affiliation: string | null; possessive: boolean; plural: boolean; lead: string[] } {
  const role: string[] = [];
  // Counts of wins or a seeding before a body's name, which open the role: "triple Olympic champion".
  const lead: string[] = [];
  let affiliation: string | null = null;
  let possessive = false;
  let k = start - 1;
  // "strikers Jimmy Floyd Hasselbaink and Mark Viduka": a plural role noun gives each name of its list the role.
  // (Not after a comma, "a lawyer for the victims, Eduardo Contreras", nor before a name with no given name, which may
  // be a firm's: "analysts Gartner and Jupiter Research".)
  const first = toks[start]?.text ?? '';
  // (A given name the gazetteer lacks, when a surname follows it: "colleagues Haisheng Rong, Richard Jones".)
  const second = toks[start + 1];
  const twoWords = !!second && second.cap && /^\s+$/u.test(gap(s, toks[start]!, second));
  const one =
    k >= 0 &&
    needNoun &&
    /^\s+$/u.test(gap(s, toks[k]!, toks[start]!)) &&
    (knownGiven(first) || twoWords || memberInitials(toks[k]!.text))
      ? singularRole(toks[k]!.text, true)
      : null;
  const plural = one !== null;
  // "a general Production Diary", "a major Hollywood star": a rank after "a" in lower case is an adjective.
  if (k >= 1 && /^(?:general|major)$/u.test(toks[k]!.text) && /^an?$/iu.test(toks[k - 1]!.text))
    return { role, affiliation, possessive, plural: false, lead };
  // "The film stars Jude Law as a reporter": after a work the text points at, "stars" is its verb.
  if (plural && k >= 2 && workThenVerb(toks, k)) return { role, affiliation, possessive, plural: false, lead };
  // "forward" is a player's position only after a body's name or a word for a player ("Leeds forward X", "veteran
  // forward X"); after a verb it is the verb's ("Going forward, X said", "put forward X").
  if (k >= 0 && needNoun && lower(toks[k]!.text) === 'forward' && !forwardAsPosition(s, toks, k - 1))
    return { role, affiliation, possessive, plural: false, lead };
  // "Gloucester director of rugby Nigel Melville", "head of research X": an office of a field, whole.
  let limit = 4;
  if (k >= 2 && needNoun && !plural && officeOfField(s, toks, k)) {
    role.push(toks[k - 2]!.text, 'of', toks[k]!.text);
    k -= 3;
  } else if (k >= 3 && needNoun && !plural && officeOfField(s, toks, k, 2)) {
    role.push(toks[k - 3]!.text, 'of', toks[k - 1]!.text, toks[k]!.text);
    k -= 4;
    limit = 5;
  } else if (k >= 2 && needNoun && !plural && rankingBefore(s, toks, k)) {
    // "world number three Roddick", "British No 1 Tim Henman": a ranking, whole.
    role.push(toks[k - 2]!.text, toks[k - 1]!.text, toks[k]!.text);
    k -= 3;
    // Only "former", a body or another office joined by "and" may open it ("upset world number seven X" is a verb's).
    const prev = toks[k];
    if (prev && !prev.cap && !FORMER_WORD.test(prev.text) && prev.text !== 'and') k = -1;
  } else if (k >= 0 && needNoun) {
    const g = gap(s, toks[k]!, toks[start]!);
    if (
      !/^,?\s+$/u.test(g) ||
      (toks[k]!.cap && !memberInitials(toks[k]!.text) && !capitalRole(toks[k]!.text)) ||
      // ("chairman elect Denys Henderson": an office's holder to be.)
      !(
        isRoleNoun(toks[k]!.text) ||
        // ("psychologist Dave Collins", "javelin thrower Steve Backley": a noun for a person, whatever the trade; one
        // made with "-man" too: "soulman James Brown", "bluesman X".)
        (!toks[k]!.cap && (personNoun(toks[k]!.text) || MAN_COMPOUND.test(toks[k]!.text))) ||
        plural ||
        (/^(?:elect|designate)$/u.test(toks[k]!.text) && isRoleNoun(toks[k - 1]?.text ?? '')) ||
        teamInternational(s, toks, k) ||
        eventHope(toks, k)
      )
    )
      return { role, affiliation, possessive, plural: false, lead };
  }
  // (Four words at most, the "and" joining two offices apart: "GM chairman and chief executive"; one more before
  // an office of a field of two words: "Colombia's director of public credit".)
  while (k >= 0 && role.filter((w) => w !== 'and').length < limit) {
    // "Sony Corp <SNE.T> chairman X": a wire's ticker after a firm's name is passed over.
    const ticker = role.length ? tickerEndingAt(s, toks, k) : -1;
    if (ticker >= 0) k = ticker;
    if (k < 0) break;
    const t = k === start - 1 && one ? { ...toks[k]!, text: one } : toks[k]!;
    const g = ticker >= 0 ? ' ' : gap(s, t, toks[k + 1]!);
    if ((!/^,?\s+$/u.test(g) && g !== '/') || (g.includes(',') && k !== start - 1)) break;
    const w = lower(t.text);
    // "Singer/guitarist X": two trades in one.
    if (g === '/' && role.length && isRoleNoun(w)) {
      role[0] = `${t.text}/${role[0]}`;
      k--;
      continue;
    }
    // "vice president and treasurer X", "Chairman and chief executive officer X": two offices joined, one role.
    if (w === 'and' && role.length && k > 0 && !role.includes('and')) {
      const office = toks[k - 1]!;
      if (
        /^\s+$/u.test(gap(s, office, t)) &&
        !office.possessive &&
        (isRoleNoun(lower(office.text)) || (office.cap && isTitleWord(office.text))) &&
        // ("the president and vice president X": two people.)
        !role.join(' ').toLowerCase().includes(lower(office.text))
      ) {
        role.unshift(office.text, 'and');
        k -= 2;
        continue;
      }
    }
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
    // "Exxon's new president": the owner before "new" is the role's ("new" says only when it was taken).
    if (
      w === 'new' &&
      role.length &&
      k > 0 &&
      toks[k - 1]!.cap &&
      toks[k - 1]!.possessive &&
      /^\s+$/u.test(gap(s, toks[k - 1]!, t))
    ) {
      k--;
      continue;
    }
    // "Earlier this week group chairman X", "in an interview yesterday prime minister X": a word of time says when,
    // and the role begins after it.
    if (isStopword(w) || LEAD_WORDS.has(w) || (!t.cap && participle(w)) || TIME_WORDS.has(w)) break;
    // ("Shortly afterwards model Caprice", "Recently singer X": an adverb of the clause, not of the role.)
    if (!t.cap && /(?:ly|wards?)$/u.test(w) && lexiconTags(w).closed) break;
    // ("Rob Sidoli replaces veteran X": a verb whose subject is a person's full name before it.)
    if (
      !t.cap &&
      /[^s]s$/u.test(w) &&
      k >= 2 &&
      lexiconTags(w).presentVerb &&
      !isRoleNoun(w) &&
      toks[k - 1]!.cap &&
      toks[k - 2]!.cap &&
      knownGiven(toks[k - 2]!.text) &&
      !isTitleWord(toks[k - 2]!.text)
    )
      break;
    // "Conservative MSPs Murdo Fraser and Annabel Goldie": members' initials are the role, the party before them
    // its affiliation.
    if (k === start - 1 && (memberInitials(toks[k]!.text) || capitalRole(toks[k]!.text))) {
      // ("Australia's PM, John Howard": the office the initials stand for.)
      role.unshift(officeOfInitials(t.text) ?? t.text);
      k--;
      continue;
    }
    // "Radio 1's controller": a number closing a capitalised name is the name's.
    const numbered =
      /^\d+$/u.test(w) && t.possessive && k > 0 && toks[k - 1]!.cap && /^\s+$/u.test(gap(s, toks[k - 1]!, t));
    if (t.cap || numbered) {
      // (A weekday's plural a capitalised word opens is a name: "former Happy Mondays dancer Bez".)
      if (g.includes(',') || (lexiconTags(t.text).date && !pluralDayInName(s, toks, k))) break;
      possessive = t.possessive;
      // A demonym or a possessive place closes the role: "Chinese", "Pakistan's", "South Korea's".
      let from = k;
      // ("S&P credit analyst": capitals an ampersand joins are one body's.)
      const joined = (a: number) => gap(s, toks[a - 1]!, toks[a]!) === '&' && toks[a - 1]!.cap && toks[a]!.cap;
      while (
        from > 0 &&
        (/^\s+$/u.test(gap(s, toks[from - 1]!, toks[from]!)) || joined(from)) &&
        !toks[from - 1]!.possessive
      ) {
        if (toks[from - 1]!.cap || EX_BODY.test(toks[from - 1]!.text)) from--;
        // "Bank of England governor": a body's name tied by "of".
        else if (
          toks[from - 1]!.text === 'of' &&
          from > 1 &&
          toks[from - 2]!.cap &&
          bodyWord(toks[from - 2]!.text) &&
          /^\s+$/u.test(gap(s, toks[from - 2]!, toks[from - 1]!))
        )
          from -= 2;
        // "Lord of the Rings director", "Bank of the West president": a work's or a body's name tied by "of the".
        else if (
          toks[from - 1]!.text === 'the' &&
          from > 2 &&
          toks[from - 2]!.text === 'of' &&
          toks[from - 3]!.cap &&
          /^\s+$/u.test(gap(s, toks[from - 3]!, toks[from - 2]!)) &&
          /^\s+$/u.test(gap(s, toks[from - 2]!, toks[from - 1]!))
        )
          from -= 3;
        // "House Ways and Means Committee chairman": "and" inside a body's name, the body's word after it.
        else if (bodyAnd(s, toks, from - 1, k)) from -= 2;
        else break;
      }
      // "Former Chelsea striker", "the former Arsenal boss": the role of that body is one held before.
      const former = from > 0 && FORMER_WORD.test(toks[from - 1]!.text);
      const words: string[] = [];
      for (let a = from; a <= k; a++)
        if (a > from && joined(a)) words.push(`${words.pop()!}&${toks[a]!.text}`);
        else words.push(toks[a]!.text);
      const built = words.length;
      // "ex-Downing Street media chief X": a body held before, its "ex-" the role's "former".
      const exBody = EX_BODY.test(words[0]!);
      if (exBody) words[0] = words[0]!.replace(/^ex-/u, '');
      // "Seventh seed X", "Three-time world champion X" opening a sentence: a count, no body.
      if (words.length && words.every((x) => COUNT_LEAD.test(x))) {
        role.unshift(...words);
        break;
      }
      // "triple Olympic champion", "three-time Wimbledon winner": a count before the body's name.
      for (
        let l = from - 1;
        l >= 0 && COUNT_LEAD.test(toks[l]!.text) && /^\s+$/u.test(gap(s, toks[l]!, toks[l + 1]!));
        l--
      )
        lead.unshift(toks[l]!.text);
      // ("Welcoming Soviet leader X's offer, Reagan said": a verb in -ing opening the sentence is no body's name.)
      while (
        words.length &&
        (openerOfSentence(lower(words[0]!)) ||
          (words.length > 1 &&
            from === 0 &&
            opensSentence(s, toks[0]!.start) &&
            verbOpeningBody(words[0]!, words[1]!))) &&
        !(words.length > 1 && knownPlace(`${words[0]!} ${words[1]!}`)) &&
        // ("New Democratic Party leader": "New" opening a body's name that ends on its body word is the name's.)
        !(words.length > 2 && lower(words[0]!) === 'new' && bodyWord(words.at(-1)!))
      ) {
        if (FORMER_WORD.test(words[0]!)) role.unshift('former');
        words.shift();
      }
      if (words.length > 1 && FORMER_WORD.test(words[0]!)) {
        words.shift();
        role.unshift('former');
      } else if ((former || exBody) && words.length === built) role.unshift('former');
      if (words.length) affiliation = words.join(' ');
      break;
    }
    // ("former independent MP X", "backbench MP X": what kind of member, before a member's initials.)
    if (!needNoun && !MODIFIERS.has(w) && !(MEMBER_KIND.has(w) && memberInitials(toks[start]!.text))) break;
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
  // "win his first cap at full-back, Aurelien Rougerie return on the wing": a role after a preposition and before a
  // comma is where the clause before puts its own subject, no title of the name after the comma.
  // So too past a determiner and the phrase's people or body, when the name goes on with its verb: "little effect on
  // the American consumer, Fitzwater said" (not an apposition the name closes: "confided in the show's presenter,
  // Jonathan Maitland").
  const opening = start - 1 - role.length - lead.length - (affiliation ? affiliation.split(' ').length : 0);
  const determined = opening >= 1 && /^(?:the|a|an)$/iu.test(toks[opening]!.text);
  const prep = determined ? opening - 1 : affiliation ? -1 : k;
  if (
    role.length &&
    start > 0 &&
    gap(s, toks[start - 1]!, toks[start]!).includes(',') &&
    prep >= 0 &&
    /^(?:at|in|on)$/u.test(toks[prep]!.text) &&
    (!determined || !nameCloses(s, toks, start))
  )
    return { role: [], affiliation: null, possessive: false, plural: false, lead: [] };
  // "Clive Owen is the brooding king, Keira Knightly rises above it": a copula's complement, then the next clause
  // with its own subject.
  if (
    role.length &&
    k + 1 < start &&
    gap(s, toks[start - 1]!, toks[start]!).includes(',') &&
    COPULA_THEN_DETERMINER.test(s.slice(Math.max(0, toks[k + 1]!.start - 60), toks[k + 1]!.start)) &&
    !nameCloses(s, toks, start)
  )
    return { role: [], affiliation: null, possessive: false, plural: false, lead: [] };
  return { role, affiliation, possessive, plural, lead };
}

/** A noun for a person made with "-man" or "-woman": "soulman", "bluesman". */
const MAN_COMPOUND = /^\p{Ll}{3,}(?:wo)?man$/u;

/** "800m hope X", "Olympic medal hope X": "hope" after a race's distance or a prize is an athlete. */
function eventHope(toks: Token[], k: number): boolean {
  return (
    toks[k]!.text === 'hope' &&
    k > 0 &&
    /^(?:\d[\d,.]*k?m|marathon|medal|title|gold|Olympic|sprint|hurdles|relay)$/u.test(toks[k - 1]!.text)
  );
}

/** Whether toks[k] is a weekday's or a month's plural right after a capitalised word: "Happy Mondays". */
function pluralDayInName(s: string, toks: Token[], k: number): boolean {
  return k > 0 && /s$/u.test(toks[k]!.text) && toks[k - 1]!.cap && /^\s+$/u.test(gap(s, toks[k - 1]!, toks[k]!));
}

/** A body's first word with "ex-" glued on: "ex-Downing" of "ex-Downing Street media chief". */
const EX_BODY = /^ex-\p{Lu}/u;

/** Words that say what kind of member of a parliament one is, before the initials: "independent MP". */
const MEMBER_KIND = new Set(['independent', 'local', 'backbench', 'rebel', 'opposition', 'government', 'unionist']);

/**
 * When toks[k] closes a wire's ticker ("<SNE.T>") that a space parts from the word before it, that word's index;
 * else -1.
 */
function tickerEndingAt(s: string, toks: Token[], k: number): number {
  if (s[toks[k]!.end] !== '>') return -1;
  const open = s.lastIndexOf('<', toks[k]!.start);
  if (open < 1 || !TICKER.test(s.slice(open, toks[k]!.end + 1))) return -1;
  let before = k;
  while (before >= 0 && toks[before]!.start > open) before--;
  return before >= 0 && /^\s+$/u.test(s.slice(toks[before]!.end, open)) ? before : -1;
}

/** A copula and a determiner, and up to two words in lower case, before a role: "is the brooding king". */
const COPULA_THEN_DETERMINER =
  /\b(?:is|was|are|were|becomes|became|remains|remained)\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/** A wire's stock ticker, whole: "<SNE.T>", "<DD>". */
const TICKER = new RegExp(`^${TICKER_SOURCE}$`, 'u');

/** Whether the name opening at toks[start] closes its clause: a mark or the sentence's end right after it. */
function nameCloses(s: string, toks: Token[], start: number): boolean {
  let end = start;
  while (end + 1 < toks.length && toks[end + 1]!.cap && /^\s+$/u.test(gap(s, toks[end]!, toks[end + 1]!))) end++;
  return /^\s*(?:[,.;:!?)"”]|$)/u.test(s.slice(toks[end]!.end));
}

/** A player's ranking, ending at toks[k]: "world number three", "British No 1", "women's number two". */
function rankingBefore(s: string, toks: Token[], k: number): boolean {
  const [scope, no, n] = [toks[k - 2]!, toks[k - 1]!, toks[k]!];
  return (
    /^(?:number|No)$/u.test(no.text) &&
    RANK.test(n.text) &&
    (scope.text === 'world' || (scope.cap && !scope.possessive) || /^(?:women|men)$/u.test(scope.text)) &&
    /^\.?\s+$/u.test(gap(s, no, n)) &&
    /^\s+$/u.test(gap(s, scope, no))
  );
}

const RANK = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d{0,2})$/u;

/** A count of wins, a seeding or a title held, before a role: "triple", "three-time", "seventh", "defending". */
const COUNT_LEAD =
  /^(?:double|triple|treble|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-times?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|reigning|defending)$/iu;

/** Whether toks[at] is an "and" between two capitalised words of one body's name that ends by toks[end]. */
function bodyAnd(s: string, toks: Token[], at: number, end: number): boolean {
  const before = toks[at - 1];
  return (
    toks[at]!.text === 'and' &&
    before !== undefined &&
    !before.possessive &&
    /^\s+$/u.test(gap(s, before, toks[at]!)) &&
    bodyWordBeforeAnd(before) &&
    // ("Phillips and Drew analyst": two partners' one-word names, a firm's; not a person's name closing a list,
    // "with rapper Twista and Ray actor X", "relocating King and DJ partner X".)
    ((BODY_END.test(toks[end]!.text) && !fullNameEnds(s, toks, at - 1, end - at)) ||
      (end === at + 1 && partnerAfter(toks[end]!) && partnersOpen(s, toks, at - 1)))
  );
}

/**
 * Whether a person's full name ends at toks[at] (a known given name just before it) and the body after "and" is of
 * several words: two people's offices in a list ("Treasury Secretary James Baker and Federal Reserve Board chairman
 * X"), not a firm of its founder's name ("Charles Schwab and Co").
 */
function fullNameEnds(s: string, toks: Token[], at: number, after: number): boolean {
  const given = toks[at - 1];
  // (A firm's legal forms after "and" are a firm's: "Merrill Lynch and Co Inc chairman".)
  const body = toks.slice(at + 2, at + 2 + after);
  return (
    after > 1 &&
    !body.every((t) => LEGAL_FORM.test(t.text)) &&
    !!given &&
    given.cap &&
    /^\s+$/u.test(gap(s, given, toks[at]!)) &&
    knownGiven(given.text)
  );
}

const LEGAL_FORM = /^(?:Co|Cos|Inc|Ltd|Plc|PLC|Corp|Corporation|Company|LLC|NV|AG|SA|SpA|GmbH|BV|Sons)\.?$/u;

/**
 * Whether the word after "and" may be a partner's name: not a body's initials ("Renner and HBV chief negotiator"),
 * a possessive or an office's word ("Lyng and Trade representative X" are two).
 */
const partnerAfter = (w: Token) => !w.possessive && !/^\p{Lu}{2,}$/u.test(w.text) && !isTitleWord(w.text);

/** Small words a firm's name may follow: "analyst at Phillips and Drew", "said Hambrecht and Quist president". */
const PARTNERS_LEAD = /^(?:the|a|an|at|with|by|from|for|to|in|on|said|says|told)$/u;

/** Whether what stands before the first partner's name opens a firm's: nothing, a mark, "former", a small word. */
function partnersOpen(s: string, toks: Token[], first: number): boolean {
  const before = toks[first - 1];
  if (!before) return true;
  // (After a comma a clause may open on a person's name: "yesterday, Lyng and Trade representative X"; after a
  // quotation, its speaker's firm: '"...," Phillips and Drew analyst X said'.)
  const between = gap(s, before, toks[first]!);
  if ((between.includes(',') || before.text === ',') && !/["”’']/u.test(between)) return false;
  if (!/^\s+$/u.test(between) || !/\p{L}/u.test(before.text)) return true;
  // "House Ways and Means chairman": a chamber's name opens its committee's.
  if (/^(?:House|Senate|Commons|Assembly|Congress|Parliament)$/u.test(before.text)) return true;
  // (Not "of", whose name goes on before it: "by Bank of Hawaii and Philippine sugar trader X" are two.)
  return !before.cap && (FORMER_WORD.test(before.text) || PARTNERS_LEAD.test(before.text));
}

/**
 * Whether a word before "and" may be one of a body's name ("Ways" of "Ways and Means"): capitalised, and no group
 * or plural of a role, whose "and" joins two parties ("Senate Republicans and House Budget Committee Chairman").
 */
const bodyWordBeforeAnd = (w: Token) => w.cap && !groupWord(w.text) && !singularRole(lower(w.text));

/** The last word of a body's name that may hold an "and": "Ways and Means Committee", "Telephone and Telegraph Co". */
const BODY_END =
  /^(?:Committee|Commission|Corporation|Corp|Co|Company|Inc|Ltd|Plc|PLC|Board|Council|Bank|Authority|Agency|Association|Federation|Union|Group|Administration|Department|Ministry|Institute|Foundation|Fund|Trust)\.?$/u;

/** Words of a judgement that open a trade's compound noun with the word after them: "real estate". */
const COMPOUND_SECOND: Record<string, string> = { real: 'estate' };

export function cleanRole(words: string[]): string | null {
  const role = words.join(' ').replace(/\s+/g, ' ').trim();
  // (A member's initials are a role of two letters, "MP", as is a trade's, "DJ".)
  return role.length >= 3 || memberInitials(role) || capitalRole(role) ? role : null;
}

/** Splits a title run into an office and a rank: "Chief of Defense Forces Field Marshal" -> both. */
export function splitRanks(written: string[]): string[] {
  // "Sen.", "Rep.", "Gov.": a title abbreviated before a name is the title ("Sen. Rudy Boschwitz" is a senator).
  const title = written.map((w) => ABBREVIATED_TITLES[lower(w)] ?? officeOfInitials(w) ?? w);
  let k = title.length;
  // ("Vice Admiral", "Rear Admiral": one rank.)
  while (
    k > 0 &&
    (RANKS.has(lower(title[k - 1]!)) ||
      HONORIFICS.has(lower(title[k - 1]!)) ||
      (k < title.length && /^(?:vice|rear)$/u.test(lower(title[k - 1]!))))
  )
    k--;
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
  atty: 'Attorney',
  asst: 'Assistant',
};

/** Whether a word is a title's abbreviation, which no name is: "Supt", "Sgt", "Lt", "Sen". */
export function isAbbreviatedTitle(word: string): boolean {
  return Object.hasOwn(ABBREVIATED_TITLES, lower(word.replace(/\.$/u, '')));
}

/** Offices named with "General" after them: "Secretary General", "Attorney General", "Director General". */
const POSTPOSITIVE_GENERAL = new Set(
  `secretary attorney solicitor postmaster surgeon inspector governor director consul auditor comptroller controller
  procurator prosecutor advocate paymaster receiver registrar adjutant quartermaster vicar commissary accountant`.split(
    /\s+/,
  ),
);

/**
 * The capitalised words just before a name, in the same run of capitals: "Deputy Prime Minister" in "Deputy
 * Prime Minister Ishaq Dar", "Uruguayan" in "Uruguayan Marcelo Otero". From the first word the run keeps.
 */
export function runBefore(s: string, toks: Token[], first: number): number {
  let a = first;
  while (a > 0) {
    const prev = toks[a - 1]!;
    const g = gap(s, prev, toks[a]!);
    // "Drug Enforcement Administration (DEA) Administrator <name>": the acronym in brackets heads the title.
    if (/^\)\s+$/u.test(g) && /^\p{Lu}{2,}$/u.test(prev.text) && a > 1 && /\(\s*$/u.test(gap(s, toks[a - 2]!, prev))) {
      a--;
      break;
    }
    // "Culture, Media and Sport Secretary": portfolios listed with commas before the "and" of the last two.
    if (
      prev.cap &&
      PORTFOLIOS.has(lower(prev.text)) &&
      PORTFOLIOS.has(lower(toks[a]!.text)) &&
      /^,\s+$/u.test(g) &&
      toks[a + 1]?.text === 'and' &&
      toks.slice(a, first).some((w) => isTitleWord(w.text))
    ) {
      a--;
      continue;
    }
    // "Minister for Children, Young People and Families": a comma between the listed words of a title's field, an
    // "and" closing the list before the name.
    const listedField =
      /^,\s+$/u.test(g) &&
      prev.cap &&
      toks[a]!.cap &&
      toks.slice(a, first).some((w) => w.text === 'and') &&
      fieldOfTitle(s, toks, a - 1);
    if (!listedField && (!joins(g) || !dotOk(prev, g))) break;
    // "Chief of Defense Forces Field Marshal", "Chairman of the Sovereign Council": a title may hold "of (the)".
    // Also "Minister van Financiën", "Ministre de l'Intérieur" in other languages.
    // "Minister for Aviation", "Ambassador to the OECD": a title's field or body after "for" or "to".
    const skip =
      lower(prev.text) === 'of' || TITLE_OF.has(prev.text) || prev.text === 'for' || prev.text === 'to'
        ? 1
        : lower(prev.text) === 'the' && a > 1 && /^(?:of|for|to|at)$/u.test(lower(toks[a - 2]!.text))
          ? 2
          : 0;
    if (skip && a - skip - 1 >= 0) {
      const head = toks[a - skip - 1]!;
      const tie = lower(toks[a - skip]!.text);
      // (Or an organisation's word: "Bank of Japan Governor".)
      if (
        head.cap &&
        (isTitleWord(head.text) ||
          (tie === 'of' && bodyWord(head.text)) ||
          // ("Ambassador to the Organisation for Economic Cooperation": a tie inside the title's field.)
          // (A particle of another language only inside a place's name, not before the name's own surname: "the
          // Rio de Janeiro Coffee Trade Association Carlos Calmon", not "Social Affairs Louw de Graaf".)
          ((/^(?:of|for|at)$/u.test(tie) || (TITLE_OF.has(tie) && a < first)) &&
            fieldOfTitle(s, toks, a - skip - 1))) &&
        // ("Minister of State for Europe at the Foreign Office": "at the" only inside a title's field.)
        (tie !== 'at' || fieldOfTitle(s, toks, a - skip - 1)) &&
        // ("Ambassador to the OECD": only a title's own "to"; "Secretary of State for Trade".)
        (tie !== 'to' || /^(?:ambassador|envoy|adviser|advisor|delegate|representative)$/iu.test(head.text)) &&
        joins(gap(s, head, toks[a - skip]!))
      ) {
        a -= skip + 1;
        continue;
      }
    }
    // "House Ways and Means Committee Chairman": "and" between capitalised words of a body before a title (not
    // between a group and the title's body: "Senate Republicans and House Budget Committee Chairman").
    if (
      prev.text === 'and' &&
      a > 1 &&
      bodyWordBeforeAnd(toks[a - 2]!) &&
      joins(gap(s, toks[a - 2]!, prev)) &&
      toks.slice(a, first).some((w) => bodyWord(w.text))
    ) {
      a -= 2;
      continue;
    }
    // "Secretary for Finance and Economic Planning", "Minister of Trade and Industry": "and" inside a title's field.
    // (Not right before the name: "Secretary of the Treasury and Paul Volcker" are two.)
    if (
      prev.text === 'and' &&
      a < first &&
      a > 1 &&
      toks[a - 2]!.cap &&
      joins(gap(s, toks[a - 2]!, prev)) &&
      fieldOfTitle(s, toks, a - 2)
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
    // ("ex-Home Secretary David Blunkett": a former office's first word with its prefix.)
    if ((!prev.cap && !/^ex-\p{Lu}/u.test(prev.text)) || prev.possessive) break;
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

/**
 * Whether a capitalised word is in the field a title names after "of", "for" or "to": "Finance" of "Secretary for
 * Finance and Economic Planning", "Cooperation" of "Ambassador to the Organisation for Economic Cooperation and
 * Development". Back over capitalised words and ties, up to eight words, to a title word before a tie.
 */
export function fieldOfTitle(s: string, toks: Token[], at: number): boolean {
  for (let k = at; k > 0 && at - k < 8; k--) {
    const w = toks[k - 1]!;
    // (A comma between two capitalised words of a listed field: "Minister for Children, Young People and Families".)
    const g = gap(s, w, toks[k]!);
    if (!joins(g) && !(/^,\s+$/u.test(g) && w.cap && toks[k]!.cap)) return false;
    if (w.cap && isTitleWord(w.text) && /^(?:of|for|to)$/u.test(toks[k]!.text)) return true;
    if (!w.cap && !/^(?:of|for|to|the|and)$/u.test(w.text)) return false;
  }
  return false;
}

/** Whether a word is a ministry's field (PORTFOLIOS): "Economy", "Finance", "Trade". */
export const ministryField = (word: string): boolean => PORTFOLIOS.has(lower(word));

/** The fields of a ministry that an office may join with "and" ("Trade and Industry Secretary"). */
const PORTFOLIOS = new Set(
  `economy economic trade industry labour labor finance energy culture media sport sports education health transport
  work pensions justice environment food rural affairs commerce planning development agriculture fisheries defence
  defense security housing communities science technology tourism information broadcasting employment welfare
  social family families children women youth mines petroleum oil water power works local government`.split(/\s+/),
);

/** Words that tie a title to its ministry or council in other languages: "Minister van Financiën". */
export const TITLE_OF = new Set(['van', 'voor', 'de', 'del', 'di', 'da', 'do', 'du', 'des', 'della', 'für', 'der']);
