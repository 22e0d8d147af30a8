// Spans of a sentence that can answer a question of a given type: an amount, a count, a place, a date.
// Every answer the bot gives is one of these spans of a cited sentence (or a date resolved from one).
import { lexiconTags } from '../people/lexicon.js';
import { DATELINE } from '../text.js';
import { findDates } from '../dates/expressions.js';
import { levelToday } from '../dates/rules.js';
import { CAPITALISED_MONTH } from '../dates/months.js';

export interface AnswerSpan {
  start: number;
  end: number;
  /** The span as written. */
  text: string;
  /** What it says, made plain: an ISO date for a date, the words otherwise. */
  value: string;
  /** For a date: the expression needed the publication date to be read ("on Thursday"). */
  relative?: boolean;
  /** For a name: a person the people directory knows. */
  person?: boolean;
  /** For an amount: a share ("12 pct") rather than a sum of money. */
  share?: boolean;
  /** For an amount: a price of one unit ("$76 for each share", "7.75 dlrs a share"). */
  perUnit?: boolean;
  /** For an amount: a quantity of a thing, no sum ("1.18 mln tonnes", "500,000 barrels"). */
  measure?: boolean;
}

const SCALE = '(?:thousand|million|billion|trillion|mln|bln|bn|m|k|crore|lakh|lakhs)';
const CURRENCY_WORD =
  '(?:dollars?|dlrs?|euros?|pounds?|yuan|yen|rupees?|dirhams?|riyals?|rubles?|roubles?|francs?|dlrs|stg|usd|eur|gbp|pkr|inr|afghanis?|marks|pesetas?|lire|lira|guilders?|kronor|kroner|krona|crowns?|rand|pesos?|shillings?|schillings?|dinars?|escudos?|drachmas?|baht|ringgit|rupiah|zlotys?|forints?|cents?|cts|ecus?|european currency units?|sdrs?|special drawing rights)';
const SPELLED =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousands|dozens|dozen)';
const MONEY = new RegExp(
  [
    // $62bn, US$ 1.2 billion, € 3m, Rs 500 million, PKR 2.5 billion
    `(?:(?:US|A|C|HK|NZ)?\\$|€|£|¥|₹|Rs\\.?|PKR|INR|USD|EUR|GBP)\\s?\\d+(?:,\\d+)*(?:\\.\\d+)?(?:\\s?${SCALE}\\b)?`,
    // 62 billion dollars, 3.5 mln dlrs, 200 million yuan, 250 mln Australian dlrs, 1.33bn Hong Kong dollars, 132 mln
    // (U.S.) dlrs
    `\\b\\d+(?:,\\d+)*(?:\\.\\d+)?\\s?(?:${SCALE}\\s)?(?:(?:\\p{Lu}[\\p{L}.]*\\s){1,2}(?=${CURRENCY_WORD}\\b)|\\((?:\\p{Lu}[\\p{L}.]*\\s?){1,2}\\)\\s(?=${CURRENCY_WORD}\\b))?${CURRENCY_WORD}\\b`,
    // seven billion dlrs, twenty-five million marks: wires spell out small numbers
    `\\b${SPELLED}(?:[\\s-]${SPELLED})*\\s${SCALE}\\s${CURRENCY_WORD}\\b`,
  ].join('|'),
  'giu',
);
/** "12 per cent", "7.5%", and in words, as wires write small ones: "seven pct", "twenty-five percent". */
const PERCENT = new RegExp(
  `\\b(?:\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent|percent|pct\\b)|${SPELLED}(?:[\\s-]${SPELLED})*\\s(?:per ?cent|percent|pct)\\b)`,
  'giu',
);
const NUMBER = new RegExp(
  `\\b(?:(?:nearly|about|around|almost|over|more than|at least|some|up to|roughly)\\s)?(?:\\d+(?:,\\d+)*(?:\\.\\d+)?(?:\\s?${SCALE}\\b)?|${SPELLED}(?:[\\s-]${SPELLED})*\\b(?:\\s${SCALE}\\b)?)`,
  'giu',
);

