// Finds the people an article names, with the roles the text gives them: the learned tagger (tagger.ts) says
// which words are a person's name; titles before them and role phrases around them give the roles.
import type { Document } from '../types.js';
import { tagMonthGivenNames } from './month-given.js';
import { oneNameRole, tagNounNamed, tagTradeBeforeName } from './noun-named.js';
import { tagPeerNamed } from './peer-named.js';
import { tagListedNames, tagTitledList } from './list-named.js';
import { firmList } from './firm-lists.js';
import { placeListItem } from './place-lists.js';
import { namesAfterInitials } from './initialled.js';
import { tagGivenBefore, tagSurnameAfterGiven } from './given-before.js';
import { DATELINE, isStopword, passageSentences } from '../text.js';
import {
  HONORIFICS,
  INSTITUTION_HEADS,
  PARTICLES,
  TITLE_WORDS,
  commonWordOnly,
  knownNotPerson,
  lexiconOrganisation,
  lexiconPlaceName,
  lexiconTags,
  plainAdjective,
} from './lexicon.js';
import { inCredit } from '../ingest/credits.js';
import { isFamilyFirst } from './family-first.js';
import { type InlineNickname, takeInlineNicknames, toldNickname } from './nicknames.js';
import { type Mention, orgMention } from './mention.js';
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
  copularThings,
  copularWorks,
  groupPossessive,
  memberOwners,
  possessivePairs,
  whichAfter,
  inWorkList,
  isWorkTail,
  orgByWhatFollows,
  awardWon,
  pluralSubjects,
  pluralVerbAfter,
  quotedAlone,
  thingApposition,
  workNounAfter,
  modelCodeAfter,
  prizeNameOpening,
  prizeNames,
  numberedAfter,
  workNounBefore,
  titleTheBefore,
  titleTheRunBefore,
  dayNamedByAdjective,
  WEEKDAY,
  titleOpensBefore,
  ownsFullName,
  calledThingBefore,
  membersOfBefore,
  firmPartAfter,
  firmsNamedByNoun,
  listedOutlets,
} from './works.js';
import { firmCovers, heldWithFirm } from './firm-after.js';
import { possessiveListItems, thingExample } from './thing-lists.js';
import { leadRole } from './lead-role.js';
import { descriptionRoles } from './description-role.js';
import {
  ORG_WORDS,
  type DocContext,
  type Model,
  type TagToken,
  docContext,
  given,
  personModel,
  personSpans,
  tagSentence,
  tagTokens,
  type TaggedSpan,
} from './tagger.js';
import {
  articledSurnames,
  nicknameMention,
  nicknamesLater,
  relatives,
  scriptNamesOf,
  sharedSurnames,
  stageNameBefore,
  describedStageName,
  oneGivenForm,
} from './article-passes.js';
import {
  QUESTION_AUXILIARY,
  LEGAL,
  PEERAGE,
  PLACE_HEADS,
  capitalGluedBefore,
  continuesInto,
  fragmentOfOtherName,
  givenThenSurname,
  gluedToOtherName,
  inDateline,
  misreadGivenName,
  memberOfOtherList,
  namedThing,
  orgNames,
  placeEnd,
  placeWithoutGivenName,
  pluralThingTail,
  givenNameBefore,
  unknownFirstName,
  runsIntoNext,
  sentenceOpener,
  titleFragment,
  titleThenName,
  titleRunBefore,
  titledBefore,
  surnameUnread,
  LOWER_LEGAL_FORMS,
} from './name-checks.js';
import {
  DOUBTFUL,
  EVIDENT_FULL,
  EVIDENT_SHORT,
  SURE,
  nameStart,
  namesAfterAffiliations,
  namesAfterCourtesy,
  courtesySurnames,
  fullNamesOfCourtesied,
  namesBeforeSaying,
  capitalInitials,
  namesAfterRoles,
  namesBeforeRoles,
  namesBeforeOthers,
  namesInLists,
  orgAliases,
  surnamesAgain,
} from './name-finders.js';
import { lower, normaliseName, tokens, wordIndex } from './name-tokens.js';
import {
  FIRM_BEFORE,
  FIRM_ROLE_BEFORE,
  itsOwner,
  FORMER,
  ROLE_WITH_FIRM,
  PARTNER_AND,
  appointment,
  asRole,
  copularBefore,
  oneOfBefore,
  makerBefore,
  officeVerb,
  bracketRole,
  bracketRoleBefore,
  apposition,
  bodyOfNextRole,
  bodyOpens,
  copular,
  leadingApposition,
  listCopular,
  listItemCut,
  pastRole,
  presentRole,
  roleDate,
  thingPronounAfter,
  withBody,
  withoutArticle,
} from './role-phrases.js';
import {
  COURTESY,
  MONTH_OR_DAY,
  affiliationIn,
  foreignOfRole,
  formerOf,
  groupWord,
  isAffiliation,
  isForeignNoun,
  isForeignRole,
  isPeopleNoun,
  listedPeopleNoun,
  isPortfolio,
  isRoleNoun,
  capitalRole,
  isTitleTypo,
  isTitleWord,
  memberInitials,
  openingTrade,
  opensSentence,
  participle,
  titleOfTypo,
  pluralTitle,
  singularRole,
  originWord,
} from './role-words.js';
import { givenAmong, knownGiven, plainGivenName } from './given-names.js';
import { courtesyNames, opensFirmName, orgRunStarts, shortOrgNames } from './org-runs.js';
import { personNoun } from './person-nouns.js';
import { commonWord } from './common-words.js';
import { placeOfBefore, placeOpener, thingOfTwoWords, townBeforeRegion, townOfState } from './place-shapes.js';
import { generational, restoreSuffix, withoutSuffixes } from './suffixes.js';
import {
  TITLE_OF,
  cleanRole,
  fieldOfTitle,
  isAbbreviatedTitle,
  leftRole,
  runBefore,
  splitRanks,
} from './title-before.js';
import { teamLists } from './team-lists.js';
import { playedPart } from './played-parts.js';

/** A surname glued to its particle by an apostrophe ("d'Estaing", "D'Alema", "dell'Utri") or written as one word
 *  with the particle in lower case ("diCaprio", "deGrasse", "mcGuinness"). */
