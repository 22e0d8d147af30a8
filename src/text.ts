// Text helpers shared by ingestion, indexing and extraction: folding, tokens, sentences.

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'atty',
  'asst',
  'adm',
  'cmdr',
  'brig',
  'supt',
  'insp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'inc',
  'co',
  'corp',
  'ltd',
  'jr',
  'sr',
  'mt',
  'ft',
  'approx',
  'est',
  'dept',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
]);

/** Lower case, strip diacritics, and fold look-alike punctuation, keeping letters of every script. */
export function fold(text: string): string {
  // Plain ASCII needs no decomposition.
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Collapse dotted acronyms (C.P.E.C. -> CPEC, U.S. -> US) so that every spelling meets. */
function undotAcronyms(text: string): string {
  // An acronym holds ".<letter>.": a text without one (most) skips the slower scan.
  if (!/\.\p{L}\./u.test(text)) return text;
  return text.replace(/\b(?:\p{L}\.){2,}(?!\p{L})/gu, (m) => m.replace(/\./g, ''));
}

/** Words of a text in reading order, case and accents folded, possessives dropped. */
export function tokenize(text: string): string[] {
  let cleaned = undotAcronyms(text);
  if (cleaned.includes("'") || cleaned.includes('’')) cleaned = cleaned.replace(/['’]s\b/gu, '');
  // match() with /g gives the words alone, without matchAll's match object per word.
  return fold(cleaned).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those to was we were what when where ' +
    'which while who whom whose why will with would you your about after again also any because before between both during each ' +
    'few more most other over same should some such through under until up very just says said say tell told know ' +
    'le la les de des du et un une el los las del y en'
  ).split(' '),
);

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

/** A light, script-aware stem: English plural "s" only, so "attacks" and "attack" meet. */
export function stem(term: string): string {
  if (term.length > 4 && term.endsWith('s') && /^[a-z]+$/.test(term) && !/(ss|us|is)$/.test(term)) {
    if (term.endsWith('ies') && term.length > 5) return term.slice(0, -3) + 'y';
    return term.slice(0, -1);
  }
  return term;
}

/** Index terms of a text: tokens, stopwords removed, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (!STOPWORDS.has(t)) out.push(stem(t));
  return out;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Longest stretch of text handed to the segmenter at once. Its cost grows faster than the length of what it is
 * given (a 400 KB line took 13 s, a 2 MB one minutes), so a long line is segmented window by window.
 */
export const SEGMENT_WINDOW = 4096;
/**
 * A break this close to a window's end is not trusted (the segmenter looks ahead, and the text after the window
 * could move it): the next window starts at the last break before it instead.
 */
const WINDOW_MARGIN = 256;

interface Segment {
  index: number;
  segment: string;
}

/**
 * The segmenter's sentences of a text, in windows of at most SEGMENT_WINDOW characters: each window starts at a
 * break found by the one before, so on ordinary text the breaks are the ones a single pass finds. A "sentence"
 * longer than a window (a page with no full stop) is cut at the window's last space. Linear in the text's length.
 */
function* segments(text: string): Generator<Segment> {
  let from = 0;
  while (from < text.length) {
    if (text.length - from <= SEGMENT_WINDOW) {
      for (const s of segmenter.segment(from ? text.slice(from) : text))
        yield { index: from + s.index, segment: s.segment };
      return;
    }
    const chunk = text.slice(from, from + SEGMENT_WINDOW);
    const safe = SEGMENT_WINDOW - WINDOW_MARGIN;
    let next = from;
    for (const s of segmenter.segment(chunk)) {
      const end = s.index + s.segment.length;
      if (end > safe) break;
      yield { index: from + s.index, segment: s.segment };
      next = from + end;
    }
    if (next === from) {
      // One sentence fills the window: cut it after its last space, or at the window's end if it has none.
      const space = Math.max(chunk.lastIndexOf(' ', safe), chunk.lastIndexOf('\n', safe));
      next = from + (space > 0 ? space + 1 : safe);
      yield { index: from, segment: text.slice(from, next) };
    }
    from = next;
  }
}

/** The sentences of recent texts: ingestion splits a paragraph when cleaning it, and again as a passage. */
const recentSentences = new Map<string, Span[]>();
/** Texts longer than this are split afresh each time (they are rarely split twice). */
const RECENT_MAX_CHARS = 4096;

/** Sentences with their offsets; repairs the splits Intl.Segmenter makes after abbreviations and initials. */
export function sentences(text: string, base = 0): Span[] {
  if (text.length > RECENT_MAX_CHARS) return splitSentences(text, base);
  let found = recentSentences.get(text);
  if (!found) {
    found = splitSentences(text, 0);
    if (recentSentences.size >= 2048) recentSentences.clear();
    recentSentences.set(text, found);
  }
  // Fresh spans each time: callers own what they are given.
  return found.map((s) => ({ text: s.text, start: s.start + base, end: s.end + base }));
}

function splitSentences(text: string, base: number): Span[] {
  const out: Span[] = [];
  for (const seg of segments(text)) {
    const raw = seg.segment;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const lead = raw.length - raw.trimStart().length;
    // A slice of the text rather than the segmenter's copy: sentences kept by mentions and events then share
    // the article's memory instead of each holding their own.
    const body = text.slice(seg.index + lead, seg.index + lead + trimmed.length);
    const start = base + seg.index + lead;
    const prev = out[out.length - 1];
    if (prev && shouldJoin(prev.text, body)) {
      prev.text = text.slice(prev.start - base, start - base + body.length);
      prev.end = start + body.length;
      continue;
    }
    out.push({ text: body, start, end: start + body.length });
  }
  return out;
}

/** How much of the end of a sentence shouldJoin looks at: enough for any abbreviation, and constant time. */
const TAIL = 64;

/** Whether a code point is of the one-character class `re`, its answers kept (at most 10,000 code points). */
function codePointTest(re: RegExp): (cp: number) => boolean {
  const known = new Map<number, boolean>();
  return (cp) => {
    let yes = known.get(cp);
    if (yes === undefined) {
      yes = re.test(String.fromCodePoint(cp));
      if (known.size > 10_000) known.clear();
      known.set(cp, yes);
    }
    return yes;
  };
}

/** Whether a character beyond ASCII is a letter, as /\p{L}/u says. */
const isLetterPoint = codePointTest(/^\p{L}$/u);

/**
 * Where the run of letters and dots before a text's final full stop starts: the index of /([\p{L}.]+)\.$/u's
 * match, found by walking back from the end instead of trying the pattern at every position; -1 when none.
 */
function stopWordStart(text: string): number {
  if (text.charCodeAt(text.length - 1) !== 46) return -1;
  let j = text.length - 2;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) j--;
    else if (c < 128) break;
    else if (
      c >= 0xdc00 &&
      c <= 0xdfff &&
      j > 0 &&
      text.charCodeAt(j - 1) >= 0xd800 &&
      text.charCodeAt(j - 1) <= 0xdbff
    ) {
      if (!isLetterPoint(text.codePointAt(j - 1)!)) break;
      j -= 2;
    } else if (isLetterPoint(c)) j--;
    else break;
  }
  return j + 1 <= text.length - 2 ? j + 1 : -1;
}

