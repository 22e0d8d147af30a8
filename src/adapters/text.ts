// Renders an answer as plain text for the console: every excerpt with its source, the words that matched (and a
// question's answer) in terminal bold when the output is a terminal, else as they are. Never Discord markdown.
import type { Answer, CitedExcerpt } from '../answer.js';

/** How emphasis is shown: terminal bold, or nothing. */
interface TextStyle {
  strong(text: string): string;
}

export const PLAIN: TextStyle = { strong: (s) => s };

/** ANSI bold on, then normal intensity (not a full reset, so that nothing else is undone). */
export const TERMINAL_BOLD: TextStyle = { strong: (s) => (s ? `\x1b[1m${s}\x1b[22m` : s) };

/** Bold on a terminal unless NO_COLOR is set (https://no-color.org); plain text into a pipe or a file. */
export function textStyleFor(out: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): TextStyle {
  return out.isTTY && !env.NO_COLOR ? TERMINAL_BOLD : PLAIN;
}

/** An excerpt with its highlighted ranges wrapped by `wrap`; the text between them passed through `escape`. */
export function markHighlights(
  c: CitedExcerpt,
  wrap: (s: string) => string,
  escape: (s: string) => string = (s) => s,
): string {
  let out = '';
  let at = 0;
  for (const [s, e] of [...(c.highlights ?? [])].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    out += escape(c.excerpt.slice(at, s)) + wrap(escape(c.excerpt.slice(s, e)));
    at = e;
  }
  return out + escape(c.excerpt.slice(at));
}

function citationLine(c: CitedExcerpt): string {
  return `— ${c.source ?? 'unknown publisher'}, ${c.date ?? 'undated'} [${c.doc}]${c.url ? ` <${c.url}>` : ''}`;
}

export function renderText(a: Answer, style: TextStyle = PLAIN): string {
  if (a.error) return `Sorry: ${a.error}`;
  const quote = (c: CitedExcerpt) => `“${markHighlights(c, style.strong)}”`;
  // A question's first line is its answer, inside the sentence that gives it, with its source.
  const out: string[] = a.lead
    ? [`${a.lead.answer ? `${a.lead.answer}: ` : ''}${quote(a.lead.citation)} ${citationLine(a.lead.citation)}`]
    : [style.strong(a.title)];
  if (a.summary) out.push(a.summary);
  if (a.notice) out.push(a.notice);
  for (const item of a.items) {
    out.push('');
    if (item.heading) out.push(style.strong(item.heading));
    if (item.text) out.push(item.text);
    for (const c of item.citations)
      out.push(`  ${quote(c)}`, `    ${citationLine(c)}${c.title !== item.heading ? ` ${c.title}` : ''}`);
  }
  return out.join('\n');
}
