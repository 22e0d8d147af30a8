// Dated expressions in running text, resolved against the article's publication date.
// chrono-node finds the expressions; its output is then filtered and resolved by our own rules:
// precision as the text gives it, the year of a month or weekday from the narration, nothing invented.
import * as chrono from 'chrono-node';
import { MONTH_PATTERN, isoDay, monthNumber, pad } from './months.js';

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  /** ISO date at the given precision: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** Last day (or month, or year) of a range, same precision. */
  end?: string;
  precision: Precision;
  /** Where the expression stands in the text. */
  index: number;
  text: string;
  /** Resolved from the publication date rather than written in full. */
  relative: boolean;
}

const parser = chrono.en.casual.clone();

/** Expressions that are not dates of events: durations, clock times, "two hours ago", "one week later", weeks. */
const REJECT = /\b(?:ago|later|earlier than|hours?|minutes?|seconds?|tonight|this morning|this evening|weeks?|fortnight)\b|^for\b|^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const DATEY = new RegExp(`${MONTH_PATTERN}|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:19|20)\\d{2}\\b|\\b(?:last|this|next) (?:month|year)\\b|\\byesterday\\b|\\btoday\\b|\\btomorrow\\b`, 'i');
const FUTURE = /\b(?:will|shall|set for|set to|scheduled|due to|plans? to|planned for|upcoming|to be held|is to be|are to be|expected to)\b/i;
/**
 * Reported future: "said the port would reopen on Monday". Only when "would" governs the date: not "would have",
 * and no reporting verb or clause break between them ("would help, the presidency said on Tuesday").
 */
function wouldGoverns(before: string): boolean {
  const at = before.search(/\bwould\b(?!.*\bwould\b)/is);
  if (at < 0) return false;
  const between = before.slice(at);
  return !/^would\s+(?:not\s+)?have\b/i.test(between) && !/[,;:—–()]|\b(?:said|says|told|tells|added|announced|stated|reported|confirmed|noted|wrote)\b/i.test(between);
}

/** Words that date an expression relative to an unknown moment: meaningless without a publication date. */
const DEICTIC = /\b(?:last|this|next|yesterday|today|tomorrow|earlier|later|ago|past|coming)\b/i;
const MAYBE_DATE = new RegExp(`${MONTH_PATTERN}|day\\b|\\b(?:1[89]|20)\\d{2}\\b|\\d{4}-\\d{2}|\\b(?:last|this|next) (?:month|year)\\b|yesterday|today|tomorrow`, 'i');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The year for a month (and day) written without one. News narrates the past, so the latest such date on or before
 * publication, unless the sentence speaks of the future ("will", "scheduled for"); a day within two weeks after
 * publication ("the summit from June 15-17" in a June 7 article) is taken as the coming one.
 */
function yearFor(month: number, day: number | null, ref: Date, direction: 'forward' | 'backward'): number {
  const y = ref.getUTCFullYear();
  const r = ref.getTime();
  const candidates = [y - 1, y, y + 1].map((year) => ({ year, t: Date.UTC(year, month - 1, day ?? 1) }));
  if (direction === 'forward') {
    const ahead = candidates.filter((c) => (day ? c.t >= r - 86400_000 : Date.UTC(c.year, month, 0) >= r));
    return ahead[0]!.year;
  }
  const soon = day ? candidates.find((c) => c.t > r && c.t - r <= 14 * 86400_000) : undefined;
  if (soon) return soon.year;
  const before = candidates.filter((c) => c.t <= r);
  return before[before.length - 1]!.year;
}

function weekday(name: string, ref: Date, mode: 'last' | 'next' | 'past' | 'future'): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = ref.getUTCDay();
  let delta: number;
  if (mode === 'last') delta = -(((today - target + 7) % 7) || 7);
  else if (mode === 'past') delta = -((today - target + 7) % 7);
  else if (mode === 'next') delta = ((target - today + 7) % 7) || 7;
  else delta = (target - today + 7) % 7;
  return ymd(new Date(ref.getTime() + delta * 86400_000));
}

