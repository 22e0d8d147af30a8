// Splits an article's text into passages: paragraphs, with long ones cut into windows of whole sentences.
import type { Passage } from '../types.js';
import { sentences, wordCount } from '../text.js';
import { continues } from './unwrap.js';
import { parseDatelineAlone } from '../dates/pubdate.js';

const MAX_PASSAGE = 600;

export function splitPassages(text: string): Passage[] {
  const steps = splitPassagesSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A short line that ends a sentence: "broke down." under "…talks on overtime pay". */
const isShortTail = (line: string) => wordCount(line) < 6 && /[.!?؟…"”»)]$/u.test(line);

/**
 * A line too short to be a passage that may still name someone: a byline ("By Jane Roe", "Jane Roe"), a results or
 * scorecard row ("3. Jane Roe (Kenya) 13:06.57", "J. Roe not out 46"), one name of a list. It is kept as an aside
 * passage, which people read for names and nothing else reads: no search hit, excerpt, event or lead comes of it.
 */
const isNameLine = (line: string) => line.length <= MAX_NAME_LINE && /\p{Lu}\p{Ll}/u.test(line);
const MAX_NAME_LINE = 120;

/** A wire dateline on a line of its own ("NAIROBI, August 21 (Xinhua) --"): it opens the paragraph under it. */
const isDatelineLine = (line: string) => wordCount(line) <= 12 && !!parseDatelineAlone(line);

/**
 * The text's non-empty lines and where each starts. (Not by a regular expression: on a line of megabytes without a
 * break, "[^\n]+" can overflow the matcher's stack and lose the file.)
 */
function* lines(text: string): Generator<{ index: number; line: string }> {
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    if (stop > at) yield { index: at, line: text.slice(at, stop) };
    at = stop + 1;
  }
}

/**
 * The text's paragraphs (its lines), a line that only ends the sentence the line above it left open joined to that
 * line: alone, the tail is too short to be a passage and the line above it has no end. A dateline alone on its line
 * is joined to the paragraph it opens, which it dates: alone it is too short to be a passage and would be lost.
 */
function* paragraphs(text: string): Generator<{ index: number; text: string }> {
  let held: { index: number; end: number } | null = null;
  let opens = false;
  for (const m of lines(text)) {
    const line = m.line;
    if (opens && !line.trim()) continue;
    if (
      held &&
      (opens || (isShortTail(line.trim()) && continues(text.slice(held.index, held.end).trim(), line.trim())))
    ) {
      held.end = m.index + line.length;
      opens = false;
      continue;
    }
    if (held) yield { index: held.index, text: text.slice(held.index, held.end) };
    held = { index: m.index, end: m.index + line.length };
    opens = isDatelineLine(line.trim());
  }
  if (held) yield { index: held.index, text: text.slice(held.index, held.end) };
}

/** Passages made in steps: a `yield` after each long paragraph and every few passages, where a caller may give way. */
export function* splitPassagesSteps(text: string): Generator<void, Passage[]> {
  const out: Passage[] = [];
  const asides: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    // A line break inside a passage (a sentence's short tail joined back) reads as the space it stands for.
    const body = text.slice(start, end).replace(/\n/g, ' ');
    if (wordCount(body) >= 4) out.push({ n: out.length, text: body, start, end });
    else if (isNameLine(body)) asides.push({ start, end });
  };
  for (const para of paragraphs(text)) {
    const start = para.index;
    const body = para.text;
    if (body.length <= MAX_PASSAGE) {
      if (wordCount(body) >= 6 || /[.!?؟]$/.test(body)) push(start, start + body.length);
      else if (isNameLine(body)) asides.push({ start, end: start + body.length });
      continue;
    }
    let winStart = -1;
    let winEnd = -1;
    for (const s of sentences(body, start)) {
      if (winStart >= 0 && s.end - winStart > MAX_PASSAGE) {
        push(winStart, winEnd);
        winStart = -1;
      }
      if (winStart < 0) winStart = s.start;
      winEnd = s.end;
      // A single sentence longer than a passage (a 5 MB line with no full stop) is cut on spaces.
      while (winEnd - winStart > MAX_PASSAGE * 2) {
        const cut = text.lastIndexOf(' ', winStart + MAX_PASSAGE);
        const at = cut > winStart ? cut : winStart + MAX_PASSAGE;
        push(winStart, at);
        winStart = at + 1;
      }
    }
    if (winStart >= 0) push(winStart, winEnd);
    yield;
  }
  // The short lines after every passage, so that a passage's number and the passage after it are as without them.
  for (const a of asides)
    out.push({ n: out.length, text: text.slice(a.start, a.end), start: a.start, end: a.end, aside: true });
  // Sentences are split once here, for people, dates and excerpts alike.
  for (const [k, p] of out.entries()) {
    p.sentences = sentences(p.text).flatMap((s) => [s.start, s.end]);
    if (k % 128 === 127) yield;
  }
  return out;
}
