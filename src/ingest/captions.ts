// Photo credits run into a line of text, and the captions just before them: "…in DEA history. <caption>. <caption>.
// AP Photo/Jane Roe What People Are Saying…", "<caption>. Photo by Jane Roe/EPA-EFE/pool June 7 (UPI) -- …". The
// credit and its caption are cut, the text around them kept: neither is the story, and a photographer is no one
// the story mentions.
import { sentences } from '../text.js';
import { wireName } from './wires.js';

/** "Photo", "PHOTO": a credit word as pages print it after a sentence's end. */
const cased = (w: string) => `${w}|${w.toUpperCase()}`;
const LEAD_WORDS = [
  'Photo credit',
  'Image credit',
  'Image copyright',
  'Picture credit',
  'Photograph',
  'Photos',
  'Photo',
  'Pictures',
  'Picture',
  'Images',
  'Image',
  'Illustration',
  'Credit',
  'Fotos',
  'Foto',
]
  .map(cased)
  .join('|');
/**
 * A credit's opening: its word with an agency before it ("AP Photo"), then a colon, a slash, "by" or (after
 * "copyright") a space. Where it may start: the line's start, a sentence's end, a bar or dash, or glued to the
 * caption's last word by scraping ("…sought treatmentCredit: EPA").
 */
const LEAD = new RegExp(
  String.raw`(?:(?:^|(?<=[.!?"”’)\]]\s*)|(?<=\s[|–—-]\s)|(?<=\p{Ll}))(?:\p{Lu}{2,}(?:-\p{Lu}+)?\s)?|(?:^|(?<=\s))\((?:\p{Lu}{2,}(?:-\p{Lu}+)?\s)?)(?:${LEAD_WORDS})(?:\s*[:/]\s*|\s+(?:by|BY)\s+|(?<=copyright|COPYRIGHT)\s+)`,
  'gu',
);
/**
 * A bracket that credits a photo agency, mid-line: "(Getty Images)", "(Jane Roe/AFP via Getty Images)". A wire
 * alone in brackets is a dateline's ("WASHINGTON (AP) —"), never a credit.
 */
const BRACKET_CREDIT =
  /(?:^|(?<=\s))\((?:[^()]{1,80}?(?:\/|\s+via\s+|\s*\|\s*))?(?:Getty Images|Shutterstock|iStock|Alamy)\)|(?:^|(?<=\s))\([^()]{1,80}?(?:\/|\s+via\s+)(?:AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Pool|POOL|Handout|Bloomberg|Xinhua|Anadolu Agency)\)/gu;
/** An agency's capitals and a slash before the photographer's name, after a sentence's end: "REUTERS/Jane Roe". */
const AGENCY_SLASH = /(?:^|(?<=[.!?"”’)\]]\s*)|\()(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?)\//gu;
/** Photo agencies and credit words that stand before a slash besides the wires. */
const PHOTO_AGENCY = /^(?:EPA(?:-EFE)?|GETTY(?: IMAGES)?|POOL|HANDOUT|FILE|PHOTO|PA|SIPA|ZUMA|ALAMY|SHUTTERSTOCK)$/;

/** Words that open a sentence or a heading, never part of a photographer's name or agency. */
const OPENER =
  /^(?:The|A|An|In|On|At|Of|To|What|Why|How|When|Where|Who|Which|It|Its|He|She|They|We|I|You|This|That|These|Those|There|Here|But|And|Or|As|If|His|Her|Their|Our|After|Before|While|Since|Meanwhile|However|Earlier|Later|Last|Next|Now|Then|So|Some|Many|More|Most|Both|All|According|Read|Related|Watch|Also|Officials|Police|President|Minister)$/;
const MONTH_OR_DAY =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?,?$/;
/** Small words inside names ("Ana de la Cruz") and between a name and its agency ("Jane Roe for The Times"). */
const PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|al|el|bin|ibn|y|e)$/;
const JOINER = /^(?:via|for|and|&|\/|\||–|—|-|,)$/;
/** A name word, an initial, or names and agencies joined by slashes ("Young-joon/EPA-EFE/pool"). */
const NAME_PART = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|(?:\p{Lu}\.)+|i[A-Z]\w*)$/u;
const SLASH_PART = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|pool|handout|file|via|dpa)$/u;

/** How far a credit's names run from `at`: the end of the last name word, or -1 when no name follows. */
function namesEnd(line: string, at: number): number {
  const words = [...line.slice(at).matchAll(/\S+/g)];
  let end = -1;
  let names = 0;
  for (let k = 0; k < words.length && k < 10; k++) {
    const raw = words[k]![0];
    const word = raw.replace(/[),.;:]+$/u, '');
    const wordEnd = at + words[k]!.index! + word.length;
    if (JOINER.test(raw)) {
      if (names === 0) return -1;
      continue;
    }
    // "for The Times", "via Getty Images": after a joiner "The" is the outlet's.
    const afterJoiner = k > 0 && (JOINER.test(words[k - 1]![0]) || /,$/.test(words[k - 1]![0]));
    // "Credit: The council said…" is a sentence, not a credit to "The".
    if (names === 0 && OPENER.test(word) && /^\p{Ll}/u.test(words[k + 1]?.[0] ?? '')) return -1;
    if (names > 0 && !afterJoiner && (OPENER.test(word) || MONTH_OR_DAY.test(word))) break;
    if (PARTICLE.test(word) && names > 0) continue;
    const parts = word.split('/');
    const isName = parts.length > 1 ? parts.every((p) => !p || SLASH_PART.test(p)) : NAME_PART.test(word);
    if (!isName) break;
    // A capitalised word with a word in lower case after it opens the next sentence ("Rescue workers search…").
    const next = words[k + 1]?.[0];
    if (names > 0 && next && /^\p{Ll}/u.test(next) && !PARTICLE.test(next) && !JOINER.test(next) && parts.length === 1)
      break;
    names++;
    end = wordEnd;
    // A name that ends a sentence ends the credit: "…/Jane Roe. The council…"; an initial does not ("Gene J. Puskar").
    if (/\.$/.test(raw) && !/^(?:\p{Lu}\.)+$/u.test(raw) && !/\.\p{Lu}/u.test(raw)) break;
  }
  if (names === 0) return -1;
  // A bracket the credit opened closes after its names.
  const close = /^\)\.?/.exec(line.slice(end));
  return close ? end + close[0].length : end;
}

