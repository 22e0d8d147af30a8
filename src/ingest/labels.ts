// Label lines: what a page prints beside a headline to say what kind of story it is or how it was rated
// ("Based on facts", "Analysis", "Opinion", "Exclusive", "Fact check"), told by shape, never by a list of any
// outlet's words: short, not a sentence, no figure, not a name, right beside a longer headline.
import type { Line } from './lines.js';
import { isTitleLike } from './segment.js';
import { terms } from '../text.js';

/** Labels have at most this many words; shorter lines are never titles or passages anyway (see isTitleLike). */
const MAX_LABEL_WORDS = 4;

/** A name as mastheads print one, every word capitalised: an outlet, never taken for a label. */
const isCapitalised = (t: string) => t.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&]/u.test(w));

/** Whether a short line has a label's shape: a few words, no stop at its end, no figure, not a capitalised name. */
export function hasLabelShape(l: Line): boolean {
  return (
    l.kind === 'short' &&
    l.words >= 1 &&
    l.words <= MAX_LABEL_WORDS &&
    !/[.!?;:,]$/.test(l.text) &&
    !/\d/.test(l.text) &&
    !isCapitalised(l.text)
  );
}

/** Words a line is about: index terms of three letters or more, figures left out. */
const subjectWords = (text: string) => terms(text).filter((t) => t.length >= 3 && /\p{L}/u.test(t));

/**
 * Whether a short line says what the longer line beside it is about, in two of its words ("Lorry ban on old bridge"
 * over "Drivers face a six-week ban on lorries crossing the old bridge"): a headline over its standfirst. A label
 * names a kind of story or a rating, never its subject.
 */
const sharesSubject = (short: Line, long: Line) => {
  const words = new Set(subjectWords(long.text));
  return new Set(subjectWords(short.text).filter((w) => words.has(w))).size >= 2;
};

/**
 * The lines, with each label line's kind set to 'label': a line of label shape whose neighbour (the next or the
 * previous line of text) is a headline-shaped line longer than it by three words or more, on another subject.
 * A label is never a title, a passage or a publisher.
 */
export function markLabels(lines: Line[]): Line[] {
  const shown = lines.filter((l) => l.kind !== 'blank');
  const labels = new Set<Line>();
  shown.forEach((l, k) => {
    if (!hasLabelShape(l)) return;
    const beside = [shown[k - 1], shown[k + 1]];
    if (beside.some((o) => o && isTitleLike(o) && o.words >= l.words + 3 && !sharesSubject(l, o))) labels.add(l);
  });
  return labels.size ? lines.map((l) => (labels.has(l) ? { ...l, kind: 'label' as const } : l)) : lines;
}
