// Renders an answer as plain text for a terminal: matched words in **bold**, every excerpt with its source.
import type { Answer, CitedExcerpt } from '../answer.js';

export function bold(
  c: CitedExcerpt,
  wrap: (s: string) => string = (s) => `**${s}**`,
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

export function citationLine(c: CitedExcerpt): string {
  return `— ${c.source ?? 'unknown publisher'}, ${c.date ?? 'undated'} [${c.doc}]${c.url ? ` <${c.url}>` : ''}`;
}

export function renderText(a: Answer): string {
  if (a.error) return `Sorry: ${a.error}`;
  // A question's first line is its answer, inside the sentence that gives it, with its source.
  const out: string[] = a.lead
    ? [`${a.lead.answer ? `${a.lead.answer}: ` : ''}“${bold(a.lead.citation)}” ${citationLine(a.lead.citation)}`]
    : [a.title];
  if (a.summary) out.push(a.summary);
  if (a.notice) out.push(a.notice);
  for (const item of a.items) {
    out.push('');
    if (item.heading) out.push(`## ${item.heading}`);
    if (item.text) out.push(item.text);
    for (const c of item.citations)
      out.push(`  “${bold(c)}”`, `    ${citationLine(c)}${c.title !== item.heading ? ` ${c.title}` : ''}`);
  }
  return out.join('\n');
}
