// The one vocabulary of photo and image credits ("Photo: Jane Roe/AFP", "REUTERS/Jane Roe", "(AP Photo/Jane Roe)",
// "Jane Roe/Getty Images") and the tests built on it: is a line a credit (or a caption ending in one), where are
// the credits inside a line, does a text end in one, does a name sit in one. Chrome, captions, timeline events and
// people all ask here, so a credit form learnt once is known everywhere.
import { wireName } from './wires.js';
import { escapeRegExp } from '../text.js';

/**
 * Words that open a credit before a colon, a slash or "by": "Photo: …", "Image copyright …", "Photographer: …".
 * Longer first, so "Photo credit" is taken whole. Not "Graphic" nor "Video": on real pages they label a link to a
 * chart or a clip ("(Graphic: Global assets in 2019 - here)", "Video: In this talk…"), which is the story's.
 */
export const CREDIT_WORDS = [
  'photo credit',
  'image credit',
  'picture credit',
  'image copyright',
  'file photo',
  'photographer',
  'photograph',
  'photos',
  'photo',
  'pictures',
  'picture',
  'images',
  'image',
  'illustration',
  'credit',
  'fotos',
  'foto',
];

/**
 * Picture agencies and a picture's source words that stand beside a photographer's name and are no wire (wires.ts
 * knows those: Reuters, AP, AFP, dpa, Xinhua, Anadolu, Bloomberg…): "Jane Roe/Getty Images", "EPA-EFE/Jane Roe",
 * "Jane Roe/Pool", "HANDOUT/…".
 */
export const PHOTO_AGENCIES = [
  'Getty Images',
  'Getty',
  'EPA-EFE',
  'EPA',
  'Shutterstock',
  'iStock',
  'Alamy',
  'PA',
  'SIPA',
  'ZUMA',
  'Pool',
  'Handout',
];
/** Agencies that sell pictures only: alone in brackets they credit one ("(Getty Images)"); a wire alone is a dateline's. */
const PICTURE_ONLY = ['Getty Images', 'Shutterstock', 'iStock', 'Alamy'];

/** A word in the cases pages print it: "photo", "Photo", "Photo Credit", "PHOTO" (an `i` flag would also make
 * `\p{Lu}` match lower case, and a credit's name is told by its capital). */
const anyCase = (w: string) => {
  const title = w.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return [...new Set([w, `${w[0]!.toUpperCase()}${w.slice(1)}`, title, w.toUpperCase()])].join('|');
};
const CREDIT_WORD = `(?:${CREDIT_WORDS.map(anyCase).join('|')})`;
const agencyCases = (names: string[]) =>
  [...new Set(names.flatMap((n) => [n, n.toUpperCase()]))].map(escapeRegExp).join('|');
/** Wires as credits print them, beside the picture agencies. */
const WIRES_PRINTED = ['AFP', 'AP', 'Reuters', 'Bloomberg', 'Xinhua', 'Anadolu Agency', 'dpa', 'UPI', 'EFE', 'ANSA'];
const AGENCY = `(?:${agencyCases([...PHOTO_AGENCIES, ...WIRES_PRINTED])})`;
const PICTURE_AGENCY = `(?:${agencyCases(PICTURE_ONLY)})`;

/** A picture agency, a wire or a credit word, as the word beside a credit's slash ("EPA", "REUTERS", "Photo"). */
export function isCreditSource(word: string): boolean {
  const w = word.trim();
  if (!/^\p{Lu}/u.test(w) && !/^(?:iStock|dpa)$/u.test(w)) return false;
  return (
    !!wireName(w) ||
    PHOTO_AGENCIES.some((a) => a.toLowerCase() === w.toLowerCase()) ||
    /^(?:file|photos?|pictures?|images?|photograph)$/i.test(w)
  );
}

// ---- A line that is a credit, or a caption ending with one ----

/**
 * A credit that ends a caption or stands alone: "Photo: Harbour Authority", "(Photo by Jane Roe/AFP via Getty
 * Images)", "REUTERS/Ali Khan" — after a sentence's end, never inside one ("offices of TAB/Galleria.").
 */