function collect(re: RegExp, text: string): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(re)) {
    const t = m[0].trim();
    if (t) out.push({ start: m.index!, end: m.index! + t.length, text: t, value: t });
  }
  return out;
}

/** Units a quantity of a good is given in ("one mln tonnes of sugar", "500,000 barrels per day", "20 mln bushels"),
 *  and a distance, a speed or an index's move ("up to 10 metres", "300 km/h", "fell 508 points"). */
const MEASURE_UNIT =
  '(?:(?:metric |short |long |troy )?(?:tonnes?|tons?)|barrels?|bbls?|bushels?|(?:troy )?ounces?|oz|kilos?|kilogram(?:me)?s?|kgs?|lbs?|litres?|liters?|gallons?|cubic (?:metres?|meters?|feet|foot)|megawatts?|kilowatts?|gigawatts?|mw|acres?|hectares?|bales?|bags?|carats?|head of cattle|(?:kilo)?met(?:re|er)s?|km|miles?|feet|foot|inches|yards?|mph|km/h|knots|points)';
const MEASURE = new RegExp(
  `\\b(?:(?:nearly|about|around|almost|over|more than|at least|some|up to|roughly)\\s)?(?:\\d+(?:,\\d+)*(?:\\.\\d+)?|${SPELLED}(?:[\\s-]${SPELLED})*)(?:\\s?${SCALE})?\\s${MEASURE_UNIT}\\b`,
  'giu',
);

/** Words of weight before "pounds": a weight, no sum ("a maximum take-off weight of 870,000 pounds"). */
const WEIGHT = /\b(?:weigh\w*|weight|payload|thrust|load|lbs?)\b/i;

/**
 * A price's move with no unit, as wires write a stock's or an index's: "rose 1-1/4 to 82-1/4", "fell 3/8 at 21",
 * "was up 2.50 points".
 */
const MOVE =
  /\b(?:rose|fell|gained|lost|climbed|dropped|slipped|eased|jumped|added|firmed|(?:was|were|is|are|closed)\s+(?:up|down))\s+(\d+(?:-\d\/\d{1,2}|\.\d+)?|\d\/\d{1,2})(?=\s+(?:to|at|points?)\b)/gu;

/** Words of a traded price before its move: "shares", "stock", "index", "futures", "the dollar". */
const PRICED =
  /\b(?:stocks?|shares?|prices?|index|indices|futures|contracts?|bonds?|notes|yields?|dollar|yen|sterling|mark|franc|gold|silver|crude|quoted|traded|trading|points?)\b/iu;

/** Sums of money and shares: "$62bn", "3.5 mln dlrs", "12 per cent"; and a price's move with no unit (MOVE). */
export function amountSpans(text: string): AnswerSpan[] {
  // ("a take-off weight of 870,000 pounds" is a weight.)
  const money = collect(MONEY, text).filter(
    (m) => !/pounds$/i.test(m.text) || !WEIGHT.test(text.slice(Math.max(0, m.start - 40), m.start)),
  );
  const shares = collect(PERCENT, text)
    .filter((p) => !money.some((m) => overlaps(m, p)))
    .map((p) => ({ ...p, share: true }));
  const perUnit = (m: AnswerSpan) =>
    /^\s*(?:for )?(?:each|a|an|per|every)\s+\p{L}+/u.test(text.slice(m.end, m.end + 30));
  const measures = collect(MEASURE, text)
    .filter((q) => !money.some((m) => overlaps(m, q)) && !shares.some((p) => overlaps(p, q)))
    .map((q) => ({ ...q, share: false, measure: true }));
  const moves = [...text.matchAll(MOVE)]
    .map((m) => {
      const start = m.index! + m[0].length - m[1]!.length;
      return { start, end: start + m[1]!.length, text: m[1]!, value: m[1]!, share: false };
    })
    .filter((v) => ![...money, ...shares, ...measures].some((o) => overlaps(o, v)))
    // A whole number moves a price only where the sentence trades ("its stock rose 2 to 45"), not a count's
    // ("the death toll rose 12 to 45").
    .filter((v) => !/^\d+$/.test(v.text) || PRICED.test(text.slice(Math.max(0, v.start - 60), v.start)));
  return ranged(
    text,
    [...money.map((m) => ({ ...m, share: false, perUnit: perUnit(m) })), ...shares, ...measures, ...moves].sort(
      (a, b) => a.start - b.start,
    ),
  );
}