interface Span {
  start: number;
  end: number;
}

/** The credits in a line, in order. */
export function creditSpans(line: string): Span[] {
  const out: Span[] = [];
  for (const m of line.matchAll(LEAD)) {
    const at = m.index! + m[0].length;
    // In brackets the credit runs to the closing one, whatever case its names are in ("(Image: jroe / Getty Images)").
    const close = m[0].startsWith('(') ? line.indexOf(')', at) : -1;
    const end = close > at && close - at <= 100 ? close + 1 : namesEnd(line, at);
    if (end > 0) out.push({ start: m.index!, end });
  }
  for (const m of line.matchAll(BRACKET_CREDIT)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of line.matchAll(AGENCY_SLASH)) {
    const agency = m[1]!;
    if (!wireName(agency) && !PHOTO_AGENCY.test(agency)) continue;
    const end = namesEnd(line, m.index! + m[0].length);
    if (end > 0) out.push({ start: m.index!, end });
  }
  return out.sort((a, b) => a.start - b.start).filter((s, k, all) => k === 0 || s.start >= all[k - 1]!.end);
}

/** What a caption says of its picture: someone is seen, speaks, stands…, in the present, or a picture's markers. */
const DEPICTS =
  /\b(?:is|are) (?:seen|pictured|shown|photographed|displayed|\w+ing)\b|\b(?:speaks|gestures|looks on|looks|poses|pose|attends|arrives|arrive|walks|walk|waves|stands|stand|sits|sit|holds|hold|delivers|addresses|listens|smiles|reacts|react|shakes hands|meets|leaves|prays|pray|gather|protest|march|marches|carries|carry|inspects|visits|watches|watch|wait|waits|greets|greet|embraces|hug|hugs|celebrates|celebrate|cheer|cheers|appears|appear|mourn|mourns|rally|rallies|takes part|take part)\b|\((?:\d?[LRC]|left|right|centre|center|front|back)\)|^(?:In this (?:\w+ )?(?:photo|image|picture|handout)|FILE\b|File photo|Pictured\b)/u;
/** Someone quoted or reported: a sentence of the story, never a caption. */
const REPORTED = /["“”«»]|\b(?:said|says|told|tells|according to|announced|reported)\b/u;
const isCaption = (s: string) => DEPICTS.test(s) && !REPORTED.test(s);
const same = (a: string, b: string) =>
  a.toLowerCase().replace(/\W+/gu, ' ').trim() === b.toLowerCase().replace(/\W+/gu, ' ').trim();

/**
 * Where the caption before a credit starts: the sentences before it written twice (a picture's alt text and its
 * caption, the surest sign), else those in a caption's shape, else the line's start when the credit ends the
 * line's first sentence (a caption printed above the story's first paragraph, or a caption line of its own).
 */
function captionStart(line: string, creditStart: number, creditEnd: number): number {
  const before = sentences(line.slice(0, creditStart));
  const n = before.length;
  if (n === 0) return creditStart;
  const last = before[n - 1]!;
  const prev = before[n - 2];
  if (prev && same(prev.text, last.text) && last.text.length > 20) {
    let from = prev.start;
    // Three copies as well.
    const third = before[n - 3];
    if (third && same(third.text, last.text)) from = third.start;
    return from;
  }
  // The line's only sentence before the credit: a caption, as a line that ends with its credit is; one that text
  // follows is a caption printed above the story unless someone is reported in it.
  if (n === 1) return REPORTED.test(last.text) && line.slice(creditEnd).trim() ? creditStart : 0;
  let from = creditStart;
  for (let k = n - 1; k >= Math.max(0, n - 2) && isCaption(before[k]!.text); k--) from = before[k]!.start;
  return from;
}

/** A cheap first look: only a line with a credit word or an agency's slash is read closely. */
// A capital before a slash, one character each: with the `i` flag `\p{Lu}{2,}` would take any letters, and a
// line of five million of them would be tried from every position.
const HINT_WORDS = /photo|picture|image|illustration|credit|foto/i;
const HINT_SLASH = /\p{Lu}\//u;

/** The line without its credits and the captions before them; '' when nothing else was on it. */
export function cutCaptions(line: string): string {
  if (!HINT_WORDS.test(line) && !HINT_SLASH.test(line)) return line;
  let t = line;
  for (let n = 0; n < 8; n++) {
    const [credit] = creditSpans(t);
    if (!credit) break;
    const from = captionStart(t, credit.start, credit.end);
    t = `${t.slice(0, from).trimEnd()} ${t.slice(credit.end).replace(/^[\s.,;:|–—-]+(?=\S)/u, '')}`.trim();
  }
  return t;
}
