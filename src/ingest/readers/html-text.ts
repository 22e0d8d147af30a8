// Markup to plain text: block elements become paragraph breaks, scripts and styles are dropped, entities decoded.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The text of a DOM node, one paragraph a line. */
export function nodeText(root: NodeLike): string {
  const out: string[] = [];
  // Iterative walk: a page nested ten thousand deep must not overflow the stack.
  const stack: (NodeLike | '\n')[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === '\n') {
      out.push('\n');
      continue;
    }
    if (n.nodeType === 3) {
      // White space in HTML text is a space, whatever it is in the source; only <pre> keeps its lines.
      out.push((n.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      out.push(BR);
      continue;
    }
    if (name === 'PRE') {
      out.push('\n', (n.textContent ?? '').replace(/[ \t]+/g, ' '), '\n');
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      out.push('\n');
      stack.push('\n');
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  // Two line breaks in a row end a paragraph; one alone is a wrapped line of the same paragraph.
  return tidy(
    out
      .join('')
      .replace(/\u0001[ ]*\u0001[\u0001 ]*/g, '\n')
      .replace(/\u0001/g, ' '),
  );
}

const BR = '\u0001';

/** Collapses white space within lines and drops empty lines. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text from an HTML fragment (a feed item's content, a JSON export's body); plain text is returned as it is. */
export function htmlToText(html: string): string {
  if (!/<[a-z!/][^>]*>|&[#a-z0-9]+;/i.test(html)) return tidy(html);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeText(document.body as unknown as NodeLike);
}
