// Dated events of one article: each sentence that carries a date, with the date resolved. A sentence a page broke
// across lines is joined again before it is dated; captions, timestamps and bylines give no event.
import type { Document, Passage } from '../types.js';
import { passageSentences } from '../text.js';
import { findDates, readHeadline, type ArticleContext, type DateMention } from '../dates/expressions.js';
import { dateAsReference, dateInLabel, eraKind, yearTitle } from '../dates/era-kind.js';
import type { EventMention } from './mention.js';
import { namesInSentence } from './same-event.js';
import { creditSpans, endsWithCredit, mayHoldCredit } from '../ingest/credits.js';
import { isDeskCredit } from '../ingest/desk-credits.js';

export type { EventMention } from './mention.js';

/**
 * An article's opening sentence, after any page furniture: its lead. When it names no one (a table of figures:
 * "Shr 1.23 dlrs vs 1.33 dlrs"), the company its headline names, which is who the story is about: two companies'
 * tables tell two stories.
 */
export function leadOf(doc: Document): string | null {
  for (const p of doc.passages) {
    if (p.aside || isFurniture(p.text)) continue;
    const first = passageSentences(p)[0];
    if (!first) continue;
    if (namesInSentence(first.text).size) return first.text;
    return companyOf(doc.title) ?? first.text;
  }
  return null;
}

/** A period and the word that says the date after it is its end: "the year ended", "the fiscal year ending". */
const PERIOD_END = /\b(?:year|quarter|period|half|months)\s+(?:ended|ending|ends?|to)\s+(?:on\s+)?$/iu;

/** The first of two spans a writer guesses between, before the second and its "ago": "a year or", "12 or". */
const EITHER_SPAN =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?:\s+(?:years?|months?|weeks?|days?))?\s+or\s+$/iu;

/** A company a headline opens on, to its legal form or its ticker: "ACME TOOLS CORP <ACT>" of "ACME TOOLS CORP <ACT> 4TH QTR NET". */
const HEADLINE_COMPANY =
  /^\s*((?:[\p{L}\p{N}&.'’-]+\s+){0,7}?(?:(?:INC|CORP|CORPORATION|CO|COS|LTD|LIMITED|PLC|LLC|AG|SA|NV|SPA|GMBH|BHD|LP)\b\.?(?:\s*<[^<>\s]{1,12}>)?|[\p{L}\p{N}&.'’-]+\s*<[^<>\s]{1,12}>))/iu;

function companyOf(title: string): string | null {
  const m = HEADLINE_COMPANY.exec(title);
  return m && namesInSentence(m[1]!).size ? m[1]! : null;
}

/** A line that stops where no sentence (nor headline) can: on a comma, an article, a preposition, a conjunction. */
const BROKEN_OFF =
  /(?:,|\b(?:on|in|at|by|of|to|the|a|an|and|or|but|from|for|with|that|since|until|than|as|into|after|before|during|between|said|says|its|their|his|her))\s*$/i;
/** Page furniture written as a sentence: update stamps and bylines (photo credits are asked of credits.ts). */
const STAMP_OR_BYLINE_SENTENCE =
  /^\s*(?:Updated|Published|Posted|Last updated|First published|Modified)\b[^.]{0,60}$|^\s*By\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*$/u;
/** A sentence that is page furniture: it holds a photo credit, or it is a stamp or a byline. */
const isFurnitureSentence = (sentence: string) =>
  (mayHoldCredit(sentence) && creditSpans(sentence).length > 0) || STAMP_OR_BYLINE_SENTENCE.test(sentence);

/** A page stamp or byline on a line of its own: "Last modified on Tue 4 Mar 2025 10.12 GMT", "By Ana Reyes | March 4". */
const STAMP =
  /^\s*(?:(?:Last\s+)?(?:Updated|Modified)|(?:First\s+)?Published|Posted|Last\s+updated)\b(?:\s+on)?:?\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/iu;
