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