const CREDIT_AT_END = new RegExp(
  String.raw`(?:^|[.!?)\]]\s*|\s[|–—-]\s*)\(?(?:\p{Lu}{2,}\s)?${CREDIT_WORD}\s*(?:${anyCase('by')}|:|/|—|–|-)\s*[\p{Lu}\p{N}][^.!?]{0,80}\)?\.?$|` +
    String.raw`(?:^|[.!?)\]]\s+|\(|\s[|–—-]\s*)\p{Lu}{2,}(?:\s\p{Lu}{2,})?/[\p{Lu}][\p{L}.' -]{1,40}\)?\.?$|` +
    // A photographer's name and outlet in brackets at a caption's end: "(Jane Roe/The Valley Times via AP)".
    String.raw`\((?:\p{Lu}[\p{L}'’.-]+\s){0,3}\p{Lu}[\p{L}'’.-]+/\p{Lu}[\p{L}.' -]{1,60}\)\.?$`,
  'u',
);
/** An agency alone on a line, or with its photographer: "Getty Images", "AP Photo", "EPA / Jane Roe". */
const AGENCY_LINE = new RegExp(
  String.raw`\bvia getty images\)?\.?$|^(?:getty images|afp|ap photo|reuters|epa(?:-efe)?|anadolu agency|shutterstock|alamy|istock)(?:\s*\/\s*[\p{L} .'-]{1,40})?$`,
  'iu',
);
/** The agency before a credit's slash in a line of capitals: "REUTERS/STRINGER", "AFP/GETTY IMAGES". */
const CAPITALS_CREDIT = /(?:^|[.!?)\]]\s+|\(|\s[|–—-]\s*)(\p{Lu}{2,}(?:\s\p{Lu}{2,})?)\/[^/]*$/u;
/**
 * A photographer's name and outlets joined by slashes or bars, ending with a photo agency, as a credit line
 * prints them: "Jane Roe/The Valley Times/Getty Images", "Jane Roe | Bloomberg | Getty Images".
 */