/** Dates a sentence mentions. Without a publication date, only dates written in full (with a year) are kept. */
export function findDates(raw: string, published: string | null): DateMention[] {
  // Dates inside links (".../2025/08/01/...") belong to the link, not the story.
  const sentence = raw.replace(/\b(?:https?:\/\/|www\.)\S+/giu, (u) => ' '.repeat(u.length));
  const ref = published ? new Date(`${published.length === 10 ? published : published + '-01'}T12:00:00Z`) : null;
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  // chrono is thorough but slow: only sentences with a month, weekday, year or relative date word go to it.
  if (!MAYBE_DATE.test(sentence)) return out;
  const future = FUTURE.test(sentence);
  const results = parser.parse(sentence, ref ? { instant: ref, timezone: 0 } : new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const text = r.text.trim();
    if (REJECT.test(text) || !DATEY.test(text)) continue;
    if (!ref && DEICTIC.test(text)) continue;
    // A wire dateline ("June 7 (UPI) --") is the article's own date, not an event.
    if (/^\s*\(\p{Lu}[\p{L}. ]{1,30}\)\s*(?:--|—|–|-)/u.test(sentence.slice(r.index + r.text.length))) continue;
    const m = resolve(r, text, ref, future || wouldGoverns(sentence.slice(0, r.index)), sentence);
    if (!m) continue;
    out.push(m);
    taken.push([r.index, r.index + r.text.length]);
  }
  // What chrono leaves: bare years ("in 2017", "from 1996 through 2021") and "in early May".
  const free = (i: number, j: number) => !taken.some(([a, b]) => i < b && j > a);
  const YEARS = /\b(in|since|by|from|until|till|through|during|of|before|after|early|late|mid-?|around|between)\s+((?:19|20)\d{2})(?:\s*(to|through|until|and|-|–)\s*((?:19|20)\d{2}))?\b(?![-/.,]\d|\s*(?:percent|%|people|troops|soldiers|attacks))/giu;
  for (const m of sentence.matchAll(YEARS)) {
    const at = m.index! + m[0].indexOf(m[2]!);
    if (!free(at, at + 4)) continue;
    const [lead, first, link, second] = [m[1]!.toLowerCase(), m[2]!, m[3]?.toLowerCase(), m[4]];
    // "from 1996 through 2021" and "between 2001 and 2021" are ranges; "in 2021 and 2023" is two years.
    const range = second && +second > +first && (link !== 'and' || lead === 'between');
    out.push({ date: first, ...(range ? { end: second } : {}), precision: 'year', index: at, text: m[0], relative: false });
    if (second && !range) out.push({ date: second, precision: 'year', index: m.index! + m[0].lastIndexOf(second), text: second, relative: false });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  if (ref) {
    const re = new RegExp(`\\b(?:in|since|during|by|until)\\s+(?:the\\s+)?(?:early|mid|late|beginning of|start of|middle of|end of)[\\s-]+(${MONTH_PATTERN})(?!\\s*\\d)`, 'giu');
    for (const m of sentence.matchAll(re)) {
      if (!free(m.index!, m.index! + m[0].length)) continue;
      const month = monthNumber(m[1]!);
      if (!month) continue;
      out.push({ date: `${yearFor(month, null, ref, future ? 'forward' : 'backward')}-${pad(month)}`, precision: 'month', index: m.index!, text: m[0], relative: true });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function resolve(r: chrono.ParsedResult, text: string, ref: Date | null, future: boolean, sentence: string): DateMention | null {
  const known = (c: chrono.ParsedComponents, k: chrono.Component) => c.isCertain(k);
  const s = r.start;
  const relative = !known(s, 'year');
  if (relative && !ref) return null;
  let date: string | null = null;
  let precision: Precision;
  const lower = text.toLowerCase();
  // "last month", "last year", "this year": chrono knows the year; the text knows only the month or year.
  if (/\b(?:last|this|next) year\b/.test(lower)) {
    return { date: String(s.get('year')), precision: 'year', index: r.index, text, relative: true };
  }
  if (/\b(?:last|this|next) month\b/.test(lower)) {
    return { date: `${s.get('year')}-${pad(s.get('month')!)}`, precision: 'month', index: r.index, text, relative: true };
  }
  if (known(s, 'weekday') && !known(s, 'day')) {
    const name = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i.exec(text)?.[0];
    if (!name || !ref) return null;
    const mode = /\blast\b/i.test(text) ? 'last' : /\bnext\b/i.test(text) ? 'next' : future ? 'future' : 'past';
    return { date: weekday(name, ref, mode), precision: 'day', index: r.index, text, relative: true };
  }
  if (!known(s, 'month')) {
    if (known(s, 'year')) return { date: String(s.get('year')), precision: 'year', index: r.index, text, relative: false };
    return null;
  }
  const month = s.get('month')!;
  // "end of March", "early June": the text gives the month, not a day.
  const dayKnown = known(s, 'day') && !/\b(?:end|beginning|start|middle) of\b|\b(?:early|mid|late)\b/i.test(text);
  const year = known(s, 'year') ? s.get('year')! : yearFor(month, dayKnown ? s.get('day')! : null, ref!, future ? 'forward' : 'backward');
  if (dayKnown) {
    date = isoDay(year, month, s.get('day')!);
    precision = 'day';
  } else {
    date = `${year}-${pad(month)}`;
    precision = 'month';
  }
  if (!date) return null;
  let end: string | undefined;
  const e = r.end;
  if (e && known(e, 'month')) {
    const em = e.get('month')!;
    const ey = known(e, 'year') ? e.get('year')! : em < month ? year + 1 : year;
    end = precision === 'day' && known(e, 'day') ? isoDay(ey, em, e.get('day')!) ?? undefined : `${ey}-${pad(em)}`;
  } else if (precision === 'day') {
    // "October 25–30": chrono reads the first day only.
    const tail = /^\s*[–—-]\s*(\d{1,2})\b(?!\s*(?:%|percent))/u.exec(sentence.slice(r.index + r.text.length));
    if (tail && +tail[1]! > s.get('day')!) end = isoDay(year, month, +tail[1]!) ?? undefined;
  }
  if (end && end <= date) end = undefined;
  return { date, ...(end ? { end } : {}), precision, index: r.index, text, relative };
}