/**
 * The low end of a range, just before an amount it shares a unit with: "$10-25m", "3.5-4 pct", "1.5 to 2 billion
 * dlrs", "between 10 and 15 mln dlrs", "$2m-$3m". Taken into one span with the high end; a low end read as an
 * amount of its own ("$10" of "$10-25m", ten dollars) is no answer apart from it.
 */
const RANGE_LOW = new RegExp(
  `(?:\\bbetween\\s+((?:(?:US|A|C)?\\$|€|£|¥)?\\d+(?:,\\d+)*(?:\\.\\d+)?(?:\\s?${SCALE})?)\\s+and\\s+|(?<![\\d.,])((?:(?:US|A|C)?\\$|€|£|¥)?\\d+(?:,\\d+)*(?:\\.\\d+)?(?:\\s?${SCALE})?)\\s*(?:-|–|\\s+to\\s+))$`,
  'iu',
);

/** The high end after a sum written with its currency first, the unit shared: "$10-25m", "£5-10", "$2 to 3 billion". */
const RANGE_HIGH = new RegExp(`^(?:-|–|\\s+to\\s+)(\\d+(?:,\\d+)*(?:\\.\\d+)?(?:\\s?${SCALE}\\b)?)`, 'iu');

function ranged(text: string, spans: AnswerSpan[]): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const s of spans) {
    const high = /^(?:(?:US|A|C|HK|NZ)?\$|€|£|¥)/u.test(s.text) ? RANGE_HIGH.exec(text.slice(s.end)) : null;
    if (high) {
      const t = text.slice(s.start, s.end + high[0].length);
      out.push({ ...s, end: s.end + high[0].length, text: t, value: t });
      continue;
    }
    const low = RANGE_LOW.exec(text.slice(Math.max(0, s.start - 40), s.start));
    // ("rose from 10 to 15 mln dlrs" tells where it went, no range.)
    if (!low || /\bfrom\s+$/iu.test(text.slice(Math.max(0, s.start - low[0].length - 6), s.start - low[0].length))) {
      out.push(s);
      continue;
    }
    // ("between 10 and 15 mln dlrs" keeps its "between".)
    const start = s.start - low[0].length + (low[1] ? 0 : low[0].indexOf(low[2]!));
    // (The low end taken apart before it, as an amount of its own.)
    while (out.length && out.at(-1)!.start >= start) out.pop();
    const t = text.slice(start, s.end);
    out.push({ ...s, start, text: t, value: t });
  }
  return out;
}

