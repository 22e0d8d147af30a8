// Whether a dated sentence tells the same thing as an event's core (its first sentence): what each tells, who it
// names and opens on, its figures, where and when it was filed, and who its article is about.
import { DATELINE, terms } from '../text.js';
import type { EventMention } from './mention.js';
import { daysOf, type Precision } from '../dates/values.js';
import { WORD_NUMBER, wordValue } from '../dates/numbers.js';
import { samePredicate } from './predicate.js';

/** What a sentence tells, as the merge compares it. An event's core keeps its own, fixed: never a growing union. */
export interface Told {
  /** The sentence itself. */
  sentence: string;
  /** Content words of the sentence, less its dateline and the words of its names: what it tells beyond who. */
  words: Set<string>;
  /** Names the sentence gives (people, places, organisations). */
  names: Set<string>;
  /** Names its main clause gives, less a closing attribution's ("…, the Labor Department said"): who it is about. */
  participants: Set<string>;
  /** Figures the sentence gives (amounts, counts, rates), each with how many times it gives it. */
  figures: Map<string, number>;
  /** The changes the sentence tells, each its new figure and the one it changed from ("to 500 mln from 350 mln"). */
  changes: [string, string][];
  /** The place of the sentence's wire dateline ("houston" of "HOUSTON, March 19 -"), or null. */
  place: string | null;
  /** Who the sentence's article is about (storyOf). */
  story: Story;
  /** The name the sentence opens on, its subject ("bank tokyo" of "The Bank of Tokyo Ltd is issuing"), or null. */
  subject: string | null;
  /** The day the article was published (days since 1970), or null. */
  published: number | null;
  /**
   * When the sentence's date is coarse (a month or wider), its last day (days since 1970): a period that was not
   * over when told is told anew by each statement about it. Null for a day or a week.
   */
  periodEnd: number | null;
}

/** Who an article's story is about: the names of its lead, and those of its lead's main clause. */
export interface Story {
  names: Set<string>;
  participants: Set<string>;
}

/** What a mention tells; `story` is its article's (storyOf). */
export function toldOf(m: EventMention, story: Story): Told {
  // Who a sentence names is read in its main clause; what it tells, in all of it (a short sentence is short of
  // words to compare without its "the department said").
  const main = mainClause(m.sentence);
  const names = namesInSentence(m.sentence);
  const first = m.published ? daysOf(m.published)?.[0] : undefined;
  const last = COARSE.has(m.precision) ? daysOf(m.end ?? m.date)?.[1] : undefined;
  return {
    sentence: m.sentence,
    words: toldWords(m.sentence.replace(DATELINE, ''), names),
    names,
    participants: main === m.sentence ? names : namesInSentence(main),
    figures: counted(figureList(m.sentence)),
    changes: changesOf(m.sentence),
    place: placeOf(m.sentence),
    story,
    subject: subjectOf(m.sentence),
    published: first ? Date.parse(first) / 86_400_000 : null,
    periodEnd: last ? Date.parse(last) / 86_400_000 : null,
  };
}

