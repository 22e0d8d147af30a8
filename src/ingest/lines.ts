// Classifies the lines of a scraped page by shape: prose, short (titles, labels, chrome), dates, bullets.
import { parseDateLine, parseDatelineAlone, type DateLine, type DatelineAlone } from '../dates/pubdate.js';
import { accountBar, hasChromeCue, isByline, isCredit, isRelativeStamp, isTimestamp } from './chrome.js';
import { sentences, wordCount } from '../text.js';
import { trimEdges } from './edges.js';
import { cutCaptions, reportsSomeone } from './captions.js';

/** 'label': a section or rating label beside a headline (labels.ts), set once the lines around it are known. */
type LineKind = 'prose' | 'short' | 'date' | 'stamp' | 'chrome' | 'label' | 'blank';

export interface Line {
  /** Index in the file's line array. */
  i: number;
  text: string;
  kind: LineKind;
  words: number;
  bullet: boolean;
  dateLine?: DateLine;
  /** A wire dateline alone on its line, above the story ("BEIJING, Jan. 5 (Xinhua) --"): a stamp, never a title. */
  dateline?: DatelineAlone;
}

const BULLET = /^[•·▪●◦*–-]\s+/u;
/** What a date line's time may leave after it: its unit ("14:05 h", "14.05 Uhr"). */
const CLOCK_UNIT = /^(?:h|hs|hrs?|uhr|horas?|ore)\.?$/iu;
/** A cheap first look for chrome words (every language the cue list has); only a hit runs the full cue list. */
const CUE_WORDS =
  /cookie|subscri|newsletter|download|app|sign|free|share|follow|comment|beta|translation|journalism|advert|sponsor|privacy|rights reserved|©|consent|datenschutz|akzept|einwilligung|accepter|confidentialit|aceptar|privacidad|çerez|kabul|kvkk|کوکی|حریم|skip to|menu|navigation|back to top|mobile version|related|recommended|trending|read more|see also|most read|also read|original content|terms of|trial|unlimited|horizons|promoted/i;

/** Whether a paragraph says one sentence twice (a caption doubled by scraping). */
function hasRepeat(text: string): boolean {
  if (text.length < 200) return false;
  const seen = new Set<string>();
  for (const part of text.split(/(?<=[.!?])\s+/)) {
    if (part.length > 20 && seen.has(part)) return true;
    seen.add(part);
  }
  return false;
}

/**
 * Normalises a page: line endings (a carriage return printed in caret notation, "^M", at a line's end too), odd
 * spaces and invisible characters that break matching.
 */
export function normalisePage(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\^M$/gm, '')
    .replace(/[\u00a0\u2007\u202f\u3000]/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/[ \t\f\v]+/g, ' ');
}