const BYLINE = /^\s*By\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]+){0,5}\s*(?:$|[|,•·—–-])/u;
/** What is left of a line once dates, clock times, zones and calendar words are taken out. */
const CALENDAR_WORDS =
  /\b(?:\d{1,4}(?:[:.]\d{2})?(?:st|nd|rd|th)?|[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|on|at|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?)\b/giu;

/**
 * Page furniture as a whole paragraph: a caption ending with its photo credit, a desk's credit line, a stamp, a
 * byline, or a line of nothing but a date and a time. None of its sentences is an event.
 */
export function isFurniture(paragraph: string): boolean {
  const text = paragraph.trim();
  if (endsWithCredit(text) || isDeskCredit(text)) return true;
  if (text.length > 120) return false;
  if (STAMP.test(text) || BYLINE.test(text)) return true;
  return /\d{1,2}[:.]\d{2}/.test(text) && text.replace(CALENDAR_WORDS, ' ').replace(/[\s,.:|/•·()–—-]+/gu, '') === '';
}

/** The line right before `start`, when it breaks off mid-sentence and the line at `start` carries it on. */
function brokenLineBefore(text: string, start: number): string | null {
  if (text[start - 1] !== '\n') return null;
  const from = text.lastIndexOf('\n', start - 2) + 1;
  const line = text.slice(from, start - 1).trim();
  if (!line || /[.!?:;”"’)]$/u.test(line)) return null;
  const next = text.slice(start, start + 1);
  if (!BROKEN_OFF.test(line) && !/^\p{Ll}/u.test(next)) return null;
  // Only the line's last sentence belongs to the one carried on.
  const tail = /(?:^|[.!?]["”’)]?\s+)([^.!?]*)$/u.exec(line);
  return tail ? tail[1]!.trim() : line;
}

/** The sentences of a passage to date, its first joined to the line before when a page broke it there. */
function sentencesOf(doc: Document, p: Passage, nextStart: number | null): string[] {
  const out = passageSentences(p).map((s) => s.text);
  const head = brokenLineBefore(doc.text, p.start);
  if (head && out.length) out[0] = `${head} ${out[0]}`;
  // The last sentence goes on in the next passage: dated there, whole.
  if (
    out.length &&
    nextStart !== null &&
    /^[ \t]*\n$/.test(doc.text.slice(p.end, nextStart)) &&
    brokenLineBefore(doc.text, nextStart) !== null
  )
    out.pop();
  return out;
}

/**
 * The date an event is placed at. A fiscal period is not placed as the calendar one of its name (TimeML's value, which
 * findDates keeps for scoring): with the months the text gives ("the fiscal first quarter ended Sept. 30"), those
 * months; without them, `FY` and its value ("FY1989-Q1"), which a date filter matches by its year alone, as its
 * months are unknown (values.ts).
 */
export function eventDate(d: DateMention): { date: string; end?: string } {
  if (!d.fiscal) return { date: d.date, ...(d.end ? { end: d.end } : {}) };
  const months = d.fiscal.months;
  if (months) return { date: months[0], end: months[1] };
  return { date: `FY${d.date}`, ...(d.end ? { end: `FY${d.end}` } : {}) };
}

export function extractEvents(
  doc: Document,
  article: ArticleContext = {},
  own: number = doc.passages.length,
): EventMention[] {
  const out: EventMention[] = [];
  // (A results headline's quarter, "4TH QTR LOSS", is what the whole report is of.)
  if (doc.title) readHeadline(doc.title, doc.date, article);
  // The sentences are read in order, each with what the ones before told ("The following month, ..."); a caller that
  // reads an article in slices of passages passes the same context to each slice, and each slice one passage more
  // than its `own`: that one is only looked at for a sentence going on into it, never read (the next slice reads it).
  doc.passages.forEach((p, k) => {
    if (k >= own || p.aside) return;
    // An aside (a byline, a results row) gives no event, nor is a sentence carried on into it.
    const next = doc.passages[k + 1]?.aside ? undefined : doc.passages[k + 1];
    if (isFurniture(p.text)) return;
    for (const sentence of sentencesOf(doc, p, next ? next.start : null)) {
      if (isFurnitureSentence(sentence)) continue;
      const seen = new Set<string>();
      // The months the sentence's spans end in.
      const ends = new Set<string>();
      for (const d of findDates(sentence, doc.date, article)) {
        // "now" is the time of writing and a dateline the article's own date, not events, nor a futures contract's
        // month ("May soybeans fell"); a range's end is told by the range.
        if (d.precision === 'ref' || d.within || d.dateline || d.contract) continue;
        // ("Leigh's 1950s drama", "1st century history": a decade or century as a thing's kind is no event's time.)
        if ((d.precision === 'decade' || d.precision === 'century') && eraKind(sentence, d.index, d.text)) continue;
        // ("Hrbaty will play 2002 champion Thomas Johansson": a year naming a title its holder is known by.)
        if (d.precision === 'year' && yearTitle(sentence, d.index, d.text)) continue;
        // ("halved from 1985 levels": what a figure is compared with.)
        if (dateAsReference(sentence, d.index, d.text)) continue;
        // ("the Tax Reform Act of 1969", "the September 1987 contract", "the second Friday of the month".)
        if (dateInLabel(sentence, d.index, d.text)) continue;
        // ("a year or 18 months ago", "12 or 18 months ago": a guess between two spans back tells no month.)
        if (/\bago$/u.test(d.text) && EITHER_SPAN.test(sentence.slice(Math.max(0, d.index - 30), d.index))) continue;
        const { date, end } = eventDate(d);
        // ("in the year ended September 1986": the span's end day or month, after its period, is no event of its
        // own beside the span.)
        if (ends.has(date.slice(0, 7)) && PERIOD_END.test(sentence.slice(Math.max(0, d.index - 30), d.index))) continue;
        const key = `${date}|${end ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (end) ends.add(end.slice(0, 7));
        out.push({
          date,
          ...(end ? { end } : {}),
          precision: d.precision,
          passage: p.n,
          sentence,
          ...(doc.date ? { published: doc.date } : {}),
        });
      }
    }
  });
  return out;
}