/** Words so common in news that sharing them says nothing: reporting verbs, units, calendar words. */
const GENERIC = new Set(
  (
    'year month week day today yesterday tomorrow last first next earlier later percent pct million billion mln bln dlr dlrs ' +
    'dollar company companie official spokesman statement according added expected report reported reuter reuters new ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

const contentCache = new Map<string, Set<string>>();

/**
 * Content words of a sentence: index terms, less numbers, short words and news's common words. Kept per sentence,
 * as an event's sentences are read again each time it gains a source: the set is shared, read it, never change it.
 */
export function contentWords(sentence: string): Set<string> {
  let words = contentCache.get(sentence);
  if (!words) {
    words = new Set(terms(sentence).filter((t) => t.length > 3 && !/^\d+$/.test(t) && !GENERIC.has(t)));
    if (contentCache.size >= 20_000) contentCache.clear();
    contentCache.set(sentence, words);
  }
  return words;
}

/** Drops the kept word sets: once a build or extension is done, what it merged is held by its entries. */
export function forgetContentWords(): void {
  contentCache.clear();
}

/** What a sentence tells beyond who: its content words less the words of its names ("hartwell", "mining"). */
function toldWords(sentence: string, names: Set<string>): Set<string> {
  const words = contentWords(sentence);
  if (!names.size) return words;
  const named = new Set(terms([...names].join(' ')));
  return new Set([...words].filter((w) => !named.has(w)));
}

/**
 * A sentence less its closing attribution — ", lead manager Swiss Bank Corp said.", ", the weather service said
 * on Tuesday.", ", according to trade sources." — which tells who says, not what happens: two notices of one
 * lead manager, two items of one bulletin, name their teller alike.
 */
function mainClause(sentence: string): string {
  const m = ATTRIBUTION.exec(sentence);
  return m && m.index > 20 ? sentence.slice(0, m.index) : sentence;
}

const ATTRIBUTION =
  /,\s*(?:(?:[^,;:"“”]{1,90}?\s+)?(?:said|says|reported|reports|announced|showed|show|told\s+[^,;:"“”]{1,40})(?:\s+(?:on|in|late|early)?\s*[^,;:"“”\s]+(?:\s+[^,;:"“”\s]+){0,3})?|(?:said|says|according\s+to|reported\s+by)\s+[^,;:"“”]{1,90})\s*[.!]?\s*$/u;

/** Capitalised words that are no names: sentence openers, titles, calendar words, company suffixes, notes. */
const NOT_NAMES = new Set(
  (
    'the a an in on at by for of to and but or if as it he she they we i you his her its their this that these those there ' +
    'mr mrs ms dr sir new reuter reuters inc corp co cos ltd plc llc company said says according however meanwhile also note continued ' +
    // The labels of a wire notice ("Qtly div 15 cts vs 15 cts prior; Pay April 15; Record March 31").
    'qtly mthly div pay payable record shr shrs net revs ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/**
 * Who an article's story is about: the names of its lead (its opening sentence, dated or not; else its first dated
 * sentence), and apart those of the lead's main clause, less a closing attribution ("…, lead manager Swiss Bank
 * Corp said": two issuers' notices of one lead manager are two stories). "The bond pays interest annually" is about
 * the bond the lead names.
 */
export function storyOf(mentions: EventMention[]): Story {
  const lead = mentions[0]?.lead ?? mentions[0]?.sentence ?? '';
  return { names: namesInSentence(lead), participants: namesInSentence(mainClause(lead)) };
}

/**
 * Whether two articles may tell one story: their leads' main clauses name someone in common, or (one naming no
 * one there) their leads do, or either lead names no one.
 */
function sameStory(a: Story, b: Story): boolean {
  if (a.participants.size && b.participants.size) return namesOne(a.participants, b.participants);
  return !a.names.size || !b.names.size || namesOne(a.names, b.names);
}

/** A word of a name folded for comparison: lower case, no possessive, no dots ("U.S." is "us"). */
const foldWord = (w: string) =>
  w
    .replace(/['’]s$/u, '')
    .replace(/[.'’-]+$/u, '')
    .replace(/\./g, '')
    .toLowerCase();

/** One capitalised word, or an acronym with or without dots ("EC", "U.S."): a name even opening a sentence. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/**
 * The name a sentence opens on, after its dateline and a leading "The": who does what it tells ("bank tokyo" of
 * "The Bank of Tokyo Ltd is issuing", "us" of "U.S. corn acreage"). A name runs on across "of" and "for" ("Bank of
 * Tokyo", "Ministry of Finance"). Null when it opens on anything else, or on one capitalised word that may be a
 * common one ("Exports rose").
 */
export function subjectOf(sentence: string): string | null {
  const body = sentence.replace(DATELINE, '');
  const m =
    /^\s*(?:The\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:(?:\s+(?:of|for)(?:\s+the)?)?\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)/u.exec(
      body,
    );
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // One word is a name when an acronym, two capitalised parts ("Petro-Canada"), or followed by a ticker or an
  // apposition ("Olin <OLN>", "Petro-Canada, a state-owned oil company"); else it may be a common word.
  if (
    words.length === 1 &&
    !ACRONYM.test(words[0]!.replace(/\./g, '')) &&
    !/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(words[0]!) &&
    !/^\s*(?:<|,\s+(?:a|an|the)\s)/u.test(body.slice(m[0].length))
  )
    return null;
  const kept = words.map(foldWord).filter((w) => w.length > 1 && !NOT_NAMES.has(w));
  return kept.length ? kept.join(' ') : null;
}

/** A sentence's words folded as names are, with the words that are no names left out, between spaces. */
function foldedText(sentence: string): string {
  const words = sentence
    .replace(DATELINE, '')
    .split(/[^\p{L}\p{N}.'’&-]+/u)
    .map(foldWord)
    .filter((w) => w && !NOT_NAMES.has(w));
  return ` ${words.join(' ')} `;
}

/** The initials of a name of several words ("united states" gives "us", "european community" "ec"), or null. */
function initialsOf(name: string): string | null {
  const words = name.split(' ');
  return words.length > 1 ? words.map((w) => w[0]).join('') : null;
}

/**
 * Whether `initials` are the initials of `name`, a name of several words: `initialsOf(name) === initials` without
 * making the string. Comparisons of names run for every pair of sentences a busy date holds.
 */
function abbreviates(name: string, initials: string): boolean {
  let at = 0;
  let words = 0;
  let starts = true;
  for (let k = 0; k < name.length; k++) {
    if (name[k] === ' ') {
      starts = true;
      continue;
    }
    if (!starts) continue;
    if (name[k] !== initials[at]) return false;
    at++;
    words++;
    starts = false;
  }
  return words > 1 && at === initials.length;
}

/** Whether a sentence names `subject`: its words in a row, or its acronym, or (an acronym) a name it abbreviates. */
function namesSubject(sentence: string, sentenceNames: Set<string>, subject: string): boolean {
  if (foldedText(sentence).includes(` ${subject} `)) return true;
  const initials = initialsOf(subject);
  if (initials && sentenceNames.has(initials)) return true;
  for (const n of sentenceNames) if (abbreviates(n, subject)) return true;
  return false;
}

/** The place a sentence's wire dateline was filed from, folded ("fort wayne"), or null without a dateline. */
function placeOf(sentence: string): string | null {
  const m = DATELINE.exec(sentence);
  return m
    ? m[0]
        .split(/,|\s[-–—(]/u)[0]!
        .trim()
        .toLowerCase()
    : null;
}

/**
 * The names a sentence gives, each a run of capitalised words folded to lower case ("white house", "jim wright"),
 * less the words above and the dateline. An acronym of another of its names is that name told twice ("the
 * European Community (EC)"): it counts once.
 */
export function namesInSentence(sentence: string): Set<string> {
  const out = new Set<string>();
  const body = sentence.replace(DATELINE, '');
  for (const m of body.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*/gu)) {
    const words = m[0].split(/\s+/).map(foldWord);
    const kept = words.filter((w) => w.length > 1 && !NOT_NAMES.has(w));
    // A lone capitalised word opening the sentence is as likely a common word as a name ("Exports rose"); so is
    // one opening a cell of a table or a note ("Net 16.2 mln; Sales 1.09 billion", "NOTE: Share data restated").
    const opens =
      m.index === body.search(/\S/) || /(?:;|\bnotes?:)\s*$/i.test(body.slice(Math.max(0, m.index! - 8), m.index));
    if (opens && words.length === 1 && !ACRONYM.test(m[0].replace(/\./g, ''))) continue;
    if (kept.length) out.add(kept.join(' '));
  }
  for (const n of [...out]) {
    const initials = initialsOf(n);
    if (initials && initials.length > 1) out.delete(initials);
  }
  return out;
}

/** Whether two names are one: the same words, or one the other's acronym ("us" and "united states"). */
function sameName(a: string, b: string): boolean {
  return a === b || abbreviates(a, b) || abbreviates(b, a);
}

/** Whether two sets of names have one in common. */
function namesOne(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) {
    if (b.has(x)) return true;
    for (const y of b) if (sameName(x, y)) return true;
  }
  return false;
}

/**
 * Whether two subjects are one: one name, or one the other told longer ("nakasone" and "prime minister yasuhiro
 * nakasone", "king fahd" and "king fahd saudi arabia"): the words of the shorter, in a row, within the longer.
 */
function sameSubject(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}

/**
 * The figures a sentence gives: its numbers, less years and the day of a date ("rose 12 pct to 62.84 billion" gives
 * 12 and 62.84). Two sentences telling the same thing give the same figures.
 */
export function figuresOf(sentence: string): Set<string> {
  return new Set(figureList(sentence));
}

/** The figures of a sentence in order, a figure given twice listed twice. */
function figureList(sentence: string): string[] {
  const out: string[] = [];
  const body = sentence.replace(DATELINE, '');
  for (const m of body.matchAll(/(?<![\p{L}\d.,/-])\d[\d,]*(?:\.\d+)?(?![\d/\p{L}])/gu)) {
    const n = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, '');
    if (/^(?:1[6-9]|20)\d{2}$/.test(n)) continue;
    if (
      +n <= 31 &&
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i.test(
        body.slice(Math.max(0, m.index! - 12), m.index!),
      )
    )
      continue;
    out.push(n);
  }
  // A count in words before a unit is a figure too: "three pct", "five mln dlrs".
  for (const m of body.matchAll(COUNTED_WORDS)) {
    const n = wordValue(m[1]!);
    if (n !== null) out.push(String(n));
  }
  return out;
}

const COUNTED_WORDS = new RegExp(
  `\\b(${WORD_NUMBER})\\s+(?:pct|percent|per\\s+cent|mln|million|billion|bln|dlrs?|dollars|cts?|cents|tonnes|tons|barrels|bpd|points|shares|yen|marks|francs|pounds|stg|pence)\\b`,
  'giu',
);

/** A figure as figureList writes it. */
const FIGURE = '(\\d[\\d,]*(?:\\.\\d+)?)';
/** "to 500 mln from its initial estimate of 350 mln", "from 8.3 pct to 8.2 pct": a change's new and old figure. */
const TO_FROM = new RegExp(
  `\\bto\\s+(?:[^\\d,;]{0,20}?)${FIGURE}[^,;]{0,40}?\\bfrom\\s+(?:[^\\d,;]{0,40}?)${FIGURE}`,
  'giu',
);
const FROM_TO = new RegExp(
  `\\bfrom\\s+(?:[^\\d,;]{0,40}?)${FIGURE}[^,;]{0,40}?\\bto\\s+(?:[^\\d,;]{0,20}?)${FIGURE}`,
  'giu',
);

/** The changes a sentence tells: [new figure, old figure] of each "to X from Y" and "from Y to X". */
function changesOf(sentence: string): [string, string][] {
  const fold = (n: string) => n.replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, '');
  const out: [string, string][] = [];
  for (const m of sentence.matchAll(TO_FROM)) out.push([fold(m[1]!), fold(m[2]!)]);
  for (const m of sentence.matchAll(FROM_TO)) out.push([fold(m[2]!), fold(m[1]!)]);
  return out.filter(([to, from]) => to !== from);
}

/**
 * Whether `a` tells a change from a figure `b` gives to one `b` does not ("revised its forecast to 500 mln from 350
 * mln" after "forecast a shortage of 350 mln"): `b` told the state before the change, `a` the change; two things.
 */
function changedFrom(a: Told, b: Told): boolean {
  return a.changes.some(([to, from]) => b.figures.has(from) && !b.figures.has(to));
}

function counted(list: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of list) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/** Precisions too coarse to say when a thing was told: a year, a month, a season, a quarter, a half, a decade. */
const COARSE: ReadonlySet<Precision> = new Set(['month', 'season', 'quarter', 'half', 'year', 'decade']);

/**
 * How many days apart two articles may be published and still tell one thing of a period not over when they
 * were written: "record earnings for fiscal 1987" said in April and again in June are two statements, while one
 * announcement is reported within days. (A period long past, "when the Taliban returned to power in August 2021",
 * is one fact however far apart it is retold.)
 */
const TOLD_WITHIN_DAYS = 21;

/**
 * Whether a sentence tells the same thing as an event's core (of the same date). The words compared
 * are what each main clause tells beyond its names (a long name in common is no likeness of content; a closing
 * attribution tells who says, not what). Both name who they are about: a name in common and half of the other
 * words; two names in common and a third of them; three or more, a fifth (and two words). Neither does: nearly the
 * same sentence. Never when they name different participants (two companies' results on one day), nor when both
 * give figures and the fewer are not all among the other's (one may be missing from four or more when the other
 * gives more: a rewrite adding detail; with as many on each side, a figure of each not in the other is another
 * estimate): "unemployment eased to 8.2 pct from 8.3 pct" and "rose to 8.4 pct from 8.2 pct" are two months'
 * figures. Never two stories filed from different places that name no one in common (two companies' dividend
 * notices), nor from two articles whose leads name no one in common, nor two sentences opening on two different
 * subjects unless each names the other's ("The Soviet Union will buy U.S. corn" and "U.S. corn acreage will
 * drop"). A period not over when told ("this year"), told by articles weeks apart, is two statements unless nearly the
 * same sentence. Names
 * compare whole ("Royal Bank" is not "Bank"), an acronym as its name ("EC", "European Community").
 */
export function tellsSame(core: Told, shared: number, told: Told): boolean {
  return tellsSameByWords(core, shared, told) && sameDoing(core, shared, told);
}

/**
 * Whether what two sentences say is done agrees (predicate.ts): a verb of one is a word of the other, or either
 * tells by no verb. Names, words and figures in common are not enough: "Ruritania will hold a tender tomorrow for
 * 20,000 tonnes of wheat" and "Ruritania bought 20,000 tonnes of wheat at its tender today" share nearly all their
 * words, and "will hold a meeting on May 4" and "called off the May 4 meeting" tell two things. Two sentences nearly
 * the same word for word (against the longer), or giving the same two figures or more, agree.
 */
function sameDoing(core: Told, shared: number, told: Told): boolean {
  // Nearly the same words, counted against the longer sentence: what one adds ("bought seven cargoes") counts.
  if (shared >= 5 && shared / Math.max(1, core.words.size, told.words.size) >= 0.85) return true;
  const sameFigures = told.figures.size > 0 && sameCounts(told.figures, core.figures);
  if (
    core.published !== null &&
    told.published !== null &&
    Math.abs(core.published - told.published) > RETOLD_AFTER_DAYS
  ) {
    // Told weeks apart, the later article names the date again in passing, about something else of the same
    // participants ("X, which reported its results on March 3, said today it will..."): it retells the same fact
    // only when both tell by a verb and share one, and give the same figures if both give any.
    if (core.figures.size && told.figures.size && !sameFigures) return false;
    return samePredicate(core.sentence, told.sentence, true);
  }
  // Two figures or more, the same on both sides, are one statement however it is worded.
  if (sameFigures && [...told.figures.values()].reduce((a, b) => a + b, 0) >= 2) return true;
  return samePredicate(core.sentence, told.sentence);
}

/**
 * How many days apart two articles are published before the later one's mention of a date must retell the
 * earlier's by the same verb: a story's follow-ups within the week tell it again, weeks later a date comes back in
 * passing.
 */
const RETOLD_AFTER_DAYS = 7;

/** Whether two counted sets of figures are the same. */
function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [f, k] of a) if (b.get(f) !== k) return false;
  return true;
}

/** tellsSame by who is named, the words and the figures in common, the stories, places and times of telling. */
function tellsSameByWords(core: Told, shared: number, told: Told): boolean {
  const { words, names, figures, place, story, subject } = told;
  // Never across stories: two articles about no one in common tell two things.
  // (Unless both open on the same subject: a roundup of several issuers tells each under its own name.)
  const oneSubject = subject !== null && core.subject !== null && sameSubject(subject, core.subject);
  if (!oneSubject && !sameStory(story, core.story)) return false;
  // Nor what two participants did, told by one teller: "Snow stressed livestock in the United States" and
  // "Cotton planting progressed in the South", the Weather Facility said of both.
  if (told.participants.size && core.participants.size && !namesOne(told.participants, core.participants)) return false;
  // Nor two subjects doing the same ("Silicon Graphics Inc is raising 35 mln dlrs" and "Rent-A-Center Inc is
  // raising 35 mln dlrs"), unless each names the other's.
  if (
    subject &&
    core.subject &&
    !oneSubject &&
    !(namesSubject(told.sentence, names, core.subject) && namesSubject(core.sentence, core.names, subject))
  )
    return false;
  if (figures.size && core.figures.size) {
    // Counted as many times as given: "126,000 to 131,000 head versus 126,000 week ago and 131,000 a year ago" is
    // not "126,000 to 130,000 head versus 131,000 week ago and 132,000".
    let [common, mine, theirs] = [0, 0, 0];
    for (const [f, k] of figures) {
      mine += k;
      common += Math.min(k, core.figures.get(f) ?? 0);
    }
    for (const k of core.figures.values()) theirs += k;
    const fewer = Math.min(mine, theirs);
    const spare = fewer >= 4 && mine !== theirs ? 1 : 0;
    if (common < fewer - spare) return false;
    if (changedFrom(told, core) || changedFrom(core, told)) return false;
  }
  // A name both tell only as their teller ("…, the EC statistics office Eurostat said" of inflation and of
  // unemployment) is no participant in common, when both name participants.
  const tellerOnly = (n: string) =>
    told.participants.size > 0 && core.participants.size > 0 && !told.participants.has(n) && !core.participants.has(n);
  let commonNames = 0;
  for (const n of names)
    if (!tellerOnly(n) && (core.names.has(n) || [...core.names].some((c) => sameName(c, n)))) commonNames++;
  if (place && core.place && place !== core.place && commonNames === 0) return false;
  const content = shared / Math.max(1, Math.min(core.words.size, words.size));
  const nearlySame = shared >= 5 && content >= 0.75;
  if (
    told.periodEnd !== null &&
    core.published !== null &&
    told.published !== null &&
    Math.abs(core.published - told.published) > TOLD_WITHIN_DAYS &&
    told.periodEnd >= Math.min(core.published, told.published)
  )
    return nearlySame;
  if (names.size && core.names.size) {
    if (commonNames === 0) return false;
    return commonNames >= 3
      ? shared >= 2 && content >= 0.2
      : commonNames === 2
        ? shared >= 2 && content >= 0.3
        : shared >= 3 && content >= 0.5;
  }
  // Without names on both sides there is no telling who: only nearly the same sentence; when only one names who
  // ("He forecast growth of two pct" and "French growth of two pct"), only all but the same sentence.
  return names.size || core.names.size ? shared >= 6 && content >= 0.85 : nearlySame;
}