/** Dotted initials of places, which end sentences: "in Washington D.C." */
const PLACE_INITIALS = new Set(['d.c', 'u.s.a', 'u.a.e', 'n.z', 'p.r.c', 'u.s.s.r']);

/** Words that open sentences and no surname is: after an initial, they start a new sentence. */
const SENTENCE_OPENERS = new Set(
  `the he she it they we you but and besides however meanwhile moreover in on at this that these those there his
  her their its as after before when while although though if so yet also still then later earlier today yesterday
  instead despite according`.split(/\s+/),
);

/** What follows "a.m." or "p.m." in the same sentence: a time zone or a weekday. */
const CLOCK_GOES_ON = /^(?:[A-Z]{1,3}[SD]?T|UTC|GMT)\b|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

function shouldJoin(prev: string, next: string): boolean {
  // Both reasons to join need a full stop at the end: most sentences that end otherwise are settled at once.
  if (prev.charCodeAt(prev.length - 1) !== 46) return false;
  // Only the tail: a sentence joined many times over grows, and a pattern anchored at its end scans it whole.
  const tail = prev.length > TAIL ? prev.slice(-TAIL) : prev;
  const from = stopWordStart(tail);
  // A word that runs to the start of a cut tail may be longer than it shows: not an abbreviation.
  const lastWord = from >= 0 && (from > 0 || tail === prev) ? tail.slice(from, -1).toLowerCase() : undefined;
  // (A letter after a digit ends a word, no initial: "unsuitable for under-13s. It opens"; so does one after a
  // hyphen: "Hoobastank and Jay-Z. Soul singer Stevie Wonder".)
  const initial =
    lastWord?.length === 1 && /^\p{Lu}$/u.test(lastWord.toUpperCase()) && !/[\d-]$/.test(tail.slice(0, from));
  // ("Malcolm X. Besides Dee, Davis is survived by": an initial before a word that opens sentences ends a name and
  // a sentence; "George W. Bush", "J. A. Smith" go on.)
  if (initial) {
    const word = /^\p{Lu}\p{Ll}+(?=[\s,])/u.exec(next)?.[0];
    if (word && SENTENCE_OPENERS.has(word.toLowerCase())) return false;
  }
  if (lastWord && (ABBREVIATIONS.has(lastWord) || initial)) return true;
  // Dotted initials before a surname: "William K.K. Wong, managing director", "author J.R.R. Tolkien wrote" (not a
  // place's, "Washington D.C.", nor before a word that opens sentences: "K.K. He said").
  if (lastWord && /^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(tail.slice(from, -1)) && !PLACE_INITIALS.has(lastWord)) {
    const word = /^\p{Lu}\p{Ll}+(?=[\s,'’])/u.exec(next)?.[0];
    if (word && !isStopword(word.toLowerCase())) return true;
  }
  if (/^[\p{Ll}\d]/u.test(next) && tail.endsWith('.') && !/\d\.$/.test(tail)) return true;
  // A clock time runs on into its zone or day: "at 9 a.m. EST Tuesday", "by 5 p.m. Friday".
  if ((lastWord === 'a.m' || lastWord === 'p.m') && CLOCK_GOES_ON.test(next)) return true;
  return false;
}

/** A passage's sentences, from the bounds found at ingestion (or split now, for a passage made without them). */
export function passageSentences(p: { text: string; sentences?: number[] }): Span[] {
  const b = p.sentences;
  if (!b) return sentences(p.text);
  const out: Span[] = [];
  for (let i = 0; i < b.length; i += 2)
    out.push({ text: p.text.slice(b[i]!, b[i + 1]!), start: b[i]!, end: b[i + 1]! });
  return out;
}

const NON_ASCII = /[\u0080-\uffff]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON in ASCII, other characters as \u escapes: V8 keeps it in one byte a character, and Node decodes ASCII
 * bytes many times faster than UTF-8.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, escapeChar);
}

