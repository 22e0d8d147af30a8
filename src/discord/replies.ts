// The one place that builds Discord message bodies: an answer's page with its Previous/Next buttons, an error or
// notice to the asker alone (or, when it cannot be private, to all), a mention's "slow down" or "still loading".
// Every body pings no one.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags } from 'discord.js';
import { failure, type Answer } from '../answer.js';
import { renderPages, type Page } from './render.js';
import { encodePageId } from './paging.js';

/** Whom a message may ping: no one (quoted articles can hold @everyone or role mentions). */
export const NO_PINGS = { parse: [] as never[], repliedUser: false };

/** What page buttons carry: the line that makes the answer again and when it was made (seconds since the epoch). */
interface Paging {
  line: string;
  at: number;
  ttlMs: number;
}

function pageButtons(paging: Paging, page: number, pages: number) {
  if (pages <= 1) return [];
  const { line, at, ttlMs } = paging;
  const prev = new ButtonBuilder()
    .setStyle(ButtonStyle.Secondary)
    .setLabel('Previous')
    .setCustomId(encodePageId({ page: page - 1, at, line }, ttlMs))
    .setDisabled(page === 0);
  // Two buttons may not share an id, even a disabled one.
  const next = new ButtonBuilder()
    .setStyle(ButtonStyle.Secondary)
    .setLabel('Next')
    .setCustomId(
      encodePageId({ page: Math.min(page + 1, pages - 1), at, line }, ttlMs) + (page + 1 >= pages ? ' ' : ''),
    )
    .setDisabled(page + 1 >= pages);
  return [new ActionRowBuilder<ButtonBuilder>().addComponents(prev, next).toJSON()];
}

/** One page of a rendered answer; with `paging`, the buttons to the others (none for a one-page answer). */
export function pageBody(pages: Page[], page: number, paging: Paging | null) {
  const at = Math.max(0, Math.min(page, pages.length - 1));
  return {
    embeds: pages[at]!.embeds,
    components: paging ? pageButtons(paging, at, pages.length) : [],
    allowedMentions: NO_PINGS,
  };
}

export type PageBody = ReturnType<typeof pageBody>;

/** An answer (an error, a refusal, a notice) shown without buttons: to all, when it replaces a public message. */
export function plainBody(answer: Answer) {
  return pageBody(renderPages(answer), 0, null);
}

/** An answer (an error, a refusal, a notice) shown to the asker alone, without buttons. */
export function privateBody(answer: Answer) {
  return { ...plainBody(answer), flags: MessageFlags.Ephemeral as const };
}

/** The answer to a caller over the rate limit. */
export const slowDown = (command: string, wait: number): Answer =>
  failure(command, `Slow down a little: try again in ${wait} s.`);

/** One short line of text as a reply to a message, not an embed: a mention's "slow down" or "still loading". */
export function lineMessage(line: string) {
  return { content: line, allowedMentions: NO_PINGS };
}

/** A mention over the rate limit gets one short line of text, not an embed. */
export function slowDownMessage(wait: number) {
  return lineMessage(`Slow down a little: try again in ${wait} s.`);
}