const NAMES_THEN_AGENCY = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}\s*[/|]\s*){1,3}${AGENCY}$`,
  'u',
);

/** A photo credit on its own, or a caption that ends with one. */
export function isCredit(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > 60) return false;
  if (AGENCY_LINE.test(t) || NAMES_THEN_AGENCY.test(t)) return true;
  if (!CREDIT_AT_END.test(t)) return false;
  // In a line of capitals nothing tells a photographer's name from a headline's words ("SUMMER/WINTER TIME
  // CHANGES."): the word before the slash must be an agency's.
  const caps = /\p{Ll}/u.test(t) ? null : CAPITALS_CREDIT.exec(t);
  return !caps || isCreditSource(caps[1]!) || /^GETTY IMAGES$/.test(caps[1]!);
}

// ---- The credits inside a line ----

/**
 * A credit's opening: its word with an agency before it ("AP Photo"), then a colon, a slash, "by" or (after
 * "copyright") a space. Where it may start: the line's start, a sentence's end, a bar or dash, or glued to the
 * caption's last word by scraping ("…sought treatmentCredit: EPA").
 */
const LEAD = new RegExp(
  String.raw`(?:(?:^|(?<=[.!?"”’)\]]\s*)|(?<=\s[|–—-]\s)|(?<=\p{Ll}))(?:\p{Lu}{2,}(?:-\p{Lu}+)?\s)?|(?:^|(?<=\s))\((?:\p{Lu}{2,}(?:-\p{Lu}+)?\s)?)(?:${CREDIT_WORD})(?:\s*[:/]\s*|\s+(?:by|BY|By)\s+|(?<=copyright|COPYRIGHT|Copyright)\s+)`,
  'gu',
);
/**
 * A bracket that credits a photo agency, mid-line: "(Getty Images)", "(Jane Roe/AFP via Getty Images)". A wire
 * alone in brackets is a dateline's ("WASHINGTON (AP) —"), never a credit.
 */
const BRACKET_CREDIT = new RegExp(
  String.raw`(?:^|(?<=\s))\((?:[^()]{1,80}?(?:\/|\s+via\s+|\s*\|\s*))?${PICTURE_AGENCY}\)|(?:^|(?<=\s))\([^()]{1,80}?(?:\/|\s+via\s+)${AGENCY}\)`,
  'gu',
);
/**
 * An agency and a slash before the photographer's name, after a sentence's end, in capitals or as the agency
 * writes itself: "REUTERS/Jane Roe", "Reuters/Jane Roe", "Anadolu Agency/Jane Roe".
 */
const AGENCY_SLASH =
  /(?:^|(?<=[.!?"”’)\]]\s*)|\()(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s?\//gu;
/**
 * A photographer's name, then a slash or a bar and the agency, after a sentence's end: "Jane Roe/Getty Images",
 * "Jane Roe | Bloomberg | Getty Images", "Jane Roe/The Valley Times via AP".
 */
const NAME_SLASH_AGENCY = new RegExp(
  String.raw`(?:^|(?<=[.!?"”’)\]]\s+))(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}\s*[/|]\s*){1,3}${AGENCY}(?:\s+via\s+${AGENCY})?(?=\s*$|\s+\p{Lu}|[.)]\s*$)`,
  'gu',
);
/** What follows a credit in the same sentence ("Reuters/Ipsos poll", "Reuters/Ipsos polling shows"): no credit. */
const SENTENCE_GOES_ON = /^\s*\p{Ll}/u;

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

interface CreditSpan {
  start: number;
  end: number;
}

/** The credits in a line, in order. */
export function creditSpans(line: string): CreditSpan[] {
  const out: CreditSpan[] = [];
  for (const m of line.matchAll(LEAD)) {
    const at = m.index! + m[0].length;
    // In brackets the credit runs to the closing one, whatever case its names are in ("(Image: jroe / Getty Images)").
    const close = m[0].startsWith('(') ? line.indexOf(')', at) : -1;
    const end = close > at && close - at <= 100 ? close + 1 : namesEnd(line, at);
    if (end > 0) out.push({ start: m.index!, end });
  }
  for (const m of line.matchAll(BRACKET_CREDIT)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of line.matchAll(AGENCY_SLASH)) {
    if (!isCreditSource(m[1]!)) continue;
    const end = namesEnd(line, m.index! + m[0].length);
    if (end > 0 && !SENTENCE_GOES_ON.test(line.slice(end))) out.push({ start: m.index!, end });
  }
  for (const m of line.matchAll(NAME_SLASH_AGENCY)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out.sort((a, b) => a.start - b.start).filter((s, k, all) => k === 0 || s.start >= all[k - 1]!.end);
}

/** A cheap first look: only a line with a credit word, or a slash or bar before a capital, is read closely. */
// One character each side: a line of five million letters must not be tried from every position.
const CREDIT_HINT_WORDS = /photo|picture|image|illustration|credit|foto/i;
const HINT_SLASH = /\p{L} ?[/|] ?\p{Lu}/u;
// The slash or bar looked for alone first: a plain search, where the unicode pattern is tried at every letter.
export const mayHoldCredit = (line: string) =>
  CREDIT_HINT_WORDS.test(line) || (/[/|]/.test(line) && HINT_SLASH.test(line));

/**
 * Whether a text (a paragraph, a caption) closes with a photo credit, nothing after it but a stop: the test of a
 * caption block as a whole. Either test above suffices: the line's shape, or a credit found inside it at its end.
 */
export function endsWithCredit(text: string): boolean {
  const t = text.trim();
  if (!mayHoldCredit(t)) return false;
  if (isCredit(t)) return true;
  const spans = creditSpans(t);
  const last = spans[spans.length - 1];
  return !!last && /^[\s.)\]]*$/u.test(t.slice(last.end));
}

// ---- A name inside a credit ----

/** The words right before a slash that ends a text: "AP Photo/", "Getty Images /". */
const WORDS_BEFORE_SLASH = /(?<![\p{L}])([\p{L}-]+(?:\s[\p{L}-]+)?)\s*\/\s*$/u;

/**
 * Whether the name at `start`–`end` of sentence `s` sits in a photo credit, a slash apart from a picture agency, a
 * wire or a photo's word: "AP Photo/Jane Roe", "Jane Roe/Getty Images", "Jane Roe/Bloomberg via Getty Images",
 * "(Reuters/Ali Khan)".
 */
export function inCredit(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 20), start);
  const b = before.includes('/') ? WORDS_BEFORE_SLASH.exec(before) : null;
  if (b && (isCreditSource(b[1]!) || isCreditSource(b[1]!.split(/\s/).pop()!))) return true;
  const after = /^\s*\/\s*(.*)$/su.exec(s.slice(end, end + 30));
  if (!after) return false;
  // The agency within the first three words after the slash: "/Getty Images", "/The Times via AP".
  const words = after[1]!
    .split(/[\s/]+/u)
    .slice(0, 4)
    .map((w) => w.replace(/[^\p{L}-]+$/u, ''));
  return words.some(
    (w, k) => k < 3 && (isCreditSource(w) || (!!words[k + 1] && isCreditSource(`${w} ${words[k + 1]}`))),
  );
}
