// Renders an Answer as Discord messages: embeds within every Discord limit, split into pages.
import { escapeMarkdown } from 'discord.js';
import type { Answer, AnswerItem, CitedExcerpt } from '../answer.js';
import { markHighlights } from '../adapters/text.js';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  total: 6000,
  embeds: 10,
  footer: 2048,
};

/** Fields per page: well under Discord's 25, so a page reads as a page. */
const FIELDS_PER_PAGE = 8;
const PAGE_BUDGET = 5500;

interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

interface Embed {
  title: string;
  description?: string;
  color: number;
  fields: EmbedField[];
  footer?: { text: string };
}

export interface Page {
  embeds: Embed[];
}

const COLOR = { answer: 0x2b6cb0, notice: 0x718096, error: 0xc53030 };

/**
 * Text from an article or a user, made inert: shown as the text it is, never as Discord markdown. No mention can
 * ping; no masked link (`[discord.com/verify](https://elsewhere)`), heading, list, quote or subtext renders; no
 * command mention (`</reload:id>`), timestamp or server link becomes clickable.
 */
export function inert(text: string): string {
  return (
    escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
      // Every bracket, not only whole masked links: callers escape a quote piece by piece (bold words), and a
      // link split across pieces must not form again when they are joined.
      .replace(/[[\]]/g, '\\$&')
      .replace(/^(\s*)(-#|>)/gm, '$1\\$2')
      .replace(/@(everyone|here)/gi, '@\u200b$1')
      .replace(/<([@#][!&]?\d+)>/g, '<\u200b$1>')
      .replace(/<(a?:\w+:\d+)>/g, '<\u200b$1>')
      .replace(/<(\/|t:|id:)/g, '<\u200b$1')
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/u, '') + '…';
}

/** One citation as Discord markdown: the quote, matched words in bold, then where it comes from. */
export function citationMarkdown(c: CitedExcerpt, withTitle: boolean): string {
  const quote = markHighlights(c, (s) => `**${s}**`, inert);
  const where = `${inert(c.source ?? 'unknown publisher')}, ${c.date ?? 'undated'} · \`${c.doc.replace(/`/g, "'")}\``;
  // The title links to the article when its address is known (http or https only, brackets encoded).
  const url =
    c.url && /^https?:\/\//.test(c.url)
      ? c.url.replace(/[()<>\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
      : null;
  const title = withTitle ? `*${inert(clip(c.title, 120))}*` : url ? 'link' : '';
  const titled = url && title ? `[${title}](${url})` : title;
  return `> ${quote.replace(/\n/g, ' ')}\n— ${where}${titled ? ` · ${titled}` : ''}`;
}

/** An item as one or more fields: a field never exceeds 1024 characters, and a quote is never cut from its source. */
function itemFields(item: AnswerItem): EmbedField[] {
  const name = clip(inert(item.heading ?? '\u200b'), LIMITS.fieldName);
  const parts: string[] = [];
  if (item.text) parts.push(inert(item.text));
  for (const c of item.citations) parts.push(citationMarkdown(c, c.title !== item.heading));
  const fields: EmbedField[] = [];
  let value = '';
  for (let part of parts) {
    if (part.length > LIMITS.fieldValue) {
      // Shorten the quote, never the attribution line under it.
      const [quote, ...rest] = part.split('\n');
      const tail = rest.length ? '\n' + rest.join('\n') : '';
      part = clip(quote!, LIMITS.fieldValue - tail.length - 2) + tail;
    }
    if (value && value.length + part.length + 1 > LIMITS.fieldValue) {
      fields.push({ name: fields.length ? clip(`${name} (cont.)`, LIMITS.fieldName) : name, value });
      value = '';
    }
    value = value ? `${value}\n${part}` : part;
  }
  if (value || fields.length === 0)
    fields.push({ name: fields.length ? clip(`${name} (cont.)`, LIMITS.fieldName) : name, value: value || '\u200b' });
  return fields;
}

function embedSize(e: Embed): number {
  return (
    e.title.length +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Splits an answer into pages, each one message with one embed inside Discord's limits. */
export function renderPages(a: Answer): Page[] {
  const title = clip(inert(a.error ? 'Sorry' : a.title), LIMITS.title);
  if (a.error)
    return [
      { embeds: [{ title, description: clip(inert(a.error), LIMITS.description), color: COLOR.error, fields: [] }] },
    ];
  const lead = a.lead ? citationMarkdown(a.lead.citation, true) : undefined;
  const description =
    clip([lead, ...[a.summary, a.notice].filter(Boolean).map((t) => inert(t!))].filter(Boolean).join('\n\n'), 3500) ||
    undefined;
  const fields = a.items.flatMap(itemFields);
  const pages: EmbedField[][] = [];
  let cur: EmbedField[] = [];
  let size = title.length + (description?.length ?? 0) + 40;
  for (const f of fields) {
    const s = f.name.length + f.value.length;
    if (cur.length && (cur.length >= FIELDS_PER_PAGE || size + s > PAGE_BUDGET)) {
      pages.push(cur);
      cur = [];
      size = title.length + (description?.length ?? 0) + 40;
    }
    cur.push(f);
    size += s;
  }
  if (cur.length || pages.length === 0) pages.push(cur);
  const color = a.notice && !a.items.length ? COLOR.notice : COLOR.answer;
  return pages.map((fs, i) => {
    const embed: Embed = { title, color, fields: fs, ...(description ? { description } : {}) };
    if (pages.length > 1) embed.footer = { text: `Page ${i + 1} of ${pages.length}` };
    return { embeds: [embed] };
  });
}

export function withinLimits(p: Page): boolean {
  return (
    p.embeds.length <= LIMITS.embeds &&
    p.embeds.reduce((n, e) => n + embedSize(e), 0) <= LIMITS.total &&
    p.embeds.every(
      (e) =>
        e.title.length <= LIMITS.title &&
        (e.description?.length ?? 0) <= LIMITS.description &&
        e.fields.length <= LIMITS.fields &&
        e.fields.every(
          (f) => f.name.length <= LIMITS.fieldName && f.value.length <= LIMITS.fieldValue && f.value.length > 0,
        ),
    )
  );
}