const GLUED_PARTICLE = /^(?:(?:d|D|dell|Dell)['’]|(?:d[aeiu]|de[lr]|l[ae]|mc|mac|van|von)(?=\p{Lu}))\p{Lu}\p{Ll}+$/u;

export type { Mention } from './mention.js';

/** English small words a title capitalises and a name never holds inside it. */
const TITLE_INSIDE = /^(?:On|In|At|Of|For|The|And|With|From|Into|Upon|Over|Under|About|Without)$/u;

/** Dotted initials alone: "U.K.", "U.S.". */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

/** Words of a title no name ends on (not "In", "On", "At": "Zhang In", "Lon On" may be names). */
const TITLE_EDGE = /^(?:Of|For|The|And|Or|But|With|From|Into|Upon|Without)$/u;

/** Title words that qualify an office and name none: "Trade" of "Trade Secretary", "Vice" of "Vice President". */
const QUALIFIERS = new Set(
  'vice prime foreign interior information defence defense finance home trade treasury field state supreme shadow'.split(
    ' ',
  ),
);

/** Ranks that open a title before its body: "Assistant" of "Assistant U.S. Treasury Secretary". */
const RANK_OPENERS = /^(?:Assistant|Deputy|Acting|Associate|Under|Vice|Senior|Principal|Joint)$/u;

/** A U.S. legislator's party and state after the name: ", (D-Kans.)", " (R-Minn.)". */
const PARTY_STATE = /^\s*,?\s*\((?:D|R|I|Dem|Rep)\.?\s?-\s?[\p{Lu}][\p{L}.]{1,12}\.?\)/u;

const MAY_BE_LEGAL = new RegExp(
  `\\b(?:Inc|Corp|Co|Cos|Ltd|Plc|NV|NA|AG|SA|SpA|GmbH|BV|LLC|LP|AB|Oy|ASA|KK|Bhd|Pty|Cie|Srl|N\\.V|N\\.A|A\\.G|S\\.A|B\\.V|L\\.L\\.C|L\\.P|K\\.K|${LOWER_LEGAL_FORMS})\\b`,
  'u',
);

/** A legal form as a company's name ends with it: long ("Inc", "Ltd"), in capitals ("NV", "LP") or with stops ("L.P."),
 * never a two-letter word in title case, which may be a surname ("Sa", "Ab"), but "Co" and "Cos". */
const closesCompany = (w: string) => LEGAL.test(w) && (w.length >= 3 || /^(?:\p{Lu}+|Co|Cos)\.?$/u.test(w));

/** A clause's last word and its comma just before a name: "... a content strategy, Andrew Burke, chief of ...". */
const CLAUSE_COMMA_BEFORE = /\p{Ll}{3,},\s+$/u;

/** A style of address before a clergyman's or a privy counsellor's name: "the Most Reverend", "the Rt Hon". */
const STYLE = /^(?:Most|Right|Rt\.?|Very|Reverend|Rev\.?|Revd\.?|Hon\.?|Honourable|Honorable)$/u;

/** The role an apposition gives a name written with a style of address ("the Most Reverend"), before its article. */
function styledApposition(s: string, styleStart: number): string | null {
  const before = s.slice(0, styleStart);
  const the = /\bthe\s+(?:(?:Most|Right|Rt\.?|Very)\s+)?$/iu.exec(before);
  return the ? leadingApposition(before.slice(0, the.index)) : null;
}

/** Royal titles, which with one name make a name of its own: "Prince Charles", "King Abdullah". */
const ROYAL_TITLES = /^(?:Prince|Princess|King|Queen|Emperor|Empress|Duke|Duchess|Sheikh|Emir|Sultan)$/u;

/** Numbers written out, and words that count: they open a group ("Two Utah banks", "Several Britons"), never a name. */
const NUMBER_WORD =
  /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Hundreds|Thousands|Dozens|Several|Many|Some|Both|Few)$/u;

/** The noun a fiction's character is named after: "Cage's character Ben Gates", "his alter ego, Ali G". */
const CHARACTER_BEFORE = /\b(?:characters?|alter\s+ego),?\s+$/iu;

/**
 * Whether a full name stands before a work's noun and the work's own title: "Jude Law film Closer", "the Nicolas
 * Cage movie National Treasure" name the star or the director, whose work the title is ("the Harry Potter film" has
 * no title after it).
 */
function personBeforeTitle(s: string, tt: TagToken[], span: { from: number; to: number }): boolean {
  const noun = tt[span.to + 1];
  const title = tt[span.to + 2];
  return (
    span.to > span.from &&
    !!noun &&
    !!title &&
    /^(?:film|movie|comedy|drama|thriller|documentary)$/u.test(noun.text) &&
    s.slice(noun.end, title.start) === ' ' &&
    /^\p{Lu}/u.test(title.text)
  );
}

/**
 * A name the tagger began after "bin", "ibn" or "bint", with the given name before it: "Prince Sultan bin Fahd" is
 * Sultan bin Fahd, not "Fahd".
 */
function withPatronymBefore<T extends { from: number; to: number }>(s: string, tt: TagToken[], sp: T): T {
  let from = sp.from;
  while (from >= 2 && /^(?:bin|ibn|bint)$/u.test(tt[from - 1]!.text)) {
    const given = tt[from - 2]!;
    if (s.slice(given.end, tt[from - 1]!.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) break;
    from -= 2;
  }
  return from === sp.from ? sp : { ...sp, from };
}

/**
 * Whether "the", a capitalised common noun and "of" stand right before `start`: "the Herald of", "the Pride of" (not
 * a count or a quantity: "Two of Van Gogh's films").
 */
function thingOfBefore(s: string, start: number): boolean {
  const m = /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+of\s+$/u.exec(s.slice(Math.max(0, start - 30), start));
  return !!m && commonWord(m[1]!);
}

/** Knighthoods, which open the name they go with: nothing before them in a run of capitals is that name. */
const KNIGHTHOOD = /^(?:Sir|Dame)$/u;

/** Possessive determiners, which open a title's capitalised words ("My Summer of Love") but no person's name. */
const POSSESSIVE_OPENER = /^(?:My|Our|Your|His|Her|Their|Its)$/u;

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

/**
 * The length of a work's title at the start of a text: capitalised words, "of" and "the" between them ("Lord of the
 * Rings"), and an "and" after its first word ("Pride and Prejudice", "Bill and Ted's Excellent Adventure"), not after
 * two ("the film Vera Drake and Mike Leigh") nor before a full name.
 */
function workTitleLength(text: string): number {
  const word = /^\p{Lu}[\p{L}'’-]*/u;
  let end = word.exec(text)?.[0].length ?? 0;
  let words = end ? 1 : 0;
  while (end) {
    const next = /^\s+((?:(?:of|the|and|&)\s+)*)(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end));
    if (!next) break;
    // (Nor an "and" before a full name: "the biopic Ray and Mike Leigh's abortion drama".)
    const surname = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(end + next[0].length))?.[1];
    const fullName =
      !/['’]s$/u.test(next[2]!) &&
      knownGiven(next[2]!) &&
      !!surname &&
      !isStopword(surname.toLowerCase()) &&
      !commonWordOnly(surname);
    if (/\b(?:and|&)\s/u.test(next[1]!) && (words > 1 || fullName)) break;
    end += next[0].length;
    words++;
  }
  return end;
}

/**
 * Whether the word after toks[at], a space apart, is a surname the tagger read as an organisation's or a place's:
 * capitalised, alone in its run of capitals, no organisation's word, no place the lexicon knows, after a word that
 * may be a given name.
 */
function surnameMisread(s: string, tt: TagToken[], tags: string[], at: number): boolean {
  const next = tt[at + 1];
  // (The word before is a given name: no common word or place, "former Nevada Sen.", "deputy White House chief";
  // nor is the next an office's word.)
  const first = tt[at]!.text;
  return (
    !commonWord(first) &&
    !lexiconTags(first).place &&
    !!next &&
    !isTitleWord(next.text) &&
    s.slice(tt[at]!.end, next.start) === ' ' &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    /^B-(?:ORG|LOC)$/u.test(tags[at + 1]!) &&
    !/^\p{Lu}/u.test(tt[at + 2]?.text ?? '') &&
    !ORG_WORDS.has(lower(next.text)) &&
    !lexiconTags(next.text).place
  );
}

/** Whether a name opens on a given name the lexicon knows: a founder's, when a firm is named after one. */
const opensOnGivenName = (name: string) => lexiconTags(name.split(' ')[0]!).first;

/** A name made an adjective by a participle glued to it: "Bear Stearns-led", "Sony-owned", "Blair-backed". */
const NAME_ADJECTIVE = /-(?:led|backed|owned|based|controlled|run|sponsored|funded|financed|made|built|style|era)$/u;

/**
 * What a list's item may hold after its name: a bracket ("David Pryor (Ark.)"), a place or a work it is of or for
 * ("Mia Hamm of the United States", "Charlize Theron for Monster").
 */
const ITEM_TAIL =
  /(?:\s*\([^()]{1,30}\)|\s+(?:of|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}'’-]*))*)?/u
    .source;

/** Another name of the list after this one: ", X" or " and X", past the item's tail. */
const LIST_GOES_ON = new RegExp(`^${ITEM_TAIL}(?:\\s*,\\s*|\\s+and\\s+)\\p{Lu}`, 'u');

/** What parts a list's name from the one before it: the item's tail, a comma or "and", an owner ("Germany's"). */
const LIST_GAP = new RegExp(`^${ITEM_TAIL}(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:\\p{Lu}[\\p{L}-]*['’]s?\\s+)?$`, 'u');

/**
 * Whether a name is an item of a list of firms (firm-lists.ts): any item before a firm's verb, one with no given name
 * after a firm's role.
 */
function firmItem(s: string, tt: TagToken[], span: TaggedSpan, start: number, end: number): boolean {
  const list = firmList(s, start, end);
  return (
    list === 'verb' ||
    list === 'firms' ||
    (list === 'headed' && !tt.slice(span.from, span.to + 1).some((t) => knownGiven(t.text)))
  );
}

/** A list going on after a name: ", Smith", " and Smith", " & Smith". */
const LIST_AFTER = /^\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*&\s*)\p{Lu}/u;

/** A capitalised plural, a team's or a people's name: "Springboks", "Kiwis", "Wallabies" (not "-ss": "Ross"). */
const TEAM_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;

/** A firm's partners before the last: "Pierson, Heldring en ". */
const PARTNERS_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+),\s+\p{Lu}[\p{L}'’-]+\s+${PARTNER_AND}\s+$`, 'u');

/** Whether the text before a name lists a firm's partners, the first a firm the sentence names (mentions from `first`). */
function lastPartner(before: string, out: Mention[], first: number): boolean {
  const opening = PARTNERS_BEFORE.exec(before)?.[1];
  return !!opening && out.slice(first).some((m) => m.org && m.name === opening);
}

/** A deity's name, no one's in news: "thank God", "Allah's will". */
const DEITY = /^(?:God|Allah|Jehovah|Yahweh)$/u;

/** An age between a name and its copula: ", 34," of "Tyler Perry, 34, is one of America's playwrights". */
const AGE_BEFORE_VERB = /^,\s+(?:aged\s+)?\d{1,3},(?=\s+(?:is|was|has\s+been)\s)/u;

/** An age between a name and its apposition: ", 52" of "John Reed, 52, a former banker". */
const AGE_BETWEEN = /^,\s+(?:aged\s+)?\d{1,3}(?=,\s+\S)/u;

/**
 * A plural noun the names after it are examples of, with one capitalised word before it: "Three judges, including",
 * "Analysts such as", "Fellow nominees include" (a capital only where it opens the sentence); or that a copula
 * gives them: "Those senators would be X, Y and Z". Each also with a short phrase after the noun, a preposition and
 * up to four words ("nominees in the best actress category include", "The candidates for the women's award are"),
 * read where the noun just before the verb is no role's ("category").
 */
const PLURAL_HEAD = String.raw`(?:^|\s)((?:\p{Lu}[\p{L}-]+\s+)?)`;
const PHRASE = String.raw`\s+(?:in|for|of|at|on)\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+`;
const EXAMPLES = String.raw`\s*,?\s+(?:including|include[sd]?|such\s+as|among\s+them|notably|like)\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$`;
const IS = String.raw`\s+(?:are|were|will\s+be|would\s+be|have\s+been|remain)\s+$`;
const PLURAL_EXAMPLES = [
  new RegExp(String.raw`${PLURAL_HEAD}(\p{Ll}[\p{L}-]+|(?<=^)\p{Lu}\p{Ll}+)${EXAMPLES}`, 'u'),
  new RegExp(String.raw`${PLURAL_HEAD}(\p{Ll}[\p{L}-]+|(?<=^)\p{Lu}\p{Ll}+)${PHRASE}${EXAMPLES}`, 'u'),
];
const PLURAL_IS = [
  new RegExp(String.raw`${PLURAL_HEAD}(\p{Ll}[\p{L}-]+)${IS}`, 'u'),
  new RegExp(String.raw`${PLURAL_HEAD}(\p{Ll}[\p{L}-]+)${PHRASE}${IS}`, 'u'),
];

/** The first match of the patterns whose plural noun is a role's (see PLURAL_EXAMPLES), else the first match. */
function pluralMatch(patterns: RegExp[], before: string): RegExpExecArray | null {
  const found = patterns.map((re) => re.exec(before)).filter((m) => m !== null);
  return found.find((m) => singularRole(m[2]!.toLowerCase().replace(/^ex-/u, ''))) ?? found[0] ?? null;
}

/** Ranks of an office before its plural: "senior figures such as X" are each a senior figure. */
const RANK_BEFORE_PLURAL = new Set(['senior', 'deputy', 'acting', 'interim', 'assistant', 'junior', 'chief']);

/**
 * The role a plural noun gives the list of names after it, when a comma or "such ... as" parts them: "with three
 * other ex-managers, Peter Martin, Erik Gustafson and" (former manager), "such Hollywood directors as Oliver Stone
 * and" (Hollywood director). After a comma only when a list follows the name ("the ministers, John Smith said" is no
 * list); one capitalised word before the noun stays with it ("Hollywood director").
 */
function pluralBeforeList(before: string, after: string): string | null {
  // "Three judges, including Lord Ashdale", "Analysts such as Peter Vance", "other directors, among them X",
  // "authors like Cicero", "Fellow nominees include X": the plural the names are examples of (a capital only where
  // it opens the sentence).
  const ex = pluralMatch(PLURAL_EXAMPLES, before);
  // "Those senators would be X, Y and Z": the plural a copula gives the list.
  const copula = ex ? null : pluralMatch(PLURAL_IS, before);
  const m =
    ex ?? copula ?? /(?:^|\s)(?:such\s+)?((?:\p{Lu}[\p{L}-]+\s+)?)(\p{Ll}[\p{L}-]+)\s*(,|\s+as)\s+$/u.exec(before);
  if (!m) return null;
  if (
    copula
      ? !LIST_GOES_ON.test(after)
      : !ex && (m[3]!.trim() === 'as' ? !/\bsuch\s/u.test(m[0]) : !LIST_GOES_ON.test(after))
  )
    return null;
  const noun = m[2]!.toLowerCase().replace(/^ex-/u, '');
  const one = singularRole(noun);
  if (!one) return null;
  // (A bond issue's "lead managers, including Den Danske Bank": a firm's role.)
  // (Market analysts are people as often: "credit market analysts, including Norman Quinn".)
  const plural = before.slice(0, m.index + m[0].indexOf(m[2]!) + m[2]!.length);
  if (FIRM_ROLE_BEFORE.test(`${plural} `) && !/analysts$/u.test(plural)) return null;
  // (A number, a determiner or a plain adjective before the noun counts or judges it: "Three judges", "Other
  // analysts" are judges and analysts.)
  const kind = m[1] && !lexiconTags(m[1].trim()).closed && !plainAdjective(m[1].trim()) ? m[1] : '';
  // ("senior figures such as X": a rank of the office before the noun is the role's.)
  // (Not one of two joined: "senior and junior players".)
  const rank = kind
    ? undefined
    : /(?<!\b(?:and|or),?)(?:^|\s)(\p{Ll}+)\s+$/u.exec(plural.slice(0, plural.length - m[2]!.length))?.[1];
  const role = `${kind}${rank && RANK_BEFORE_PLURAL.has(rank) ? `${rank} ` : ''}${one}`.trim();
  // ("Two other outside former directors, Bert Roberts and Francesco Galesi": former directors.)
  // ("The ten former outside directors are X, Y": a word between.)
  const former =
    /^ex-/iu.test(m[2]!) || /\bformer\s+(?:\p{Ll}+\s+)?$/u.test(before.slice(0, m.index + m[0].indexOf(m[1]! + m[2]!)));
  return former ? formerOf(role) : role;
}

/**
 * A role before the comma a title run opens after, the name's too: "its chairman, Sen Lawton Chiles", "the
 * prosecutor, New York State Comptroller Alan Hevesi" (the capitalised words before the title are its body's).
 */
function outerApposition(s: string, titleStart: number, written: string, after: string): string | null {
  // (Not a list's item: "He met the president, Foreign Minister Jose Lopez and the army chief".)
  if (/^,?\s+(?:and|or)\s/u.test(after)) return null;
  const opening = s.slice(0, titleStart).replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u, '');
  if (!/,\s*$/u.test(opening)) return null;
  const outer = leadingApposition(opening);
  // (Nor another titled person's, a list's item before: "U.S. Secretary of State George Shultz, Treasury Secretary
  // James Baker".)
  const titled = outer && /\p{Lu}[\p{L}.]*\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+$/u.exec(outer);
  if (titled && knownGiven(titled[1]!)) return null;
  const plain = (t: string) => t.toLowerCase().replaceAll('’', "'");
  return outer && !plain(written).endsWith(plain(outer)) ? outer : null;
}

/**
 * The tagger's tags for a sentence, read from past its wire dateline ("AKRON, Ohio, April 13 - Firestone Tire and
 * Rubber Co said"): the dateline is no part of the sentence, and the word after it opens the sentence as the tagger
 * learned sentences open; the dateline's own words are no names.
 */
function tagPastDateline(
  model: Model,
  s: string,
  tt: TagToken[],
  ctx: DocContext,
): { tags: string[]; margins: number[]; titled: Map<number, string> } {
  const dateline = /^\p{Lu}/u.test(s) ? DATELINE.exec(s) : null;
  const from = dateline ? tt.findIndex((t) => t.start >= dateline[0].length) : 0;
  let tagged = tagSentence(model, from <= 0 ? tt : tt.slice(from), ctx);
  if (from > 0)
    tagged = {
      tags: [...tt.slice(0, from).map(() => 'O'), ...tagged.tags],
      margins: [...new Array<number>(from).fill(0), ...tagged.margins],
    };
  // ("with June Carter Cash": a month that is a given name, before a name the tagger read.)
  tagMonthGivenNames(s, tt, tagged.tags);
  // ("the rapper Eminem": a noun for a person before a word the tagger read as a firm's.)
  tagNounNamed(s, tt, tagged.tags);
  // ("U.S. Pharmacologist Norman Farnsworth": a trade and a full name the tagger read as a firm's.)
  tagTradeBeforeName(tt, tagged.tags, plainGivenName);
  // ("Labour peer Baroness Kennedy": a peer's title and a surname the tagger read as a firm's.)
  tagPeerNamed(s, tt, tagged.tags);
  // ("Alicia Keys, Anastasia, Avril Lavigne": a word alone among people's full names.)
  tagListedNames(tt, tagged.tags);
  // ("with Lords Bingham, Steyn and Hope": surnames a title in the plural heads.)
  const titled = tagTitledList(tt, tagged.tags);
  // ("Sion Aubrey Roberts": a first given name the tagger read as a firm's.)
  tagGivenBefore(s, tt, tagged.tags);
  // ("starring Burt Lancaster": a surname the tagger read as a thing's name after a given name.)
  tagSurnameAfterGiven(s, tt, tagged.tags);
  return { ...tagged, titled };
}

export function extractMentions(doc: Document): Mention[] {
  const out: Mention[] = [];
  const model = personModel();
  const sents: { p: number; s: string; tt: TagToken[]; nicks: InlineNickname[] }[] = [];
  // "Herb Mee Jr., president of Beard Oil": a sentence is read without generational suffixes, which the tagger never
  // learned and which stand between a name and its apposition; each mention gets back the sentence as written and
  // its name's suffix (restoreSuffix).
  const written = new Map<string, string>();
  const suffixed = /\b(?:Jr|Sr|Jnr|Snr|III|II|IV|MPs?|MSP|MEP|MLA|QC|KC|OBE|MBE|CBE)\b/u.test(doc.text);
  for (const p of doc.passages)
    for (const sent of passageSentences(p)) {
      const text = suffixed ? withoutSuffixes(sent.text) : sent.text;
      if (text !== sent.text) written.set(text, sent.text);
      // 'Joaquin "El Chapo" Guzman': the tagger reads the name without its nickname, kept aside as an alias.
      const { tokens, nicknames } = takeInlineNicknames(text, tagTokens(text));
      sents.push({ p: p.n, s: text, tt: tokens, nicks: nicknames });
    }
  // The words of the article's quoted nicknames: "El Gato" makes a later "El Gato" no place.
  const nickWords = new Set(sents.flatMap((x) => x.nicks.flatMap((k) => k.text.split(/\s+/))));
  const ctx = docContext(sents.map((x) => x.tt));
  const tagged = sents.map(({ s, tt }) => tagPastDateline(model, s, tt, ctx));
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
      // given name or a title, when the word may be taken back from another kind of name ("Neil Jordan", not "Lebed
      // Chechnya" in a headline), else 1, taken only where the tagger left it out.
      // (Not a place's name the tagger took for a person's: "Great Britain" makes no "Britain" a surname.)
      if (sp.to > sp.from && sp.margin >= EVIDENT_FULL && !placeWithoutGivenName(tt, sp)) {
        // (A title before the full name shows a person as a known given name does: "Finance Minister Dilson Funaro",
        // later "With Funaro in charge".)
        const level = given().has(lower(tt[sp.from]!.text)) || titledBefore(tt, sp.from) ? 2 : 1;
        fullSurnames.set(last, Math.max(fullSurnames.get(last) ?? 0, level));
      }
      // ("World Bank President Barber Conable", where the tagger took "Barber" alone: "Conable" too.)
      if (sp.from === sp.to && titledBefore(tt, sp.from) && surnameUnread(s, tt, tags, sp.to)) {
        const surname = tt[sp.to + 1]!.text;
        fullSurnames.set(surname, Math.max(fullSurnames.get(surname) ?? 0, 1));
      }
      // "Leonardo diCaprio", later "starring DiCaprio": a surname glued to its particle after a known given name
      // (which the tagger leaves out of the name) is the surname used alone, written with a capital or not.
      const glued = tt[sp.to + 1];
      if (
        glued &&
        sp.from === sp.to &&
        /^\p{Ll}/u.test(glued.text) &&
        GLUED_PARTICLE.test(glued.text) &&
        knownGiven(tt[sp.from]!.text) &&
        s.slice(tt[sp.to]!.end, glued.start) === ' '
      )
        fullSurnames.set(glued.text[0]!.toUpperCase() + glued.text.slice(1), 2);
      // "Wang Donghai", later "Wang was arrested": a family name written first is the one used alone, taken back
      // from another kind of name as a surname after a known given name is (the tagger reads "Wang" alone as a place).
      const head = tt[sp.from]!.text;
      if (sp.to > sp.from && sp.to - sp.from <= 2 && sp.margin >= EVIDENT_FULL && isFamilyFirst(head))
        fullSurnames.set(head, 2);
    }
  });
  // The one-word names the article gives a courtesy title ("Mr Katwala"): a surname, for the full name before it.
  const courtesyWords = new Set(sents.flatMap((x) => courtesySurnames(x.tt)));
  // Names the article shows to be a work's or an organisation's (works.ts): the article's other uses are too.
  const works = new Set<string>();
  // The first words of the organisations' names the tagger reads (org-runs.ts), for the words used alone.
  const orgStarts = new Set<string>();
  // Words alone written before a member's role and name ("Icstis spokesman Rob Dwight"): works unless a person's.
  const owners = new Set<string>();
  // Names written in the possessive before another name: a group's, when the other is a person whose role the
  // article gives with that group's name ("Hoare Brackley's Nalder" beside "Peter Nalder, analyst at Hoare
  // Brackley Bank"); not a person's work ("Mike Leigh's Vera Drake" beside "played abortionist Vera Drake").
  const possessed: { owner: string; owned: string }[] = [];
  for (const [n, { p, s, tt, nicks }] of sents.entries()) {
    if (MAY_BE_LEGAL.test(s))
      for (const { name, partners } of orgNames(tt)) {
        out.push(orgMention(name, p, s));
        // "Lionel VII Industries Inc", later "Lionel VII": the company's short name, unless a person of the
        // article bears it ("Brandt Group Inc" beside "Ansel Brandt").
        // ("Bear, Stearns and Co", later "underwriters like Bear Stearns": the partners' names are the firm's short
        // name; not when they open on a given name, as a founder's full name or a list's may: "said Thomas
        // McKiernan, McKiernan and Co chairman", "its shareholders, Robert F. Johnston, Koppers Co". A name the legal
        // form closes with no "and" or comma is the firm's own, given name or not: "Sara Lee Corp", later "Sara Lee".)
        const short =
          companyShortName(name) ?? (name.includes(' ') && (!partners || !opensOnGivenName(name)) ? name : null);
        if (short && (short.includes(' ') || (!surnames.has(short) && !lexiconTags(short).first)))
          works.add(normaliseName(short));
      }
    // "Icstis spokesman Rob Dwight": a word alone before a member's role and name, the tagger's name or not; the
    // article's firm unless it gives a person that name (below).
    for (const name of memberOwners(s, tt)) if (!surnames.has(name)) owners.add(normaliseName(name));
    // "Chase Manhattan's Nicol" beside "Peter Nicol, analyst at Chase Manhattan Bank": a person's group (below).
    if (/['’]s? \p{Lu}/u.test(s)) possessed.push(...possessivePairs(s, tt));
    // "Chelsea have won": a name given a plural verb is a group's, in the whole article (below).
    if (/ (?:are|were|have) /u.test(s)) for (const name of pluralSubjects(s, tt)) works.add(normaliseName(name));
    // "Yahoo was the first internet firm to offer shares": a name the article says is a firm's is so throughout.
    if (/ (?:is|was|been|remains|became) (?:a|an|the|named|voted|crowned) /u.test(s))
      for (const name of copularThings(s, tt)) works.add(normaliseName(name));
    // "security firm MessageLabs", later "MessageLabs said": a firm's name its noun stands before, in the whole article.
    for (const name of firmsNamedByNoun(s, tt)) works.add(normaliseName(name));
    // "the PowerPage, Apple Insider and Think Secret websites": the outlets a list names, in the whole article.
    if (/ and /u.test(s)) for (const name of listedOutlets(s, tt)) works.add(normaliseName(name));
    // "Garfinckel's, Dey's, Heer's, Miller and Rhoads": a list of shops named in the possessive, in the whole article.
    if (/['’]s, /u.test(s)) for (const name of possessiveListItems(s)) works.add(normaliseName(name));
    // "the Crystal Rose television awards": a prize's name, in the whole article.
    if (/ (?:awards?|prizes?|troph(?:y|ies)|medals?)\b/u.test(s))
      for (const name of prizeNames(s, tt)) works.add(normaliseName(name));
    // "His first hit was Dear Mama": what a work's noun is, a title.
    if (/ (?:is|was) \p{Lu}/u.test(s)) for (const name of copularWorks(s, tt)) works.add(normaliseName(name));
    // "the Federal National Mortgage Association -- better known as Fannie Mae": an organisation's other name.
    if (s.includes('known as '))
      for (const name of orgAliases(s)) {
        out.push(orgMention(name, p, s));
        works.add(normaliseName(name));
      }
    const { tags, margins, titled } = tagged[n]!;
    for (const w of orgRunStarts(tt, tags, margins)) orgStarts.add(w);
    const patronyms = /\b(?:bin|ibn|bint)\s/u.test(s);
    const spans = [
      ...personSpans(tags, margins),
      ...namesAfterRoles(s, tt, tags),
      ...namesAfterCourtesy(s, tt, tags),
      ...namesAfterInitials(s, tt, tags),
      ...(s.includes(', ') ? namesBeforeRoles(s, tt, tags) : []),
      ...(s.includes(' and other ') ? namesBeforeOthers(s, tt, tags) : []),
      ...namesAfterAffiliations(s, tt, tags, personWords),
      ...(fullSurnames.size ? surnamesAgain(tt, tags, fullSurnames) : []),
      ...(courtesyWords.size ? fullNamesOfCourtesied(s, tt, tags, courtesyWords) : []),
      ...(/[,;]\s\p{Lu}\.?\s/u.test(s) ? namesInLists(s, tt, tags) : []),
      ...(/\s(?:he|she)\s/u.test(s) ? namesBeforeSaying(s, tt, tags) : []),
    ]
      .map((sp) => (patronyms ? withPatronymBefore(s, tt, sp) : sp))
      .sort((x, y) => x.from - y.from)
      .filter((sp, i, all) => !titleFragment(s, tt, sp, all[i + 1]) && !inDateline(s, tt, sp) && !namedThing(tt, sp));
    let first = out.length;
    if (spans.length === 0) {
      scriptNamesOf(out, first, p, s);
      continue;
    }
    const toks = tokens(s);
    let nicknameAt = -1;
    // The role a plural noun gave the list of names it opens, and where the last name of the list ends.
    let listRole: { end: number; role: string } | null = null;
    /** Where the last name of a list a title in the plural opens ends ("Lords Bingham, Steyn and Hope"). */
    let titledList: number | null = null;
    let lastTo = -1;
    // Where a work's title a work noun opens ends: "the teen comedy Bill and Ted's Excellent Adventure, and".
    let workUntil = -1;
    for (const span of spans) {
      // A name read twice (by the tagger, and after a role: "Vincenzo De Luca" and "De Luca") is one mention.
      if (span.margin < DOUBTFUL || tt[span.from]!.start === nicknameAt || span.from <= lastTo) continue;
      // "Irishmen JP McManus": two initials in capitals, no stops, that the tagger left out of the name after them
      // (not capitals the lexicon knows, "US", nor the tail of a run of acronyms, "BBC TV").
      const initials = tt[span.from - 1];
      if (
        initials &&
        span.from - 1 > lastTo &&
        capitalInitials(initials.text) &&
        !tags[span.from - 1]!.endsWith('PER') &&
        s.slice(initials.end, tt[span.from]!.start) === ' ' &&
        !(
          span.from > 1 &&
          /^\p{Lu}{2,}$/u.test(tt[span.from - 2]!.text) &&
          s.slice(tt[span.from - 2]!.end, initials.start) === ' '
        )
      )
        span.from--;
      // A misspelt title glued to the name ("Secertary James Baker", "Minsiter Yasuhiro Nakasone") is a title, as
      // is a role of another language ("Bundeskanzler Olaf Scholz").
      // So is a courtesy title the tagger took in ("The former chief executive, Mr Ebbers"): "Mr Ebbers" is Ebbers.
      while (
        span.from < span.to &&
        (isTitleTypo(tt[span.from]!.text) ||
          isForeignRole(tt[span.from]!.text) ||
          COURTESY.test(tt[span.from]!.text) ||
          // "Chief Supt Deats": an abbreviated title is no part of a name, however short the name after it.
          isAbbreviatedTitle(tt[span.from]!.text) ||
          // "Crown Prince Mohammed bin Salman": a title the tagger took in before a name of two words or more (not a
          // royal title that is the given name before "bin": "Prince Sultan bin Abdul Aziz").
          (span.to - span.from >= 2 &&
            /^\p{Lu}/u.test(tt[span.from]!.text) &&
            isTitleWord(tt[span.from]!.text) &&
            !/^(?:bin|ibn|bint)$/u.test(tt[span.from + 1]!.text)) ||
          // "Two Utah financial institutions", "Four Africans": a number counts what follows and is no given name.
          NUMBER_WORD.test(tt[span.from]!.text) ||
          // "Boss Desmond Halloran said": a common noun for a person opening the sentence before a given name is
          // not the name's.
          sentenceOpener(tt, span.from, span.to) ||
          // 'Said Williams: "When ...': a speech's attribution put first, its verb opening the sentence before a
          // surname and a colon (not "Said Aouita, the Moroccan").
          (tt[span.from]!.text === 'Said' &&
            span.to === span.from + 1 &&
            opensSentence(s, tt[span.from]!.start) &&
            /^\s*:/u.test(s.slice(tt[span.to]!.end))) ||
          // "Boss Sir Alex Ferguson", "Chair Dame Jane Roe": a knighthood opens the name, so no word before it is.
          (span.to - span.from >= 2 && KNIGHTHOOD.test(tt[span.from + 1]!.text)) ||
          // "with the Independent, Sir John said": a knighthood goes before a given name, so the word after it alone
          // is the given name of the knight the article names in full ("Sir John Stevens"), however the tagger read it.
          (span.to - span.from === 1 && KNIGHTHOOD.test(tt[span.from]!.text)) ||
          // "Rock DJ Huw Stephens", "Radio DJ Sara Cox": a role in capitals the tagger took in, and a word before it,
          // before a name of two words are the role's.
          (span.to - span.from >= 2 && [0, 1].some((k) => capitalRole(tt[span.from + k]!.text))))
      )
        span.from++;
      // "fellow Pumas Luis Ferrante", "Wallabies George Gregan": a team's or a people's name in the plural before a
      // given name and a surname says whose side the person is on, no part of the name.
      if (
        span.to - span.from >= 2 &&
        TEAM_PLURAL.test(tt[span.from]!.text) &&
        !knownGiven(tt[span.from]!.text) &&
        plainGivenName(tt[span.from + 1]!.text)
      )
        span.from++;
      // "fellow Springboks John Smit, Cobus Visagie and Victor Matfield": the plural alone after "fellow" is the side.
      if (
        span.from === span.to &&
        TEAM_PLURAL.test(tt[span.from]!.text) &&
        /^fellow$/iu.test(tt[span.from - 1]?.text ?? '')
      ) {
        out.push(orgMention(tt[span.from]!.text, p, s));
        continue;
      }
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
      // "Marine Lt. Col. Oliver North" read as "Marine Lt" and "Oliver North": a run ending on a rank's abbreviation
      // and its stop is the title's, with the service word it opens on, and no one's name.
      const last = tt[span.to]!;
      if (
        isAbbreviatedTitle(last.text) &&
        (last.text.endsWith('.') || (tt[span.to + 1]?.text === '.' && tt[span.to + 1]!.start === last.end))
      )
        continue;
      // "manager Sir Alex Ferguson" read as "Sir" and "Alex Ferguson": a title alone is no one's name.
      // ("Baron", "Earl" and "Count" are surnames and given names too.)
      // Nor is a role in capitals alone, though a given name too: "not one DJ could fill his boots".
      const alone = span.from === span.to ? tt[span.from]!.text : '';
      if (/^(?:Sir|Dame|Lord|Lady)$/u.test(alone) || capitalRole(alone)) continue;
      // "the Law Lords", "EU Finance Ministers": a name ending in a title in the plural is a body of its holders (not
      // a surname after a given name or an initial: "Randall Fields", "Dean R. Fellows").
      // So is one alone after "the" or a word of the body's name the tagger left out ("the Lords", "Law Lords",
      // "House of Lords").
      if (
        pluralTitle(tt[span.to]!.text) !== null &&
        (span.to > span.from
          ? tt.slice(span.from, span.to).every((t) => !lexiconTags(t.text).first && !/^\p{Lu}\.?$/u.test(t.text))
          : span.from > 0 &&
            (/^(?:the|The)$/u.test(tt[span.from - 1]!.text) ||
              (tt[span.from - 1]!.text === 'of' && span.from > 1 && /^\p{Lu}/u.test(tt[span.from - 2]!.text)) ||
              (/^\p{Lu}\p{Ll}+$/u.test(tt[span.from - 1]!.text) && !lexiconTags(tt[span.from - 1]!.text).first)))
      )
        continue;
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
      // "U.S. Attorney for Manhattan Rudolph Giuliani": the words after a title's tie up to a given name are the
      // title's place, read into the name by the tagger.
      if (span.from > 1 && /^(?:of|for|to)$/u.test(tt[span.from - 1]!.text) && titleRunBefore(tt, span.from)) {
        const words = tt.slice(span.from, span.to + 1).map((w) => w.text);
        const at = words.findIndex(
          (w, i) => i > 0 && i < words.length - 1 && plainGivenName(w) && givenAmong(words, i),
        );
        if (at > 0) span.from += at;
      }
      // "wild card Sania Mirza", "Louis Saha": a surname the article also gives alone as a person's, whose given
      // name, just before it and opening the run of capitals, the tagger put in another kind of name: the given name
      // is the person's. ("Roland Garros", "Morgan Grenfell": never alone, stay as they are.)
      if (
        span.from === span.to &&
        aloneWords.has(tt[span.from]!.text) &&
        misreadGivenName(s, tt, tags, span.from, lastTo)
      )
        span.from--;
      // "And Joseph G. Scheetz", "Britons Kathy Butler": a given name the tagger left out before the name.
      if (givenNameBefore(s, tt, tags, span.from, lastTo)) span.from--;
      // "Lal Krishna Advani, president of ...": a word English does not know, glued before a full name at the
      // sentence's start, after a word in lower case or a title, is the first of its given names (in English text:
      // another language's words are unknown to English, "la presidente del Consiglio Giorgia Meloni").
      else if (bodyFirst && unknownFirstName(s, tt, tags, span, lastTo)) span.from--;
      // "charging Ronald Richard Jenkins": two given names and a surname, tagged as two names, are one.
      const following = span.from === span.to ? spans.find((o) => o.from > span.to) : undefined;
      if (following && runsIntoNext(s, tt, span, following)) span.to = following.to;
      // "Secretary of State Condoleezza Rice said": after a title, a given name alone and one capitalised word the
      // tagger put in another kind of name, alone in its run, are the person's full name; so too after a given name
      // the lexicon knows as one, title or none ("prospects in Richie Rees and Rhodri Wells"), where the word is no
      // common one ("Gerald Metals", "Ryan Milk" are firms) and no place in another ("in Teri Mangal in Kurram").
      if (
        span.from === span.to &&
        ((titledBefore(tt, span.from) && surnameUnread(s, tt, tags, span.to)) ||
          ((titledBefore(tt, span.from) ||
            (lexiconTags(tt[span.from]!.text).first &&
              !commonWord(tt[span.to + 1]?.text ?? '') &&
              !/^\s+in\s+\p{Lu}/u.test(s.slice(tt[span.to + 1]?.end ?? 0)))) &&
            surnameMisread(s, tt, tags, span.to)))
      )
        span.to++;
      // "Robert De Niro", "Niro" read as a firm's: a particle ends no name, the capitalised word after it is the surname.
      const afterParticle = tt[span.to + 1];
      if (
        span.to > span.from &&
        PARTICLES.has(lower(tt[span.to]!.text)) &&
        afterParticle &&
        /^\p{Lu}\p{Ll}/u.test(afterParticle.text) &&
        s.slice(tt[span.to]!.end, afterParticle.start) === ' '
      )
        span.to++;
      // "Valery Giscard d'Estaing", "Massimo D'Alema": a surname glued to its particle goes on with the name.
      const glued = tt[span.to + 1];
      // (After a given name: "Charge d'Affaires", "Cie Francaise d'Electro" are no one's.)
      if (
        glued &&
        GLUED_PARTICLE.test(glued.text) &&
        knownGiven(tt[span.from]!.text) &&
        s.slice(tt[span.to]!.end, glued.start) === ' '
      )
        span.to++;
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
      // "Will Tory tax cuts lift spirits?": a question's opening auxiliary is no given name (sentenceOpener, above,
      // leaves the others out of any name; "Will", a given name too, only a question's first word shows).
      // (A word alone left is a person's only as the surname of a full name the article gives: "Can Blair win?"
      // beside "Tony Blair"; not "Tory", "Labour".)
      if (span.from === 0 && span.to > 0 && QUESTION_AUXILIARY.test(tt[0]!.text) && /\?["”’']?\s*$/u.test(s)) {
        span.from++;
        const word = tt[span.from]!.text;
        const holders = [...(surnames.get(word) ?? [])].filter(
          (n) => n.includes(' ') && !QUESTION_AUXILIARY.test(n.split(' ')[0]!),
        );
        if (span.from === span.to && !holders.length) continue;
      }
      // A listed people's or party's noun alone before a lower-case word is its adjective: "his planned Tory tax
      // cuts", "the Tory leader".
      if (
        span.from === span.to &&
        listedPeopleNoun(tt[span.from]!.text) &&
        /^\p{Ll}/u.test(tt[span.to + 1]?.text ?? '')
      )
        continue;
      // Small words alone ("de", "la") are no name.
      if (tt.slice(span.from, span.to + 1).every((t) => !/^\p{Lu}/u.test(t.text))) continue;
      // "Rolf On Art", "Death In Venice": a capitalised English preposition, article or "and" inside a run of capitals
      // makes a title; no one's name holds one ("Van", "De", "Al" are particles, not these).
      if (tt.slice(span.from + 1, span.to).some((t) => TITLE_INSIDE.test(t.text))) continue;
      // Nor does a name end on one ("Jamie And His Magic Torch", the tagger's "Jamie And"), nor is one alone a name
      // ("And make it a 15 rating.": a sentence's capitalised first word).
      if (TITLE_EDGE.test(tt[span.to]!.text)) continue;
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
      // "President Reagan Friday announced": a weekday after a name says when, it is no part of the name. But for a
      // given name alone before it, no title before and no one's surname: "Mike Friday's England side".
      const weekday = tt[span.to + 1];
      const weekdayNext =
        span.to === span.from &&
        !!weekday &&
        WEEKDAY.test(weekday.text) &&
        s.slice(tt[span.to]!.end, weekday.start) === ' ';
      // (Asked only beside a weekday. Nor after a preposition, where wire copy puts a firm's short name: "a deal was
      // struck with Hutton Friday".)
      const opening = tt[span.from]!.text;
      const bareGiven =
        (weekdayNext || WEEKDAY.test(tt[span.to]!.text)) &&
        given().has(lower(opening)) &&
        !titledBefore(tt, span.from) &&
        !surnames.has(opening) &&
        !/^(?:with|by|from|to|for|against|at|on)$/u.test(tt[span.from - 1]?.text ?? '');
      let weekdaySurname = false;
      if (weekdayNext && bareGiven) span.to++;
      while (span.to > span.from && WEEKDAY.test(tt[span.to]!.text)) {
        if (span.to === span.from + 1 && bareGiven) {
          weekdaySurname = true;
          break;
        }
        span.to--;
      }
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
        .trim()
        // "sitting with Lords Bingham, Steyn and Hope": each is a Lord.
        .replace(/^(Lord|Lady|Baroness|Baron|Earl)s\s/u, '$1 ')
        .replace(/^Ladies\s/u, 'Lady ');
      // "another Bear Stearns-led offering", "a Blair-backed plan": an adjective made of a name, which may be a
      // firm's or a person's; no mention either way.
      if (NAME_ADJECTIVE.test(nameText)) continue;
      if (from.start < workUntil) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
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
      // "Sony Computer Entertainment America said": a run of capitals the tagger splits into a name and an
      // organisation's name a space after it is all that organisation's, and the name alone is its short name.
      // (Not a given name alone, its possessive left out: "Boyd Jefferies resignation"; nor a surname after its
      // particle: "Robert De Niro".)
      if (
        next &&
        s.slice(to.end, next.start) === ' ' &&
        /^\p{Lu}/u.test(next.text) &&
        tags[span.to + 1] === 'B-ORG' &&
        (span.to > span.from || !given().has(lower(from.text))) &&
        !PARTICLES.has(lower(to.text))
      ) {
        let orgEnd = span.to + 1;
        while (tags[orgEnd + 1] === 'I-ORG') orgEnd++;
        out.push(orgMention(s.slice(from.start, tt[orgEnd]!.end), p, s), orgMention(nameText, p, s));
        // (The article's other uses of a short name of two words or more are the firm's too; one word alone may be
        // the founder's surname: "Orman Group Inc", then "Ansel Orman, the founder".)
        if (span.to > span.from) works.add(normaliseName(nameText));
        continue;
      }
      // "the prestigious Golden Rose television awards": a name before a noun for a prize is the prize's (this use; the
      // other uses of a prize's name of two words or more are read above, by prizeNames).
      if (prizeNameOpening(s, tt, span.to) >= 0 && !titledBefore(tt, span.from)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // A part played (played-parts.ts) is no one here, and no vote against a person elsewhere: "played Nellie in Mike
      // Leigh's latest film", "her role as Katharine Hepburn in The Aviator" (the article's "screen legend Katharine
      // Hepburn" stays hers).
      if (playedPart(s, from.start, to.end)) continue;
      // "The latest Harry Potter film", "the Yahoo Messenger service": a name before a noun for a work or a
      // product is that work's (this use only: "a Ken Loach film" names a director elsewhere a person).
      // So is a name before a model's code: "an Epson R800 printer".
      // And a name after "character" is a fiction's: "Cage's character Ben Gates", "her alter ego, Sasha Fierce".
      if (
        ((workNounAfter(s, tt, span.to) && !personBeforeTitle(s, tt, span)) ||
          modelCodeAfter(s, tt, span.to) ||
          CHARACTER_BEFORE.test(s.slice(Math.max(0, from.start - 30), from.start))) &&
        !titledBefore(tt, span.from)
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      if (
        (isWorkTail(to.text) && !weekdaySurname) ||
        numberedAfter(s, tt, span.to) ||
        workNounBefore(s, from.start, to.end) ||
        (span.to > span.from && (titleTheBefore(s, from.start) || titleOpensBefore(s, from.start))) ||
        titleTheRunBefore(s, from.start) ||
        (span.from === span.to && !surnames.has(nameText) && dayNamedByAdjective(s, tt, span.to)) ||
        // ("Chelsea's Damien Duff": a club's player, unless the article names a person of that surname.)
        (span.to === span.from && !surnames.has(nameText) && ownsFullName(s, tt, span.to, spans)) ||
        calledThingBefore(s, from.start, (w) => isRoleNoun(w) || personNoun(w)) ||
        membersOfBefore(s, from.start, to.end) ||
        // ("its John Carr unit": a part of a firm.)
        firmPartAfter(s, tt, from.start, span.to) ||
        placeOfBefore(s, from.start) ||
        thingApposition(tt, span.from, span.to) ||
        whichAfter(tt, span.from, span.to) ||
        inWorkList(s, from.start, to.end) ||
        awardWon(s, from.start, to.end) ||
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
          // ("former Happy Mondays dancer Bez": "former" is the member's, no title of the name.)
          (!titledBefore(tt, span.from) || /^former$/iu.test(tt[span.from - 1]!.text)) &&
          !isAffiliation(nameText.split(' ')))
      ) {
        // A quoted title may be named after a person ("Michael Collins", a film of his life): only this use.
        if (!quotedAlone(s, from.start, to.end)) works.add(normaliseName(nameText));
        if (workNounBefore(s, from.start)) workUntil = from.start + workTitleLength(s.slice(from.start));
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
      // "the ports of Tokyo, Osaka, Yokohama and Kobe": a word alone in a list of places or organisations is one of
      // them, unless the article gives a person that surname in full or it is a known given name.
      if (memberOfOtherList(tt, tags, margins, span) && !surnames.has(nameText) && !given().has(lower(nameText))) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "browsers such as Opera, Safari and Netscape", "universities, including Duke": an example of a kind of thing
      // (thing-lists.ts), unless a full name opening on a given name owns the item or an apposition says who it is
      // ("firms including Richard Branson's Virgin", "three companies, including Nahum Vaskevitch, former head of";
      // a firm named after its founder is one: "companies such as Adam Opel") or a surname the article gives a person.
      if (
        thingExample(s, from.start) &&
        !surnames.has(nameText) &&
        !(
          span.to > span.from &&
          knownGiven(tt[span.from]!.text) &&
          /^(?:['’]|,\s+(?:a|an|the|former|now|then)\s)/u.test(s.slice(to.end))
        ) &&
        !titledBefore(tt, span.from)
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Light Louisiana Sweet", "West Texas Sour": a place's name among words that are no one's given name names a
      // thing of that place (a crude oil's grade, a region), no person, when the tagger is less than sure (not a
      // surname the article gives a courtesy title: "Sandy Walkington", later "Mr Walkington").
      if (
        span.to > span.from &&
        span.margin < SURE &&
        !titledBefore(tt, span.from) &&
        !courtesyWords.has(tt[span.to]!.text) &&
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
        (span.margin < SURE &&
          !surnames.has(nameText) &&
          // ("Lord Bingham", "Lady Ashdale": a peer is named after a place, and is a person.)
          !(span.from > 0 && PEERAGE.test(tt[span.from - 1]!.text)) &&
          knownNotPerson(nameText) &&
          !givenThenSurname(tt, span))
      )
        continue;
      // A name of several words the lexicon knows as a place's, however sure the tagger is ("a Rhode Island
      // based bank"); and a town before a comma and its state or country ("in Silver Spring, Maryland").
      if (
        span.to > span.from &&
        !(span.from > 0 && PEERAGE.test(tt[span.from - 1]!.text)) &&
        (lexiconPlaceName(nameText) || townBeforeRegion(s, from.start, to.end) || townOfState(s, to.end))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "the Council for Economic Planning and Development", "the Institute for Fiscal Studies": capitalised words
      // after a body's noun and "for" or "of" are the body's field, unless a given name opens them.
      if (
        span.from > 1 &&
        /^(?:for|of)$/u.test(tt[span.from - 1]!.text) &&
        /^\p{Lu}/u.test(tt[span.from - 2]!.text) &&
        ORG_WORDS.has(lower(tt[span.from - 2]!.text)) &&
        !plainGivenName(tt[span.from]!.text)
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Cordoba, La Pampa and Santa Fe", "Fort Bonifacio", "Santa Clara, Calif": a word alone after a word that opens
      // places' names, itself no part of a name before it, is that place's (not the surname of a person the article
      // names in full: "Tony La Russa ... La Russa said").
      if (
        span.from === span.to &&
        span.from > 0 &&
        placeOpener(tt[span.from - 1]!.text) &&
        !surnames.has(nameText) &&
        !nickWords.has(nameText) &&
        s.slice(tt[span.from - 1]!.end, from.start) === ' ' &&
        !/^\p{Lu}/u.test(tt[span.from - 2]?.text ?? '')
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // A word alone the lexicon knows as a firm's ("Microsoft has issued updates") or a place's ("Wales has moved
      // on", "Haiti"), with no title and never the end of a person's full name in the article ("Henry Ford ... Ford
      // said", "Jack London ... London wrote"), however sure the tagger is.
      if (
        span.from === span.to &&
        !surnames.has(nameText) &&
        !titledBefore(tt, span.from) &&
        // (After a title in the plural a place's name is a surname: "Lords Bingham, Steyn and Hope".)
        !titled.has(span.from) &&
        (lexiconOrganisation(nameText) ||
          lexiconTags(nameText).place ||
          groupWord(nameText) ||
          // ("thank God", "beg God for": a deity's name.)
          DEITY.test(nameText) ||
          // ("Decatur, Ill.", "Laurel, Miss.", "Amity, Andover ... and Penn Yan, N.Y.": a town.)
          townOfState(s, to.end))
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
      // "Nate Elliott, Jupiter analyst, said": a name opening the apposition of the name before it, with its role's
      // noun after it, is the body the role is held at.
      if (
        span.from >= 2 &&
        tt[span.from - 1]!.text === ',' &&
        spans.some((o) => o.to === span.from - 2) &&
        bodyOpens(
          s
            .slice(from.start)
            .split(/[,;:()]|\s+(?:said|says|told|added)\b/u)[0]!
            .trim(),
        )
      )
        continue;
      // "a research director at analyst Gartner", "at brokers Phillips and Drew": the firm a role is held at.
      const firm = FIRM_BEFORE.exec(s.slice(Math.max(0, from.start - 80), from.start));
      // (A plural trade before one name is a firm's even when the name opens with a given name: "of brokers James
      // Capel", a firm named after its founder.)
      if (
        (firm && !surnames.has(nameText) && (firm[1] || !knownGiven(tt[span.from]!.text) || /s\s+$/u.test(firm[0]))) ||
        // (A word alone there is the firm's name though it may be a given name, "merchant bank Pierson": a person
        // would be named in full.)
        (!surnames.has(nameText) &&
          (span.from === span.to || !tt.slice(span.from, span.to + 1).some((t) => knownGiven(t.text))) &&
          FIRM_ROLE_BEFORE.test(s.slice(Math.max(0, from.start - 40), from.start))) ||
        // "co-managers A.G. Edwards and Thomson McKinnon", "Tucker Anthony and R.L. Day Inc co-managed the deal": an
        // item of a list of firms (firm-lists.ts).
        (!surnames.has(nameText) && !titledBefore(tt, span.from) && firmItem(s, tt, span, from.start, to.end)) ||
        // "the markets in Dallas, Houston and Austin": a word alone among places is one.
        (span.from === span.to &&
          !surnames.has(nameText) &&
          !titledBefore(tt, span.from) &&
          placeListItem(s, from.start, to.end, (w) => surnames.has(w)))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "said Eileen Gormley of Thomson McKinnon", "Edward Johnson of Johnson Redbook": a name right after a person's
      // full name and "of" is where that person works or comes from, no person; so after the surname alone of a full
      // name the article gives ("said Gormley of Thomson McKinnon").
      // ("Analyst Tim Vale of Hoare and Dunn": so is a word alone closing that firm's name after its "and"; and the
      // last of a firm's partners after a partner the sentence names as the firm: "bank Pierson, Heldring en Pierson".)
      if (
        (span.from === span.to && !surnames.has(nameText) && lastPartner(s.slice(0, from.start), out, first)) ||
        (/\s+(?:and|&)\s+$/u.test(s.slice(Math.max(0, from.start - 5), from.start)) &&
          span.from === span.to &&
          !surnames.has(nameText) &&
          spans.some((o) => o !== span && o.to > o.from && o.to < span.from && firmCovers(s, tt[o.to]!.end, to.end))) ||
        (/\s+of\s+$/u.test(s.slice(Math.max(0, from.start - 5), from.start)) &&
          spans.some(
            (o) =>
              o !== span &&
              (o.to > o.from || surnames.has(tt[o.to]!.text)) &&
              o.to + 2 === span.from &&
              tt[o.to + 1]!.text === 'of' &&
              !isTitleWord(tt[o.from]!.text) &&
              !PEERAGE.test(tt[o.from]!.text),
          ))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "media analyst with Smith Barney", "economist at Wrightson": the firm a role is held with, when no given name
      // opens it; "Pierson said in its outlook", "Hughes, which makes drill bits": a thing's pronoun (a person's
      // would be "his", "her", "who"), and the article's other uses of the name are the thing's too.
      // (A firm named after its founders may open on a given name: "an analyst with Dean Witter Reynolds".)
      const withFirm = ROLE_WITH_FIRM.test(s.slice(Math.max(0, from.start - 40), from.start));
      if (!surnames.has(nameText) && (withFirm || !knownGiven(tt[span.from]!.text)) && !titledBefore(tt, span.from)) {
        const pronoun = thingPronounAfter(s, from.start, s.slice(to.end));
        if (pronoun || withFirm) {
          if (pronoun) works.add(normaliseName(nameText));
          out.push(orgMention(nameText, p, s));
          continue;
        }
      }
      // "the Herald of Free Enterprise", "the Spirit of Free Enterprise": a name right after a common noun
      // capitalised and "of" ends that thing's name (not "Joan of Arc", whose first word is no common noun; nor a
      // name opening on a given name that is no English word: "the Spirit of Tom Reed").
      if (
        !surnames.has(nameText) &&
        thingOfBefore(s, from.start) &&
        !(plainGivenName(from.text) && !commonWord(from.text))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Northern Ireland", "Scotland Yard", "London Irish": a word alone that the tagger cut out of a run of
      // capitals it reads as a place's or an organisation's is a piece of that name, no person.
      if (span.from === span.to && !surnames.has(nameText) && fragmentOfOtherName(s, tt, tags, span.from)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      if (pluralThingTail(tt, span, ctx)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      const a = wordIndex(toks, from.start);
      const b = wordIndex(toks, to.end - 1);
      const name = toks.slice(a, b + 1);
      // "Labour MP for Hornsey and Wood Green": a name right after "and" in a title's field goes on with the field,
      // unless a given name opens it (one compromise knows: the gazetteer also holds "Wood", "North").
      if (a > 1 && toks[a - 1]!.text === 'and' && fieldOfTitle(s, toks, a - 2) && !plainGivenName(name[0]!.text)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      let r = runBefore(s, toks, a);
      // "Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker": the title run before a
      // name starts after the name before it, and the "and" that joins them.
      if (r < a) {
        let prevEnd = -1;
        for (const o of spans)
          if (
            o !== span &&
            // (A name of one word only when the article gives it in full: "Ongpin and Central Bank Governor X";
            // a lone word may be a piece of the title, "Chief of Defense Forces Field Marshal".)
            (o.to > o.from || surnames.has(tt[o.from]!.text)) &&
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
      // "Justices William Brennan, Byron White and Harry Blackmun": a title in the plural is each name's of the list.
      // (Only right before the name: "Lords Leader", "United States Ambassador" keep their plural.)
      const lead = toks.slice(r, a).map(
        (w, i) =>
          (i === a - r - 1 && !(a - r === 1 && opensSentence(s, w.start)) ? pluralTitle(w.text) : null) ??
          // (A title's plural heading a body inside the run is no typo: "Chairman of the Board of Governors of".)
          (i < a - r - 1 && pluralTitle(w.text) && toks[r + i + 1]!.text === 'of' ? null : titleOfTypo(w.text)) ??
          w.text,
      );
      const pluralLead = a > r && pluralTitle(toks[a - 1]!.text) !== null;
      // "Guitarist Brian May", "Sprinters Kostas Kenteris and Katerina Thanou": a trade capitalised for opening the
      // sentence is the role, of each name of the list when plural.
      const opener =
        lead.length === 1 && !isTitleWord(lead[0]!) && opensSentence(s, toks[r]!.start)
          ? openingTrade(lead[0]!, plainGivenName(toks[a]!.text))
          : null;
      // Title words before the name, and what stands before them: "Chinese Foreign Minister", "FBI Director".
      let t = -1;
      lead.forEach((w, i) => {
        if (isTitleWord(w) || isTitleTypo(w)) t = i;
      });
      // "Minister van Financiën", "Chief of Defense Forces": the title holds what its "of" ties to it.
      // ("Minister for Aviation", "Ambassador to the Organisation for Economic Cooperation and Development"; "and"
      // inside the field that follows: "Secretary of State for Trade and Industry".)
      const tie = (w: string) => /^(?:of|for|to)$/u.test(lower(w)) || TITLE_OF.has(w);
      // ("Minister of State for Europe at the Foreign Office": a title word inside the field is the field's.)
      if (
        t >= 0 &&
        t + 1 < lead.length &&
        (tie(lead[t + 1]!) || lead.slice(1, t).some((w, i) => tie(w) && isTitleWord(lead[i]!)))
      ) {
        // Up to a given name the tagger left out of the name: "Chancellor of the Exchequer Nigel".
        // (Not a given name inside a listed field, an "and" after it: "for Children, Young People and Families".)
        const name = lead.findIndex(
          (w, i) => i > t + 1 && /^\p{Lu}\p{Ll}/u.test(w) && givenAmong(lead, i) && !lead.slice(i).includes('and'),
        );
        t = (name < 0 ? lead.length : name) - 1;
      }
      // "MP for Grantham and Stamford", "Vice President for Kayne, Anderson and Co": a name right after a title's
      // tie is the title's place or body.
      if (t >= 0 && /^(?:of|for|to|the)$/u.test(lead.at(-1) ?? '')) {
        out.push(orgMention(nameText, p, s));
        continue;
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
      // "Trade Developments", "Information Tribunal", "International Finance Facility", "Ministry of Foreign Economic
      // Relations": a word alone after title words that only qualify an office, none naming one, ends or sits inside
      // a body's or a thing's name.
      if (
        span.from === span.to &&
        title.length &&
        !title.some(isTitleTypo) &&
        title.filter(isTitleWord).every((w) => QUALIFIERS.has(lower(w)))
      ) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      let affiliation: string | null = null;
      let titleOpening = '';
      const firstTitle = title.findIndex(isTitleWord);
      if (firstTitle > 0) {
        // The portfolio before the title stays with it ("Agriculture Secretary", "Bundesbank President", "White
        // House Chief of Staff"); what stands before the portfolio may be an affiliation ("U.S.").
        const pre = title.slice(0, firstTitle);
        // (A given name opening a body's name is the body's: "Royal Bank of Canada Chairman", "Royal Mail".)
        const ofBody = (i: number) =>
          isPortfolio(pre[i]!) ||
          (/^\p{Lu}\p{Ll}+$/u.test(pre[i]!) && ORG_WORDS.has(lower(pre[i + 1] ?? '')) && !isAffiliation([pre[i]!]));
        let k = pre.length;
        while (
          k > 0 &&
          pre.length - k < 3 &&
          !HONORIFICS.has(lower(title[firstTitle]!)) &&
          ofBody(k - 1) &&
          !participle(lower(pre[k - 1]!))
        )
          k--;
        // "Bank of Japan Governor", "Bank of the Netherlands President": an organisation's name tied by "of"
        // stays whole with the title.
        let of = -1;
        for (let i = 1; i < pre.length; i++) if (pre[i] === 'of' && ORG_WORDS.has(lower(pre[i - 1]!))) of = i;
        if (of > 0 && of - 1 < k) {
          k = of - 1;
          while (k > 0 && pre.length - k < 8 && ofBody(k - 1) && !isAffiliation([pre[k - 1]!])) k--;
        }
        // "House Ways and Means Committee Chairman": "and" inside a committee's name.
        const bodyWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isAffiliation([w]);
        while (k > 1 && k < pre.length && pre[k - 1] === 'and' && bodyWord(pre[k - 2]!) && pre.length - k < 8) {
          k -= 2;
          while (k > 0 && pre.length - k < 8 && bodyWord(pre[k - 1]!)) k--;
        }
        affiliation = affiliationIn(pre.slice(0, k));
        // ("Assistant U.S. Treasury Secretary": a rank opening the run before the affiliation is the title's.)
        const opening = affiliation ? pre.slice(0, k - affiliation.split(' ').length) : [];
        if (opening.length && opening.every((w) => RANK_OPENERS.test(w))) titleOpening = opening.join(' ');
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
      // So does an age: "John Reed, 52, a former banker", "Mary Holt, aged 45, chief executive of Arvon".
      const after = (
        told && /^\s*,/u.test(s.slice(to.end + told.end)) ? s.slice(to.end + told.end).trimStart() : s.slice(to.end)
      )
        .replace(PARTY_STATE, '')
        .replace(AGE_BEFORE_VERB, '')
        .replace(AGE_BETWEEN, '');
      const roles: string[] = [];
      let fromPlural = false;
      // "Lions coach Sir Clive Woodward", "Conservative peer Lord Heseltine": a title of honour alone says no office,
      // the role is what stands before it.
      const honourOnly =
        title.length > 0 && title.every((w) => HONORIFICS.has(lower(w)) || COURTESY.test(w) || PEERAGE.test(w));
      // "The Archbishop of Cardiff, the Most Reverend Peter Smith": a style of address says less than the office
      // the apposition before it gives ("The Reverend Jesse Jackson", with none, keeps it).
      const styled = title.length > 0 && title.every((w) => STYLE.test(w)) ? styledApposition(s, toks[r]!.start) : null;
      if (styled) roles.push(styled);
      else if (title.length && !honourOnly) {
        // "Conservative MSPs Murdo Fraser and Annabel Goldie": each name of the list is one member.
        const members = title.at(-1)!;
        if (memberInitials(members) && members.endsWith('s')) {
          title = [...title.slice(0, -1), members.slice(0, -1)];
          fromPlural = true;
        }
        if (pluralLead) fromPlural = true;
        // ("Secretary the Interior Donald Hodel": a portfolio alone, its office lost to a wire's slip, is no role.)
        roles.push(
          ...splitRanks(title)
            .filter((r) => !r.split(' ').every((w) => QUALIFIERS.has(lower(w))))
            // (A list of portfolios keeps its commas: "Culture, Media and Sport Secretary", "Minister for Children,
            // Young People and Families".)
            .map((r) =>
              r.replace(/(\p{Lu}\p{L}+) (?=(?:\p{Lu}\p{L}+ ){1,3}and )/gu, (w, a: string) =>
                s.includes(`${a}, `) ? `${a}, ` : w,
              ),
            ),
        );
        const left = leftRole(s, toks, r, false);
        if (!affiliation) {
          if (left.role.length && roles[0]) roles[0] = `${left.role.join(' ')} ${roles[0]}`;
          affiliation = left.affiliation;
          // The role as the article writes it: "Pakistan's Deputy Prime Minister", "Afghan acting Foreign Minister".
          if (affiliation && roles[0] && !TITLE_WORDS.has(lower(affiliation)))
            roles[0] = `${affiliation}${left.possessive ? '’s' : ''} ${roles[0]}`;
        } else if (roles[0]) roles[0] = `${titleOpening && `${titleOpening} `}${affiliation} ${roles[0]}`;
        // ("Analyst Tim Vale of Hoare and Dunn said", "Chairman Ann Roe of Acme Corp": a title alone before the name.)
        const held =
          !affiliation && roles.length === 1 && !roles[0]!.includes(' ')
            ? heldWithFirm(roles[0]!, opensSentence(s, toks[r]!.start), after)
            : null;
        if (held) [roles[0], affiliation] = [held.role, held.firm];
        const outer = roles[0] ? outerApposition(s, toks[r]!.start, roles[0], after) : null;
        if (outer) roles.push(outer);
      } else if (r === a || courtesy || honourOnly) {
        const left = leftRole(s, toks, r, true);
        const role = cleanRole(left.role) ?? foreignOfRole(s.slice(0, from.start));
        fromPlural = left.plural && !!cleanRole(left.role);
        // "early 1970s rockers Free", "rappers Outkast", "rockers Led Zeppelin": a role in the plural before one name
        // with no list after it names a group of those, a band or a team (a one-word name whatever it is, the
        // gazetteers hold "Free" and "Oasis"; a longer one opening on no given name but one English has as a word,
        // "Iron Maiden", "Copper Vane").
        // (Not a person the article names in full: "officials Lawson told reporters", a wire's comma left out; "stars
        // Reeves as", a verb.)
        if (
          fromPlural &&
          r === a &&
          !surnames.has(nameText) &&
          (span.from === span.to ||
            !(lexiconTags(from.text).first || (plainGivenName(from.text) && !commonWord(from.text)))) &&
          !LIST_AFTER.test(after)
        ) {
          out.push(orgMention(nameText, p, s));
          continue;
        }
        // "Kenya's army chief Charles Kahariri": the role as written, with the possessive that owns it; "Army chief
        // X", "The RSF commander, X": a body's name before the role noun is part of it (a people or place is not).
        if (role) {
          // ("Analyst Tim Vale of Hoare and Dunn": a role with no body before the name is held with the firm after
          // it and "of".)
          const held = left.affiliation ? null : heldWithFirm(role, opensSentence(s, toks[r]!.start), after);
          const written =
            left.possessive && left.affiliation
              ? `${left.affiliation}’s ${role}`
              : bodyFirst && left.role.length && left.affiliation
                ? withBody(left.affiliation, role, s, from.start, ctx.lower)
                : (held?.role ?? role);
          if (held) affiliation ??= held.firm;
          // ("triple Olympic champion": a count before the body's name opens the role, when the body is in it.)
          roles.push(left.lead.length && written !== role ? `${left.lead.join(' ')} ${written}` : written);
          // (Only past a title of its own: a role read before the comma is the apposition already.)
          const outer = r !== a ? outerApposition(s, toks[r]!.start, written, after) : null;
          if (outer) roles.push(outer);
        }
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
      // "its director, Tunisian-born Abdellatif Kechiche", "its star, the Dutch X": where the name is from stands
      // between it and the role set off before it by a comma.
      if (roles.length === 0 && r < a && t < 0 && lead.every(originWord)) {
        const set = leadingApposition(s.slice(0, from.start));
        if (set) roles.push(set);
      }
      if (roles.length === 0) {
        const foreign = foreignOfRole(s.slice(0, from.start));
        if (foreign) roles.push(foreign);
      }
      // "Arvon's chief executive is Mary Holt": the role the copula gives the name.
      if (roles.length === 0) {
        const told = copularBefore(s.slice(0, from.start));
        if (told) roles.push(told);
      }
      // "one of its directors, Richard Vale": the one member of the group the name is.
      if (roles.length === 0 && (span.to > span.from || knownGiven(from.text))) {
        const member = oneOfBefore(s.slice(0, from.start));
        if (member) roles.push(member);
      }
      if (roles.length === 0 && opener) {
        roles.push(opener);
        fromPlural = opener !== lead[0]!.toLowerCase();
      }
      // "three other ex-managers, Peter Martin, Erik Gustafson and Joseph Palombo", "such Hollywood directors as
      // Oliver Stone and Joel Schumacher": a plural role opening a list a comma or "as" parts from it.
      if (roles.length === 0 && !listRole) {
        const plural = pluralBeforeList(s.slice(0, from.start), after);
        // (A word alone with no given name nor title is a firm's as often: "producers, such as Lively"; not after a
        // noun for those news names by one word, "authors like Cicero".)
        const oneNamed = !!plural && oneNameRole(plural);
        if (plural && (span.to > span.from || titledBefore(tt, span.from) || knownGiven(from.text) || oneNamed)) {
          roles.push(plural);
          fromPlural = true;
        }
      }
      // "The film, directed by Hal Brenner": the maker of a work (a name alone with no given name nor title may be a
      // firm's: "produced by Sony", "designed by Boeing").
      if (roles.length === 0 && (span.to > span.from || titledBefore(tt, span.from) || knownGiven(from.text))) {
        const maker = makerBefore(s.slice(0, from.start));
        if (maker) roles.push(maker);
      }
      // "Justices Kennedy, Souter and Breyer", "Lords Bingham, Steyn and Hope": a title in the plural is each listed
      // name's, one word each too (the title is evidence of a person even when it says no office).
      const inTitledList: boolean =
        titled.has(span.from) && titledList !== null && LIST_GAP.test(s.slice(titledList, from.start));
      // "strikers Jimmy Floyd Hasselbaink and Mark Viduka": the next names of the list hold the plural's role.
      const listed: boolean =
        roles.length === 0 &&
        listRole !== null &&
        // (Past the tail of the item before: "David Pryor (Ark.), David Boren", "Charlize Theron for Monster, X".)
        LIST_GAP.test(s.slice(listRole.end, from.start)) &&
        // (A name the tagger reads whole is a person's too: "Justices Lewis Powell, ... Thurgood Marshall"; and one
        // word after those news names so, "authors like Cicero, Virgil and Tacitus", "photographers David Bailey,
        // Rankin and Nan Goldin", unless it owns what follows: "midfielders A and B and Vogts' assistant".)
        (knownGiven(from.text) ||
          span.to > span.from ||
          inTitledList ||
          (oneNameRole(listRole.role) && !/^['’]/u.test(after)));
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
      const current = appointed || past ? null : (presentRole(after) ?? officeVerb(after) ?? bracketRole(after));
      if (current && !roles.includes(current)) {
        roles.push(current);
        roleDates.push(null);
      }
      // ('"...," Juan Chacin Guzman, President of Petroleos de Venezuela told': after a quote the name is who speaks,
      // as at a sentence's start; so after a clause and its comma: "BT is moving to content, Andrew Burke, chief of
      // its Entertainment unit told the forum".)
      const apposed =
        past || current
          ? null
          : apposition(
              after,
              opensSentence(s, from.start) ||
                /[,.!?]\s*["”]\s*$/u.test(s.slice(0, from.start)) ||
                CLAUSE_COMMA_BEFORE.test(s.slice(Math.max(0, from.start - 30), from.start)),
            );
      // "Clive Griffiths - Wales' defensive coach - is a former St Helens player": a copula past the apposition.
      const copula = past || current ? null : (copular(after) ?? listCopular(after));
      const app = listItemCut(
        apposed ?? copula ?? (past || current || appointed ? null : asRole(s.slice(0, from.start), after)),
        s,
        to.end,
        // (Not a place's dotted initials the tagger read as a name: "Peter Fellner, U.K. Economist at ...".)
        spans
          .filter((o) => o !== span && o.margin >= DOUBTFUL && !(o.from === o.to && DOTTED.test(tt[o.from]!.text)))
          .map((o) => tt[o.from]!.start),
      );
      if (app) {
        roles.push(app.replace(/^(?:a|an|the)\s+/iu, ''));
        roleDates.push(null);
        // (Not two bodies: "of both Cityquest and Wickes".)
        const org = /\bof (?:the )?(?!both\s)((?:[\p{L}-]+\s)*?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)\s*$/u.exec(app);
        const based = /([\p{Lu}][\p{L}]+)-based/u.exec(app);
        affiliation ??= org?.[1]?.replace(/^[\p{L}]+-based\s/u, '') ?? based?.[1] ?? null;
      }
      if (app && apposed && copula && copula !== apposed) {
        roles.push(copula.replace(/^(?:a|an|the)\s+/iu, ''));
        roleDates.push(null);
      }
      // "Prince Charles", "Queen Elizabeth": a royal is known by title and one name, a name of its own (not
      // Charles Kennedy's given name); the title stays the role too.
      const royal =
        span.from === span.to &&
        span.from > 0 &&
        ROYAL_TITLES.test(tt[span.from - 1]!.text) &&
        s.slice(tt[span.from - 1]!.end, from.start) === ' ';
      if (royal) nameText = `${tt[span.from - 1]!.text} ${nameText}`;
      // ("with Lords Bingham and Steyn": each a peer known by the title, as "Lord Bingham" alone.)
      const peer = span.from === span.to ? titled.get(span.from) : undefined;
      if (peer && PEERAGE.test(peer)) nameText = `${peer} ${nameText}`;
      const full = royal || (!!peer && PEERAGE.test(peer)) || name.filter((w) => !PARTICLES.has(w.text)).length >= 2;
      // "Jay-Z, real name Shawn Carter": the name before is this person's stage name, an alias after the real one,
      // and the roles it was given are the person's.
      const stage = full ? stageNameBefore(out, first, s, from.start) : -1;
      // "Rapper Young Buck ... . The rapper, whose real name is David Darnell Brown": the stage name a sentence
      // before gave, told so by a description of its role.
      const described = full && stage < 0 ? describedStageName(out, first, s, from.start) : -1;
      const [alias] = stage >= 0 || described >= 0 ? out.splice(Math.max(stage, described), 1) : [];
      if (described >= 0) first--;
      for (const role of alias?.roles ?? []) {
        roles.push(role);
        roleDates.push(null);
      }
      // "thank (sporting director) Frank Arnesen": a role in brackets before the name, a quote's editor's.
      const bracketed = roles.length ? null : bracketRoleBefore(s.slice(0, from.start));
      if (bracketed) {
        roles.push(bracketed);
        roleDates.push(null);
      }
      const evidence =
        span.margin >= (full ? EVIDENT_FULL : EVIDENT_SHORT) ||
        roles.length > 0 ||
        title.length > 0 ||
        courtesy ||
        inTitledList;
      // "Christian Democrats", "American Music Awards", "Drury Lane": two words, no title nor role, that name a group,
      // a thing or a street (place-shapes.ts).
      if (!roles.length && !title.length && !courtesy && thingOfTwoWords(nameText)) {
        out.push(orgMention(nameText, p, s));
        continue;
      }
      // "Boston Five said its President, Peter J. Blampied": the role is the body's the sentence opens on.
      const owner = roles.length ? itsOwner(s.slice(0, from.start)) : null;
      if (owner && !roles[0]!.toLowerCase().includes(owner.toLowerCase())) roles[0] = `${owner} ${roles[0]}`;
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
      titledList = (pluralLead || inTitledList) && titled.has(span.from) ? to.end : null;
      // ("Rapper Jay-Z" opening the sentence: the occupation is no part of the stage name.)
      // (Noted where the stage name stood.)
      if (alias)
        out.push(
          nicknameMention(
            alias.name.replace(/^(?:\p{Lu}\p{Ll}+\s+)+(?=\S)/u, (w) =>
              w.split(/\s+/).every((x) => !x || isRoleNoun(x)) ? '' : w,
            ),
            alias.passage,
            alias.sentence,
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
  // The one-word names the article gives a courtesy title: a person's everywhere, for both passes below (the works
  // pass turns none of them into a work's, so the set holds for the second).
  const courtesied = courtesyNames(out);
  // (Not a given name, nor a word the article gives a person's role or title: "Bush aide Karl Rove" beside
  // "President Bush".)
  if (owners.size) {
    const titled = new Set(
      out.filter((m) => !m.org && m.roles.length).map((m) => normaliseName(m.name).split(' ').at(-1)!),
    );
    for (const m of courtesied) titled.add(normaliseName(m));
    for (const w of owners) if (!given().has(w) && !titled.has(w)) works.add(w);
  }
  if (possessed.length) {
    // What the article says each person is, by full name and by surname: their roles and affiliation.
    const said = new Map<string, string>();
    for (const m of out) {
      if (m.org || (!m.roles.length && !m.affiliation)) continue;
      const key = normaliseName(m.name);
      const told = `${m.roles.join(' ')} ${m.affiliation ?? ''}`.toLowerCase();
      for (const k of [key, key.split(' ').at(-1)!]) said.set(k, `${said.get(k) ?? ''} ${told}`);
    }
    for (const { owner, owned } of possessed) {
      const key = normaliseName(owned);
      const told = `${said.get(key) ?? ''} ${said.get(key.split(' ').at(-1)!) ?? ''}`;
      if (told.includes(owner.toLowerCase())) works.add(normaliseName(owner));
    }
  }
  // "Ways and Means chairman Dan Rostenkowski": a word alone that opens the body of another name's role in its
  // sentence, with its "and", is that body's.
  const bodies = new Map<string, string[]>();
  for (const m of out)
    if (!m.org && m.affiliation?.includes(' and '))
      bodies.set(m.sentence, [...(bodies.get(m.sentence) ?? []), m.affiliation]);
  if (bodies.size)
    out.forEach((m, i) => {
      if (m.org || m.full || m.roles.length) return;
      if (bodies.get(m.sentence)?.some((a) => a.startsWith(`${m.name} and `)))
        out[i] = orgMention(m.name, m.passage, m.sentence);
    });
  if (works.size) {
    // (Nor the surname of a person the article names in full: "Taft" of "Taft Broadcasting" beside "Dudley Taft".)
    const ends = new Set<string>();
    // (Not a full name the article writes as the work's or firm's itself, "Nissan Mexicana", unless given a role or
    // opening on a given name: "Charles Schwab and Co" beside "Schwab said".)
    const personal = (m: Mention) =>
      m.roles.length > 0 || !works.has(normaliseName(m.name)) || opensOnGivenName(m.name);
    const surnameKeys = new Set(
      out.filter((m) => m.full && !m.org && personal(m)).map((m) => normaliseName(m.name).split(' ').at(-1)!),
    );
    // The works' names of two words or more, by their last word.
    const workEnding = new Map<string, string[]>();
    for (const w of works) {
      const parts = w.split(' ');
      if (parts.length < 2) continue;
      const last = parts.at(-1)!;
      workEnding.set(last, [...(workEnding.get(last) ?? []), w]);
      // (The last word whatever else it may be: "Morris" of "Philip Morris Cos", later "expects Morris to earn"; the
      // first not a given name, which opens others' names: "Philip".)
      if (!given().has(parts[0]!) && !surnameKeys.has(parts[0]!)) ends.add(parts[0]!);
      if (!surnameKeys.has(last)) ends.add(last);
    }
    out.forEach((m, i) => {
      if (m.org || m.nickname || m.roles.length || courtesied.has(m.name)) return;
      // ("Robert Halmi Inc" beside "Robert Halmi Sr and Robert Halmi Jr": a father's and a son's name are people's.)
      const original = written.get(m.sentence);
      if (original && generational(m.name, original)) return;
      const key = normaliseName(m.name);
      // ("Yahoo Messenger" where "Yahoo" is the firm: a name that opens on a firm's one-word name is its product.)
      const first = key.split(' ')[0]!;
      const product = m.full && key.includes(' ') && works.has(first) && !given().has(first);
      // ("an honorary Golden Rose", then "won a Golden Rose": a word alone cut from a work's name written whole.)
      const cut =
        !m.full &&
        workEnding.has(key) &&
        workEnding.get(key)!.some((w) => ` ${normaliseName(m.sentence)} `.includes(` ${w} `));
      if (works.has(key) || (!m.full && ends.has(key)) || product || cut)
        out[i] = orgMention(m.name, m.passage, m.sentence);
    });
  }
  // "Cheyenne Resources common stock", later "Cheyenne refused payment": a word alone that opens an
  // organisation's name the tagger reads in the article is that organisation, unless the article shows a person
  // bearing it (a full name, a role, a courtesy title).
  // (And the first word of a firm's name read by its company words, not by the tagger: "Drexel Burnham Lambert Inc's
  // request", later "with Drexel".)
  for (const m of out)
    if (m.org && m.name.includes(' ')) {
      const words = m.name.split(' ');
      if (opensFirmName(words)) orgStarts.add(words[0]!);
    }
  if (orgStarts.size) shortOrgNames(out, orgStarts, courtesied);
  // "Scotland's justice minister has warned ... . Cathy Jamieson said": the lead's role is the named one's.
  const body = sents.filter((x) => x.s.trim() !== doc.title.trim());
  leadRole(out, body.slice(0, 2), isRoleNoun);
  // "Michael Howard has launched ... . The Tory leader said": a later description's role is the one named before.
  descriptionRoles(out, body, (w) => isRoleNoun(w) || personNoun(w));
  // "Bullock, Duff, Scotland (Samuel 63), ...": a line-up or squad is read as one, every name in it a player.
  teamLists(out, doc.passages);
  sharedSurnames(out);
  oneGivenForm(out);
  nicknamesLater(out);
  articledSurnames(out);
  relatives(out);
  if (written.size) {
    const seen = new Map<string, number>();
    for (const m of out) {
      const original = written.get(m.sentence);
      if (!original) continue;
      // The k-th person's mention of a name in a sentence is its k-th occurrence there: "X Sr ... and X Jr".
      const key = `${m.sentence}\u0000${m.name}`;
      const k = seen.get(key) ?? 0;
      if (!m.org) seen.set(key, k + 1);
      restoreSuffix(m, original, k);
    }
  }
  return out;
}