/** Shorten text to at most max characters on a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '') + '…';
}

/** Whether a character beyond ASCII is a letter or a digit, as /[\p{L}\p{N}]/u says. */
const isWordPoint = codePointTest(/^[\p{L}\p{N}]$/u);

/** How many runs of letters and digits a text holds: the matches of /[\p{L}\p{N}]+/gu, counted without making them. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w = isWordPoint(cp);
    }
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** A dateline's town and its comma ("WASHINGTON,"), and the region after it ("Mich.,", "British Columbia,"). */
export const DATELINE_TOWN = "\\p{Lu}[\\p{L}\\p{N} .'&-]{1,40},";
export const DATELINE_REGION = '[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]*){0,2},';

/**
 * A wire dateline opening a sentence, "WASHINGTON, March 5 -", "TROY, Mich., March 5 -", "VANCOUVER, British
 * Columbia, March 5 -" or, without its date, "WOODBRIDGE, N.J. -", "BERNE -": the place of filing.
 */
export const DATELINE = new RegExp(
  `^[\\s*]*(?:${DATELINE_TOWN}(?:\\s*(?:${DATELINE_REGION}|\\p{Lu}[\\p{L}.]*\\.))?\\s*(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s*)?|\\p{Lu}[\\p{Lu} .'&]{1,40}\\s)(?:\\([^)]{1,30}\\)\\s*)?(?:\\s[-–—]+|[-–—]+\\s)\\s*`,
  'u',
);

/** A text as a pattern's literal text, for a RegExp made from a name or a word. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