/** Running text: a sentence that ends as sentences do, or a line too long to be a headline. */
export function isProse(text: string, words = wordCount(text)): boolean {
  if (words >= 20) return true;
  // Lower case somewhere, or no letter case at all (Arabic, Devanagari…): a line in capitals is a heading.
  // A closing quote or bracket ends a sentence only after its stop: "Rover deal 'may cost 2,000 jobs'" is a headline.
  return words >= 5 && /[.!?…؟。]["”'’»)]*$/u.test(text) && (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text));
}

/**
 * Removes sentences that are chrome (promotions, labels) or repeat one said before. A sentence written twice in a
 * row is a picture's alt text and its caption, as scraping prints them: neither copy is the story's. A sentence
 * said again later (a pull quote), or over and over, keeps its first place.
 */
export function cleanProse(text: string): string {
  // Most paragraphs carry no chrome and no doubled caption: only those that might are cut into sentences.
  if (!CUE_WORDS.test(text) && !hasRepeat(text)) return text;
  const kept: string[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  const all = sentences(text);
  const key = (k: number) => all[k]!.text.toLowerCase();
  for (let k = 0; k < all.length; k++) {
    const s = all[k]!;
    if (hasChromeCue(s.text)) {
      dropped++;
      continue;
    }
    // A run of the same sentence: a pair is a caption, cut whole; a longer run keeps one copy.
    let run = 1;
    while (k + run < all.length && key(k + run) === key(k)) run++;
    if (run > 1 && s.text.length > 20) {
      k += run - 1;
      if (run === 2) continue;
    }
    if (seen.has(key(k)) && s.text.length > 20) continue;
    seen.add(key(k));
    kept.push(s.text);
  }
  // Mostly chrome: the paragraph is a promotion; one promotional sentence beside one of news cuts only itself.
  if (all.length > 0 && dropped * 2 > all.length) return '';
  return kept.join(' ');
}

/** A line that dates the page: a date line or a time stamp (a dateline alone included). */
export const isDateLine = (l: Line) => l.kind === 'date' || l.kind === 'stamp';

/**
 * A page's closing line that is a sentence with its full stop lost: ten words or more, most in lower case, with a
 * finite verb ("Simon Perry is the editor of the Digital Lifestyles website, which covers …"). Only the last line,
 * after a story's text: a caption, which reads the same, sits by its picture, and a standfirst under its headline.
 */
function closingSentence(text: string, words: number): boolean {
  // (One that speaks to the reader is the site's: "You can hear more from … on the World Service programme".)
  if (words < 10 || words > 80 || hasChromeCue(text) || /\byou(?:r)?\b/iu.test(text)) return false;
  const all = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const lower = all.filter((w) => /^\p{Ll}/u.test(w)).length;
  // (A writer's line about himself may hold more names than common words: "Clark Boyd is technology correspondent
  // for The World, a BBC World Service and WGBH-Boston co-production".)
  return (lower * 2 >= all.length && FINITE_VERB.test(text)) || WRITER_LINE.test(text);
}

/**
 * A paragraph a sentence runs on from, its comma left at the end: "But X, analyst with Y, sees room for some
 * optimism," before the quote it introduces. Eight words or more, with lower case: no heading ends on a comma.
 */
const leftOpen = (text: string, words: number) =>
  words >= 8 && /\p{L},$/u.test(text) && /\p{Ll}/u.test(text) && !hasChromeCue(text);

/** A name, "is" and a role in lower case: the line that tells who wrote the story. */
const WRITER_LINE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}is\s+(?:(?:a|an|the)\s+)?\p{Ll}[\p{Ll}-]*\s/u;

const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b/u;

export function classify(rawLines: string[]): Line[] {
  let closing = rawLines.length - 1;
  while (closing >= 0 && !rawLines[closing]!.trim()) closing--;
  return rawLines.map((raw, i) => {
    let text = raw.trim();
    const bullet = BULLET.test(text);
    if (bullet) text = text.replace(BULLET, '');
    if (!text) return { i, text, kind: 'blank' as const, words: 0, bullet };
    // Labels and notices run into the line's start or end ("Listen to this article", a fact-check label).
    text = trimEdges(text);
    let words = wordCount(text);
    const line: Line = { i, text, kind: 'short', words, bullet };
    if (!text) return { ...line, kind: 'chrome' as const };
    // Counted in words a space sets apart: "03/03/2025" and "14h05" are one each, so a line that gives the
    // published and the updated date with their times ("Publié le 03/03/2025 à 14h05, mis à jour le …") is read.
    const spaced = text.split(/\s+/).length;
    const dateLine = spaced <= 20 ? parseDateLine(text) : null;
    if (dateLine && (!dateLine.rest || CLOCK_UNIT.test(dateLine.rest)))
      return { ...line, kind: 'date' as const, dateLine: { ...dateLine, rest: '' } };
    if (isRelativeStamp(text) || isTimestamp(text)) return { ...line, kind: 'stamp' as const };
    // The site's account buttons, with its masthead among them (read from there: meta.ts mastheadOf).
    if (words <= 12 && accountBar(text)) return { ...line, kind: 'chrome' as const };
    const dateline = words <= 12 ? parseDatelineAlone(text) : null;
    if (dateline) return { ...line, kind: 'stamp' as const, dateline };
    // Lines about the article rather than of it: who wrote it, who took the photo, what the photo shows.
    if (isByline(text)) return { ...line, kind: 'chrome' as const };
    // A caption ending with its credit is chrome whole, unless a sentence of the story, one that reports someone,
    // stands before the caption ("…, officials said. <caption>. REUTERS/<name>"): then only the caption and its
    // credit are cut, below. A caption's own second sentence reports no one ("Not all duvets have real feathers.").
    if (isCredit(text)) {
      const cut = cutCaptions(text);
      if (!cut || cut === text || !isProse(cut) || !reportsSomeone(cut)) return { ...line, kind: 'chrome' as const };
    }
    // A bulleted line of several words is a summary point of the article, not a menu item.
    if (
      isProse(text, words) ||
      leftOpen(text, words) ||
      (bullet && words >= 6 && !hasChromeCue(text)) ||
      (i === closing && closingSentence(text, words) && rawLines.slice(0, i).some((r) => isProse(r.trim())))
    ) {
      // Photo credits inside the line, with the captions before them; a label the credit stood before is at a
      // sentence's start now ("…AP Photo/Jane Roe What People Are Saying U.S. …").
      const cut = cutCaptions(text);
      const uncredited = cut === text ? text : trimEdges(cut);
      if (!uncredited) return { ...line, kind: 'chrome' as const };
      words = uncredited === text ? words : wordCount(uncredited);
      if (uncredited !== text && !isProse(uncredited, words)) return { ...line, text: uncredited, words };
      const cleaned = cleanProse(uncredited);
      if (!cleaned) return { ...line, kind: 'chrome' as const };
      return { ...line, text: cleaned, kind: 'prose' as const, words: wordCount(cleaned) };
    }
    // A credit alone on its line in a shape only the credit finder knows ("Photo: Gene J. Puskar").
    if (hasChromeCue(text) || words === 0 || !cutCaptions(text)) return { ...line, kind: 'chrome' as const };
    return line;
  });
}
