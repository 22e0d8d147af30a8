// Whose a span is: the thing a sum is the amount of ("a $50,000 bribe"), the person an age is said of ("his wife
// Audrey died aged 91"), so that an answer is the one the question asks about, not another in the same sentence.
import { escapeRegExp } from '../text.js';
import type { AnswerSpan } from './spans.js';

/**
 * Whether a sum is given as the amount of a thing: the thing's noun right after it, a word or two between ("a
 * $50,000 bribe", "£3m (€4.3m) annual budget") or just before it ("a bribe of $50,000", "the deficit stood at £3bn").
 */
export function amountOf(text: string, span: AnswerSpan, noun: string): boolean {
  const stem = noun.replace(/(?:ies|es|s)$/u, '');
  const isNoun = (w: string) => w.replace(/(?:ies|es|s)$/u, '') === stem;
  const after = text
    .slice(span.end, span.end + 60)
    .replace(/^\s*\([^)]*\)/u, '')
    .toLowerCase()
    .match(/[\p{L}-]+|[^\s\p{L}]/gu);
  if (after?.slice(0, 3).some(isNoun) && !after.slice(0, after.findIndex(isNoun)).some((w) => /^[^\p{L}]$/u.test(w)))
    return true;
  const before = text.slice(Math.max(0, span.start - 60), span.start).toLowerCase();
  const lead =
    /([\p{L}-]+)\s+(?:(?:was|is|were|are|stood|totall?ed|totall?ing|reached|worth|came)\s+)?(?:(?:of|at|to)\s+)?(?:(?:about|around|some|nearly|almost|roughly|more than|less than|up to|just|only)\s+)?$/u.exec(
      before,
    );
  return !!lead && isNoun(lead[1]!);
}

/**
 * Whether an age is said of a person the question does not name: the nearest name before it in its clause is
 * another's ("his wife Audrey died aged 91"). A pronoun or no name before it leaves it the subject's.
 */
export function ageOfOther(text: string, span: AnswerSpan, names: string[]): boolean {
  const clause = text
    .slice(0, span.start)
    .split(/[;:]|\band\b/)
    .pop()!;
  // Names as runs of capitalised words ("Greta Sol" is not "Henrik Sol"); the sentence's first word is no name.
  const named = [...clause.matchAll(/(?<=\s|^)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)]
    .filter((m) => m.index! > 0 || clause !== text.slice(0, span.start))
    .map((m) => m[0]);
  const last = named.pop();
  if (!last || /^(?:He|She|They|His|Her|Their)$/.test(last)) return false;
  const asked = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return !last
    .toLowerCase()
    .split(/\s+/)
    .every((w) => asked.has(w.replace(/['’]s$/u, '')));
}

/**
 * Whether the sentence names what the question asks about only as the other side of a comparison ("priced at £99
 * costs far less than the Gizmondo", "compared with 1.3 mln tonnes at Sri Lanka"): its figures are then the
 * subject's, not the named thing's. False when the sentence names it elsewhere too, or never.
 */
export function namedOnlyCompared(text: string, names: string[]): boolean {
  let seen = false;
  for (const name of names) {
    const key = name.split(/\s+/u).pop()!;
    if (key.length < 3) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      seen = true;
      const before = text.slice(Math.max(0, m.index! - 50), m.index!);
      if (!COMPARED_BEFORE.test(before)) return false;
    }
  }
  return seen;
}

/** "than the", "compared with", "against its rival": the words that put a name on the other side of a comparison;
 *  up to three words (the name's own: "the new", "Sony's") between. */
const COMPARED_BEFORE = /\b(?:than|compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
