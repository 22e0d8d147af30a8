// A sentence that announces a list ("… gave the following figures for the main states:") joined with the list's
// short lines under it into one line of text, so that neither the sentence nor its items are lost as short lines.
import type { Line } from './lines.js';
import { hasChromeCue, isByline } from './chrome.js';
import { isCredit } from './credits.js';
import { wireSignOff } from './wires.js';

/**
 * A sentence that ends in a colon and announces what follows: eight words or more with lower case in them ("The
 * Association said its rates were as follows:"). A label ("Related:", "Share this article:", "RESULTS:") is none.
 */
export function isLeadIn(l: Line): boolean {
  return (
    (l.kind === 'short' || l.kind === 'prose') &&
    !l.bullet &&
    l.words >= 8 &&
    /:$/u.test(l.text) &&
    /\p{Ll}.*\p{Ll}/u.test(l.text) &&
    !hasChromeCue(l.text) &&
    !isByline(l.text)
  );
}

/**
 * An item of a list under a lead-in: a short line, or a bullet of a few words (six or more make a bullet prose), that
 * is no sign-off, credit, byline or chrome, nor the lead-in of the next list.
 */
function isItem(l: Line): boolean {
  return (
    (l.kind === 'short' || (l.bullet && l.kind === 'prose')) &&
    l.words <= 16 &&
    !isLeadIn(l) &&
    !wireSignOff(l.text) &&
    !isCredit(l.text) &&
    !isByline(l.text) &&
    !hasChromeCue(l.text)
  );
}

/** A rule between a table's rows ("-----", "====="): no item, and no end of the list either. */
const isRule = (l: Line) => l.kind !== 'blank' && !/[\p{L}\p{N}]/u.test(l.text);

/**
 * The lines with each lead-in and the items under it (blank lines and rules between them skipped) made one prose
 * line: "lead-in item; item; item.", at the lead-in's place. A lead-in with no item under it stays as it was. The
 * line counts the lead-in's words only: a list of figures is no running text, and never outweighs the story's.
 */
export function joinLists(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let at = 0; at < lines.length; at++) {
    const lead = lines[at]!;
    if (!isLeadIn(lead)) {
      out.push(lead);
      continue;
    }
    const items: Line[] = [];
    let end = at;
    for (let k = at + 1; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.kind === 'blank' || isRule(l)) continue;
      if (!isItem(l)) break;
      items.push(l);
      end = k;
    }
    if (items.length === 0) {
      out.push(lead);
      continue;
    }
    const text = `${lead.text} ${items.map((l) => l.text.replace(/[;,.]$/u, '')).join('; ')}.`;
    out.push({ ...lead, text, kind: 'prose' });
    at = end;
  }
  return out;
}
