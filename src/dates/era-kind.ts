// A date told as the kind of a thing, the label of a title or a contract, a name's part or a figure's yardstick, not
// as when something happened: "a 1980s hit", "2002 champion X", "the Tax Reform Act of 1969", "from 1985 levels".
import { lexiconTags } from '../people/lexicon.js';
import { personNoun } from '../people/person-nouns.js';
import { isRoleNoun } from '../people/role-words.js';

/** Prepositions that make a decade the time of what the sentence tells: "in a 1990s trial", "during the 1960s boom". */
const WHEN_BEFORE =
  /\b(?:in|during|since|until|till|through|throughout|from|by|before|after|over|across)\s+(?:(?:the|a|an)\s+)?(?:(?:early|mid|late)[- ])?$/iu;

/**
 * Whether the decade or century at `index` (its `text`) is the kind of the thing the word after it names: a noun in
 * lower case right after it, or "-era"/"-style" joined to it, and no preposition of time before it.
 */
export function eraKind(sentence: string, index: number, text: string): boolean {
  const after = sentence.slice(index + text.length);
  if (/^-(?:era|style|vintage|born|built|made)\b/iu.test(after)) return !WHEN_BEFORE.test(sentence.slice(0, index));
  const next = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(after)?.[1];
  if (!next) return false;
  // "popularised by the 18th-century satirist Jonathan Swift": "by" before a person's trade names its doer, no time.
  if (/\bby\s+(?:(?:the|a|an)\s+)?$/iu.test(sentence.slice(0, index)) && (isRoleNoun(next) || personNoun(next)))
    return true;
  const tags = lexiconTags(next);
  if (tags.closed || /^(?:onwards?|on|ago|later|earlier)$/u.test(next)) return false;
  // ("The 1960s saw big changes": after "the", a word that may be a verb is the decade's own; "at 1950s levels", "a
  // 1980s hit" are things, and so is one after "of the", "for the", which open a noun phrase, no clause: "a remake
  // of the 1960s film".)
  const object = /\b(?:of|at|about|for|with|like|to|on)\s+$/iu.test(sentence.slice(0, index));
  if (/^the\s/iu.test(text) && (tags.pastVerb || (!object && (tags.presentVerb || tags.gerund)))) return false;
  return !WHEN_BEFORE.test(sentence.slice(0, index));
}

/** Titles a year names the holder of: "2002 champion", "the 1998 Wimbledon winner", "2004 Olympic gold medallist". */
const YEAR_TITLE =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?!the\s|an?\s|its\s|their\s)\p{Ll}+\s+)?(?:champions?|winners?|runners?-up|finalists?|semi-finalists?|quarter-finalists?|medallists?|medalists?|nominees?|laureates?|graduates?|debutants?)\b/u;

/**
 * Whether a year written alone is the label of a title its holder is known by ("Hrbaty will play 2002 champion
 * Thomas Johansson", "The 1998 winner retired"): it tells when the title was won, not when what the sentence tells
 * happened.
 */
export function yearTitle(sentence: string, index: number, text: string): boolean {
  // (Not a year a preposition makes the time of the clause: "in 1940 the winners were published".)
  return YEAR_TITLE.test(sentence.slice(index + text.length)) && !WHEN_BEFORE.test(sentence.slice(0, index));
}

/**
 * Whether a date is only what a figure is measured against: "halved from 1985 levels", "below February 1986 levels",
 * "in its 1986 annual report" (the report tells of a year gone, in the year of the sentence), "compared with 1986"
 * and "up 32 pct on 1985" with no figure of that date, "in 1981 prices".
 */