/** What follows a number that ends a name: a stop, or a word that opens what comes next ("Shrek 2 to", "Radio 4 and"). */
const NAME_NUMBER_AFTER =
  /^(?:\s*[,.;:)'"’”]|\s*$|\s+(?:to|and|or|in|on|at|for|with|by|from|of|was|is|were|are|has|had|will|would|which|that)\b)/u;

/** Numbers that count something, not years, days of the month, money or shares; nearest the counted noun first
 *  (only those beside it, `onlyCounted`, or else any). */
export function countSpans(text: string, counted: string | null, onlyCounted = false): AnswerSpan[] {
  const taken = [...amountSpans(text), ...dateSpans(text, null), ...collect(YEARLESS, text)];
  const stemOf = (w: string) => w.toLowerCase().replace(/(?:ies|es|s)$/u, '');
  const noun = counted ? stemOf(counted) : null;
  let spans = collect(NUMBER, text).filter((s) => {
    if (taken.some((t) => overlaps(t, s))) return false;
    // Years and ordinals-as-dates are not counts.
    if (/^(?:1[5-9]|20)\d{2}$/.test(s.text)) return false;
    // Nor a number in a name, after a capitalised word inside the sentence and before no noun it counts: "beaten
    // Shrek 2 to the prizes", "on Radio 4." ("Smith 12 people were hurt" counts).
    if (
      /[\p{L},;]\s+\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, s.start - 30), s.start)) &&
      NAME_NUMBER_AFTER.test(text.slice(s.end, s.end + 12))
    )
      return false;
    return true;
  });
  if (!noun) return spans;
  // "How many Europeans": a length of time ("over the past 12 months") counts no Europeans.
  if (!UNIT_WORD.test(counted!)) {
    const lengths = durationSpans(text);
    spans = spans.filter((s) => !lengths.some((l) => overlaps(l, s)));
  }
  // "How many hectares": a measure in the very unit asked ("About 2,900 hectares") is the count.
  const measured = taken.filter((t) => t.measure && stemOf(t.text.split(/\s+/u).pop()!) === noun);
  if (measured.length) return measured;
  // "nearly one million illegal Afghan nationals", "applications … fell to 332,900": the counted noun a few words
  // after the number, or before it in the same clause.
  // ("How many Europeans have broadband?": "54 million people" counts them; so for users, voters, residents.)
  const ofPeople = PEOPLE_NOUNS.test(counted!) || lexiconTags(counted![0]!.toUpperCase() + counted!.slice(1)).demonym;
  const isNoun = (w: string) =>
    stemOf(w) === noun ||
    (w.length > 3 && (stemOf(w).startsWith(noun) || noun.startsWith(stemOf(w)))) ||
    (ofPeople && /^(?:people|persons|individuals|adults)$/u.test(w));
  const near = spans.filter((s) => {
    const after = text
      .slice(s.end, s.end + 60)
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter(Boolean)
      .slice(0, 4);
    const before = text
      .slice(Math.max(0, s.start - 120), s.start)
      .split(/[;:]/)
      .pop()!
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter(Boolean)
      .slice(-10);
    return after.some(isNoun) || before.some(isNoun);
  });
  return near.length || onlyCounted ? near : spans;
}

/** Nouns for people a count of "people" may give: "how many users", "how many voters". */
const PEOPLE_NOUNS =
  /^(?:users|voters|residents|citizens|adults|customers|subscribers|viewers|listeners|fans|visitors|patients|workers|employees|consumers|children|women|men)$/iu;

const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)';
/** A unit of time alone: a length of time counts no other noun. */
const UNIT_WORD = new RegExp(`^${UNIT}$`, 'iu');
const DURATION = new RegExp(
  `\\b(?:(?:nearly|about|around|almost|over|more than|at least|some|up to|just|only)\\s)?(?:\\d[\\d,.]*|a|an|${SPELLED}(?:[\\s-]${SPELLED})*)[\\s-]+${UNIT}(?:[\\s-]old)?\\b|\\b\\d+-year-old\\b|\\baged\\s\\d{1,3}\\b`,
  'giu',
);

/** How many times as much: "about 600 times sweeter", "three times more", "five times as large" (not "three times a
 *  week", which counts). */
const MULTIPLIER = new RegExp(
  `\\b(?:(?:about|some|nearly|around|almost|up to|more than|roughly)\\s)?(?:\\d+(?:[.,]\\d+)*|${SPELLED})\\s+times(?=\\s+(?:as\\s|more\\b|less\\b|faster\\b|\\p{Ll}{2,}er\\b))`,
  'giu',
);

export function multiplierSpans(text: string): AnswerSpan[] {
  return collect(MULTIPLIER, text);
}

/** A result as sport writes it: "2-1", "7-6 (7-3) 6-3", "6-4, 3-6, 7-5". */
const SCORE =
  /(?<![\d.,/-])\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))?(?:(?:,\s*|\s+)\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))?)*(?![\d-])(?!\s*(?:pct|%|per|years?|months?|weeks?|days?))/gu;

export function scoreSpans(text: string): AnswerSpan[] {
  return collect(SCORE, text);
}

/** An age given as a figure after "age": "the average age of a gamer being 29", "the median age is 41". */
const AGE_FIGURE =
  /\bage(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:is|was|being|of|stood at|at)\s+(?:about\s+|around\s+|nearly\s+)?(\d{1,3})\b(?!\s*(?:%|per|pct))/giu;

export function ageFigureSpans(text: string): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(AGE_FIGURE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, value: m[1]! });
  }
  return out;
}

