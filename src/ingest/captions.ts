// Photo credits run into a line of text, and the captions just before them: "…in DEA history. <caption>. <caption>.
// AP Photo/Jane Roe What People Are Saying…", "<caption>. Photo by Jane Roe/EPA-EFE/pool June 7 (UPI) -- …". The
// credit and its caption are cut, the text around them kept: neither is the story, and a photographer is no one
// the story mentions.
import { sentences } from '../text.js';
import { creditSpans, mayHoldCredit } from './credits.js';

/** What a caption says of its picture: someone is seen, speaks, stands…, in the present, or a picture's markers. */
const DEPICTS =
  /\b(?:is|are) (?:seen|pictured|shown|photographed|displayed|\w+ing)\b|\b(?:speaks|gestures|looks on|looks|poses|pose|attends|arrives|arrive|walks|walk|waves|stands|stand|sits|sit|holds|hold|delivers|addresses|listens|smiles|reacts|react|shakes hands|meets|leaves|prays|pray|gather|protest|march|marches|carries|carry|inspects|visits|watches|watch|wait|waits|greets|greet|embraces|hug|hugs|celebrates|celebrate|cheer|cheers|appears|appear|mourn|mourns|rally|rallies|takes part|take part)\b|\((?:\d?[LRC]|left|right|centre|center|front|back)\)|^(?:In this (?:\w+ )?(?:photo|image|picture|handout)|FILE\b|File photo|Pictured\b)/u;
/** Someone quoted or reported: a sentence of the story, never a caption. */
const REPORTED = /["“”«»]|\b(?:said|says|told|tells|according to|announced|reported)\b/u;
const isCaption = (s: string) => DEPICTS.test(s) && !REPORTED.test(s);
/**
 * Whether a text reports or quotes someone, as a story does and a caption does not: a reporting verb, or words in
 * quotes of a sentence's length (a title in quotes, "All About Space", is no one's words).
 */
export const reportsSomeone = (s: string) =>
  /\b(?:said|says|told|tells|according to|announced|reported|added)\b/u.test(s) ||
  /["“«][^"”»]*(?:\s[^\s"”»]+){4,}[^"”»]*["”»]/u.test(s);
/** Where and when a picture was taken, as captions print it: "in Brussels, Belgium, June 26, 2025", "on Tuesday". */
const PLACE_OR_DATE =
  /\b(?:in|at|near|outside|inside) (?:the )?\p{Lu}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:on|,) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
/** A picture agency's caption heading: "WASHINGTON, DC - MAY 01:", "KYIV, UKRAINE - JUNE 3, 2025:". */
const AGENCY_HEADING =
  /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}\s[-–—]\s(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}(?:, \d{4})?:/u;
/**
 * A sentence that ends with the day the picture was taken, year and all, as wire captions do ("… near Bakhmut,
 * Ukraine, on May 21, 2023.", "… Tuesday, Oct. 1, 2024."); a story's sentence rarely does.
 */
const ENDS_WITH_FULL_DATE =
  /(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? |\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? )(?:19|20)\d{2}\.?$/u;
/**
 * The sentence a caption block opens with: what the picture shows in the present ("<Name> speaks…", "… is seen…"),
 * with where or when it was taken; or an agency's caption heading.
 */
const opensCaption = (s: string) =>
  AGENCY_HEADING.test(s) ||
  (isCaption(s) && PLACE_OR_DATE.test(s)) ||
  (ENDS_WITH_FULL_DATE.test(s) && !REPORTED.test(s));

/** Quoted words: a story quotes, a caption's later sentences tell background. */
const QUOTED = /["“”«»]|(?:^|\s)['‘][^']{3,}['’](?:\s|[.,]|$)/u;
/** How many sentences a caption block runs to after its first before the credit (AFP's run to three or four). */
const BLOCK_AFTER_LEAD = 4;
const same = (a: string, b: string) =>
  a.toLowerCase().replace(/\W+/gu, ' ').trim() === b.toLowerCase().replace(/\W+/gu, ' ').trim();

/**
 * Where the caption before a credit starts: the sentences before it written twice (a picture's alt text and its
 * caption, the surest sign), else the line's start when the credit ends the line's first sentence (a caption
 * printed above the story's first paragraph, or a caption line of its own), else those in a caption's shape, or
 * a caption block from the sentence that opens it.
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
  // A caption block: a sentence that opens a caption, then background sentences without a quote up to the credit
  // ("<Name> speaks … in <City>, on <Month> <D>. <Background>. (Photo by …)"). A paragraph of the story that ends
  // with a credit opens with no such sentence, or quotes someone, and keeps its text.
  for (let k = n - 1; k >= Math.max(0, n - 1 - BLOCK_AFTER_LEAD); k--) {
    const text = before[k]!.text;
    if (opensCaption(text)) {
      from = Math.min(from, before[k]!.start);
      break;
    }
    if (QUOTED.test(text)) break;
  }
  return from;
}

/** The line without its credits and the captions before them; '' when nothing else was on it. */
export function cutCaptions(line: string): string {
  if (!mayHoldCredit(line)) return line;
  let t = line;
  for (let n = 0; n < 8; n++) {
    const [credit] = creditSpans(t);
    if (!credit) break;
    const from = captionStart(t, credit.start, credit.end);
    t = `${t.slice(0, from).trimEnd()} ${t.slice(credit.end).replace(/^[\s.,;:|–—-]+(?=\S)/u, '')}`.trim();
  }
  return t;
}