export function dateAsReference(sentence: string, index: number, text: string): boolean {
  const before = sentence.slice(Math.max(0, index - 60), index);
  const after = sentence.slice(index + text.length);
  // (A comma too: "above the January, 1986, level".)
  return (
    /^(?:['’]s)?,?\s+(?:levels?|annual\s+report)\b/iu.test(after) ||
    ((COMPARED_WITH.test(before) ||
      (LEVEL_OF.test(before) && !/(?:\d|\p{Ll}est)\s+(?:[\p{Ll}-]+\s+)?levels?\s+of\s+$/iu.test(before)) ||
      (CHANGE_ON.test(before) &&
        (/\b(?:\d{4}|year)\b/u.test(text) || (/\bfrom\s+(?:the\s+)?$/iu.test(before) && !DAY_OF_MONTH.test(text))) &&
        !/\b(?:to|until|through)\b/u.test(text)) ||
      THAN_BEFORE.test(sentence.slice(Math.max(0, index - 140), index)) ||
      AS_MUCH_AS.test(before) ||
      RECORD_SINCE.test(before) ||
      (PASSED_BEFORE.test(before) && MARK_AFTER.test(after)) ||
      (SHARE_OF_BEFORE.test(before) && BASE_AFTER.test(after))) &&
      !FIGURE_AFTER.test(after)) ||
    (CONSTANT_PRICES.test(after) && /\b(?:in|at)\s+(?:constant\s+)?$/iu.test(before)) ||
    (NO_FIGURE_BEFORE.test(before) && FIGURE_NOUN_AFTER.test(after))
  );
}

/**
 * What a date is compared with, right after the words that compare: "compared with 1986", "against 1985", "no
 * comparable figure for the third quarter of 1986", "a quick result, unlike in 2000".
 */
const COMPARED_WITH =
  /\b(?:compared\s+(?:with|to)|versus|vs\.?|against|comparable\s+(?:figures?|results?)\s+(?:for|of|in)|unlike(?:\s+(?:in|during|at|on))?)\s+(?:the\s+)?$/iu;
/**
 * What a figure's size is compared with after "than" in its clause: "six pct higher than January 1986", "fewer loans
 * were approved in January than for the same month in 2004", any comparative: "much happier than in 2000" (not a
 * time: "no later than March 1", "rather than").
 */
const THAN_BEFORE =
  /\b(?:higher|lower|more|less|fewer|greater|bigger|smaller|larger|better|worse|stronger|weaker|cheaper|dearer|faster|slower|leaner|tougher|richer|poorer|wider|narrower|deeper|warmer|colder|hotter|cooler|wetter|older|younger|tighter|looser|firmer|softer|harder|steeper|sharper|quicker|safer|broader|thinner|thicker|longer|shorter|(?!earlier\b)\p{Ll}{3,}ier)\b[^.;]{0,60}?\bthan\s+(?:(?:in|for|during|at|on)\s+)?(?:the\s+)?(?:(?:same|corresponding)\s+(?:month|period|quarter|week|time)\s+(?:in|of)\s+)?$/iu;
/**
 * An equal's "as ... as" a date: "not as quickly as in 2004", "twice as high as in 1985" (not a time: "as early as
 * 1985", "as recently as March", "as well as").
 */
const AS_MUCH_AS =
  /\bas\s+(?!(?:early|late|recently|soon|long|far|lately|well|of|from|at)\b)\p{Ll}+\s+as\s+(?:(?:in|for|during|at|on)\s+)?(?:the\s+)?$/iu;
/**
 * A record told up to now, since the date it was last matched: "the lowest rate since June 2001", "the best showing
 * since early 2002", "levels last seen in 1995".
 */
const RECORD_SINCE =
  /(?:\b(?:lowest|highest|best|worst|biggest|largest|smallest|strongest|weakest|sharpest|steepest|deepest|fastest|slowest)\b[^.;]{0,40}?\bsince|\b(?:last|not)\s+(?:been\s+)?seen\s+(?:in|since))\s+$/iu;
/**
 * A change by a figure, then "on", "over" or "from" the year it is measured from: "a rise of 3,400 over 1985", "down
 * 26.5% on 2003's figures", "up 1.2 mln dlrs from the prior year", "an increase of 7 mln dlrs a year over 1985
 * rates", "46 pct higher 1986 net profits at 1.78 billion H.K. Dlrs from a year ago"; and any date "from" which a
 * change is measured, "a rise of 15 pct from February" (a day after "on" is when: "fell 508 points to 1738 on
 * Monday"; a span "from" one date to another is a time: "rose 1 pct from March 1985 to March 1986").
 */
const CHANGE_ON =
  /\b(?:up|down|rise|rose|increase|increased|fall|fell|drop|dropped|decline|declined|gain|gained|growth|higher|lower)\b[^.;]{0,30}?\d[\d.,]*\s*(?:%|pct|per\s*cent|percent|mln|bln|million|billion)?(?:\s+(?:[\p{Lu}][\p{L}.]*\s+)?(?:dlrs|dollars|stg|pounds|yen|marks|francs))?(?:\s+(?:a|per)\s+(?:year|month|week|day|share))?\s+(?:on|over|from)\s+(?:the\s+)?$/iu;
/** A day of a month, which "from" opens as when a change runs from: "a pay rise of 2.7 pct from April 1". */
const DAY_OF_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b/u;

/**
 * The figure for the date compared with, which makes it a dated figure: "compared with 1985 earnings of 26.2 mln",
 * "against 1985's 86.19 billion" (a few words, no "and", then the number), "compared with 1985, when it made a record
 * 221 mln", "the record level of the previous year -- 1.61 dlrs a share".
 */
const FIGURE_AFTER =
  /^(?:['’]s)?(?:\s+(?!(?:and|or|but)\b)[\p{L}-]+){0,4}?\s+(?:of\s+|at\s+)?[$£€]?\d|^,\s+when\s+[^.;]{0,50}?\d|^["”]?\s*(?:--|—|–)\s*[$£€]?\d/u;
/** A figure not given, of the date after the words: "gave no year-earlier figure", "without giving a 1986 figure". */
const NO_FIGURE_BEFORE = /\b(?:no|without\s+(?:giving|providing|releasing|disclosing|publishing)?\s*(?:a|any))\s+$/iu;
const FIGURE_NOUN_AFTER = /^\s+(?:figures?|results?|data|numbers?|estimates?|comparisons?|statistics)\b/iu;
/**
 * A mark of a date that a figure passes, equals or falls short of: "beating 2002's all-time high", "would at least
 * equal last year's figure", "seven mln stg above end-1986 book value", "below the 1985 peak" (with its figure a
 * dated figure: "above the January, 1986 total of 373.4 billion dlrs").
 */
const PASSED_BEFORE =
  /\b(?:beat(?:ing|s)?|exceed(?:ing|s|ed)?|surpass(?:ing|es|ed)?|top(?:ping|s|ped)?|equal(?:l?ing|s|l?ed)?|match(?:ing|es|ed)?|above|below|under)\s+(?:the\s+|its\s+|their\s+)?$/iu;
const MARK_AFTER =
  /^(?:['’]s)?\s+(?:(?:all-time|record|previous|book)\s+)?(?:highs?|lows?|records?|peaks?|levels?|totals?|values?|figures?|results?|profits?|earnings)\b/iu;
/**
 * A level a date had, told after its noun: "to restore income to the level of 1975", "at levels of 1980" (not one
 * given its figure, "above the 4.3 pct level of February 1986", nor a superlative's range, "the highest levels of
 * 1987").
 */
const LEVEL_OF = /\blevels?\s+of\s+$/iu;
/** An index's base: "127.3 pct of the 1977 average", "90 pct of its 1980 level". */
const SHARE_OF_BEFORE = /\b(?:pct|percent|per\s+cent|%)\s+of\s+(?:the|its|their)\s+$/iu;
const BASE_AFTER = /^\s+(?:average|base|level|levels)\b/iu;
/** The year a figure's prices are fixed in: "GDP, in 1981 prices", "at 1980 dollars". */
const CONSTANT_PRICES = /^\s+(?:prices|dollars|dlrs|terms)\b/iu;

/** A law's or a treaty's name ending on "of" just before the year: "the Tax Reform Act of 1969". */
const NAMED_BEFORE =
  /\b\p{Lu}[\p{L}-]*\s+(?:Act|Acts|Law|Treaty|Accord|Convention|Code|Amendments?|Agreement)\s+of\s+$/u;
/**
 * What a date names the kind of after it, alone or first of two: "the September 1987 contract", "the 1986/87 and
 * 1985/86 crops", "the May/Dec position" (not what is done about a contract: "a 1998 contract competition").
 */
const LABELLED_AFTER =
  /^(?:\s+(?:and|or)\s+[\p{L}\d/.-]+(?:\s+\d{4})?)?\s+(?:(?:futures|options|delivery|shipment|yen|marks|sterling|bond|crude|gold|silver|copper|cocoa|coffee|sugar|wheat|corn|soybean)\s+)?(?:contracts?|crops?|positions?)\b(?!\s+(?:\p{Ll}+tion|talks|negotiations|bids?|awards?|disputes?)\b)/iu;
/**
 * What a year names after it: a work ("the 1984 single", "a 1998 film"), a law ("the 1978 airline deregulation act",
 * "the 1986 Tax Reform Act"), a bid for what that year holds ("London’s 2012 Olympic bid").
 */
const YEAR_LABELS =
  /^\s+(?:(?:\p{Ll}+\s+)?(?:single|album|film|movie|song|hit|novel|recording|remake|documentary|sitcom|musical)s?\b|(?:(?!(?:the|a|an|its|their|this|that)\s)\p{Ll}+\s+){0,3}(?:act|law|treaty)\b|(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Act|Law|Treaty)\b|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:bid|bids)\b)/u;
/** A work or a kind named by the year after its "of": "the James Bond flick of 1995", "the class of 1966". */
const WORK_OF = /\b(?:film|flick|movie|album|single|song|novel|hit|version|remake|vintage|class)\s+of\s+$/iu;
/** What a contract month names in a market's report: "June yen closed at", "the September T-bonds". */
const CONTRACT_GOODS =
  /^\s+(?:yen|marks|sterling|Swiss\s+francs|bonds?|T-bonds|Treasury\s+bonds|soybeans|soyoil|soymeal|corn|wheat|oats|cocoa|coffee|sugar|crude|gold|silver|copper|platinum|cattle|hogs|bellies|cotton)\b/u;
/** A weekday counted in any month: "the second Friday of the month", "the last Thursday of each month". */
const EVERY_MONTH = /^\s+(?:of|in)\s+(?:the|each|every|a)\s+month\b/iu;

/**
 * A work and the time its story is set in, a few words on: "a novel set in 19th century Paraguay", "The History
 * Boys, set in a grammar school in the early 1980s", "This title is set in 1992" (not a record or a target set
 * then: "the record was set in 2000").
 */
const WORK_SET_IN =
  /\b(?:films?|movies?|novels?|plays?|dramas?|story|stories|tales?|musicals?|comedy|comedies|thrillers?|series|sitcoms?|operas?|books?|games?|titles?|sagas?|epics?|romances?|sequels?|adventures?|masterpieces?)\b[^.;]{0,80}?\bset\s+(?:in|during)\s+(?:[^.;,]{0,30}?\b(?:in|during)\s+)?(?:the\s+)?(?:(?:early|mid|late)[- ]?)?$/iu;
/**
 * A century a thing is the greatest or the like of: "the Walkman of the 21st Century", "one of the greatest figures
 * of the late 20th century" (not a time within it: "at the turn of the 19th century").
 */
const OF_THE_CENTURY =
  /\b(?!(?:turn|start|end|beginning|middle|dawn|half|part|years|decades|course|rest)\s)\p{L}+\s+of\s+(?:the\s+)?(?:(?:early|mid|late)[- ]?)?$/iu;

/**
 * Whether a date is part of a name or a label rather than when something happened: a law's year ("the Tax Reform
 * Act of 1969"), a contract's or a crop's month or year ("led by the September 1987 contract", "coffee from the
 * 1986/87 crop"), a weekday counted in every month ("the second Friday of the month"), the time a work's story is
 * set in, a century a thing is the best of.
 */
export function dateInLabel(sentence: string, index: number, text: string): boolean {
  const after = sentence.slice(index + text.length);
  return (
    NAMED_BEFORE.test(sentence.slice(0, index)) ||
    WORK_SET_IN.test(sentence.slice(Math.max(0, index - 160), index)) ||
    (/century$/iu.test(text) && OF_THE_CENTURY.test(sentence.slice(Math.max(0, index - 40), index))) ||
    WORK_OF.test(sentence.slice(Math.max(0, index - 30), index)) ||
    LABELLED_AFTER.test(after) ||
    EVERY_MONTH.test(after) ||
    (/^\d{4}$/u.test(text) && YEAR_LABELS.test(after)) ||
    (MONTH_ALONE.test(text) &&
      (CONTRACT_GOODS.test(after) ||
        BASIS_BEFORE.test(sentence.slice(Math.max(0, index - 30), index)) ||
        QUOTE_ROW.test(sentence.slice(0, index + text.length + 20))))
  );
}

/** A price quoted over or under a futures month: "traded at 20 cents over September", "26 ov May". */
const BASIS_BEFORE = /\b\d[\d/-]*\s*(?:cents?|points?|pts?)?\s+(?:over|under|ov|un)\s+$/iu;
/** A row of a table of quotes, a month and a dash opening it: "June - 21 ov Jly bid, 23 offered", "L/H April - No bids". */
const QUOTE_ROW =
  /^(?:[FL]\/H\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+-\s+(?:\d|no\s+(?:bids?|offers?))/iu;
/** A month's name alone, as a contract month is written: "June", "Sept" (a table row's dash may come with it). */
const MONTH_ALONE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s*-)?$/u;