/** Lengths of time and ages: "33 months", "almost 20 years", "the 30-year-old". */
export function durationSpans(text: string): AnswerSpan[] {
  return collect(DURATION, text).filter(
    (s) => !/^(?:a|an)\s/i.test(s.text) || /\b(?:a|an)\s(?:decade|century|year|month|week|fortnight)\b/i.test(s.text),
  );
}

/** A time of day as news writes it: "0940 hrs (0040 GMT)", "10.30am", "3 p.m.", "14:30 local time". */
const CLOCK =
  /\b(?:(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours|GMT|gmt|local time)|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:GMT|BST|EST|EDT|CET|local time))?)(?![\p{L}\p{N}])/gu;

/**
 * The times of day a sentence gives, dated by its article: "the quake, which struck at 0940 hrs" tells the hour of
 * the day the dateline gives. An undated article's time is given as written.
 */
export function clockSpans(text: string, published: string | null): AnswerSpan[] {
  const day = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  return collect(CLOCK, text).map((s) => (day ? { ...s, value: day, relative: true } : s));
}

const MONTHS = CAPITALISED_MONTH;
const YEARLESS = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTHS}|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?)\\b(?!,?\\s*\\d{4})`,
  'gu',
);

/** A month alone after a preposition: "revisit it in November", "until early March". */
const MONTH_ALONE = new RegExp(
  `(?<=\\b(?:in|until|till|by|from|since|during|before|after|through|of)\\s+)(?:(?:early|mid|late)[\\s-])?${MONTHS}(?![\\s-]*\\d)(?!\\p{L})`,
  'gu',
);

const UNANCHORED = new RegExp(
  `\\b(?:(?:next|last|this|on|coming)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:yesterday|today|tomorrow)\\b|\\b(?:next|last|this)\\s+(?:week|month|year|weekend|season|spring|summer|autumn|fall|winter|${MONTHS})(?!\\p{L})`,
  'gu',
);

/** Dates in the sentence, resolved against the article's publication date. */
export function dateSpans(text: string, published: string | null): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of findDates(text, published)) {
    // "now", "currently", "recently", "in the future" say no when (TimeML's PRESENT/PAST/FUTURE_REF, kept by findDates
    // for scoring, are never shown as dates).
    if (m.dateline || m.precision === 'ref') continue;
    const at = text.indexOf(m.text, Math.max(0, m.index - m.text.length));
    const start = at >= 0 ? at : m.index;
    out.push({
      start,
      end: start + m.text.length,
      text: m.text,
      value: m.end ? `${m.date} – ${m.end}` : m.date,
      relative: m.relative,
    });
  }
  // An undated article's "from 8 November", "next Monday", "next May" or "in November" cannot be given a year, but it still says
  // when: beside a year it does write ("the first grand slam of 2005, which begins on 17 January") too.
  if (!published)
    for (const span of [...collect(YEARLESS, text), ...collect(UNANCHORED, text), ...collect(MONTH_ALONE, text)])
      if (
        !out.some((o) => overlaps(o, span)) &&
        // ("from about 4.5% today to 25%": the present, no day.)
        !(/^today$/iu.test(span.text) && levelToday(text, span.start, span.text.length))
      )
        out.push(span);
  return out.sort((a, b) => a.start - b.start);
}

const LOCATIVE =
  /\b(?:in|at|to|from|near|off|outside|inside|across|into|towards?)\s+((?:the\s)?\p{Lu}[\p{L}'’-]+(?:\s(?:of\s)?\p{Lu}[\p{L}'’-]+)*)/gu;
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr)\b/;

/**
 * Where a body is based, written before its name or its noun: "Houston-based Panhandle Eastern", "a London-based
 * bank", "the Paris-headquartered group".
 */
const BASED =
  /(?<![\p{L}-])(?!(?:The|A|An)\s)(\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)*)-(?:based|headquartered)\s+(?=\p{Lu}|(?:\p{Ll}+\s){0,2}(?:company|firm|group|bank|maker|manufacturer|concern|unit|subsidiary|agency|charity|organisation|organization|insurer|retailer|carrier|airline|producer|developer|publisher|broker|investor|fund|trust|body|team|club|band)\b)/gu;
/** Platforms and creeds that a body is "based" on, not in: "Windows-based software", "a Christian-based charity". */
const NOT_BASE =
  /^(?:Internet|Web|Windows|Linux|Unix|Java|PC|Mac|Android|IP|Christian|Muslim|Islamic|Catholic|Jewish)$/u;

/** The last word of an organisation's name, a plain place's rarely: "National Company", "Superior Court", "Lloyds Bank". */
const ORG_END =
  /\s(?:Company|Co|Corp|Corporation|Inc|Ltd|Plc|Group|Bank|Court|Council|Committee|Commission|Association|Party|Union|Institute|University|Agency|Department|Ministry|Board|Fund|Foundation|Trust|Club)$/u;

/**
 * A name of two words or three that opens on a known given name and the lexicon knows as no place: a person's
 * ("belonging to Jimi Hendrix"), not "Port Elizabeth", "Santa Clara" nor one ending in a place's noun ("Roxy Theatre").
 */
function personShaped(name: string): boolean {
  const ws = name.split(' ');
  return (
    ws.length >= 2 &&
    ws.length <= 3 &&
    !PLACE_NOUN.test(ws.at(-1)!) &&
    lexiconTags(ws[0]!).first &&
    !lexiconTags(name).place
  );
}

/** The last word of a place's or a building's name: "Roxy Theatre", "Alice Springs", "Victoria Falls". */
const PLACE_NOUN =
  /^(?:Theatre|Theater|Cafe|Café|Hall|Street|Road|Avenue|Square|Park|Hotel|Centre|Center|Stadium|Arena|Springs|Falls|Bay|Island|Islands|Town|City|County|Valley|Beach|Harbour|Harbor|Port|Bridge|Gardens|Palace|Castle|Abbey|Cathedral|Church|Airport|Station)$/u;

/** Places named in the sentence: capitalised names after "in", "at", "to", "from"…, and names the lexicon knows as places. */
export function placeSpans(text: string): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  // A body's name ("the Marin County Superior Court", "the Soviet Union", "Harvard University") says where only
  // when the sentence names no plainer place.
  const bodies: AnswerSpan[] = [];
  const seen = new Set<string>();
  const add = (name: string, at: number) => {
    // ("in Saudi Arabia's National Company": the place is the owner, before its possessive.)
    const clean = name.replace(/^the\s/, '').replace(/['’]s(?:\s.*)?$/u, '');
    if (!clean || seen.has(clean) || NOT_PLACE.test(clean) || personShaped(clean)) return;
    seen.add(clean);
    const start = text.indexOf(clean, at);
    if (start >= 0)
      (ORG_END.test(clean) ? bodies : out).push({ start, end: start + clean.length, text: clean, value: clean });
  };
  for (const m of text.matchAll(LOCATIVE)) add(m[1]!, m.index!);
  for (const m of text.matchAll(BASED)) if (!NOT_BASE.test(m[1]!)) add(m[1]!, m.index!);
  // The lexicon is asked (a tagger call per new word) only when no name follows "in", "at", "to"…
  if (out.length) return out.sort((a, b) => a.start - b.start);
  // A sentence may open on a place ("The Netherlands is the biggest importer"), but not on a wire's dateline
  // ("JAKARTA, March 2 -", "CASTRIES, St. Lucia, June 29 -"), where the story was filed.
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*/gu)) {
    if (m.index < dateline || (m.index === 0 && /^\p{Lu}{2,}[\p{Lu}\s.'’-]*,/u.test(text))) continue;
    // A possessive ends a name: "Dunmore Inc's Nashville" is the firm's, then the place.
    let at = m.index!;
    for (const part of m[0].split(/(?<=['’]s)\s/u)) {
      // ("Toronto-based analysts": the place, without the compound's lower-case end.)
      const name = part
        .replace(/['’]s$/u, '')
        .replace(/^The\s(?=\p{Lu})/u, '')
        .replace(/-\p{Ll}+$/u, '');
      if (lexiconTags(name).place) add(name, at);
      at += part.length + 1;
    }
  }
  return (out.length ? out : bodies).sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
