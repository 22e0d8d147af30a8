// Discord events to engine calls and back: slash commands, autocomplete, page buttons and mentions.
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type GuildMember,
  type Interaction,
  type Message,
} from 'discord.js';
import { commands, findCommand } from '../../commands/index.js';
import type { Args, Caller } from '../commands.js';
import { refusal, validate } from '../commands.js';
import { failure, type Answer } from '../answer.js';
import type { Engine } from '../engine.js';
import { answerLine, answerQuestion, commandLine, reportError, runCommand } from '../dispatch.js';
import { log, requestId } from '../log.js';
import { renderPages, type Page } from './render.js';
import { decodePageId, encodePageId } from './paging.js';
import { WorkQueue } from './queue.js';

/** The answers being worked out, one at a time; acknowledgements never wait in it. */
const work = new WorkQueue();

export interface BotContext {
  engine: Engine;
  modRoleIds: string[];
  pageTtlMs: number;
  /** Refuses a caller who asks too often; returns the wait in seconds, or 0. */
  limiter?: (userId: string, channelId: string) => number;
  metrics?: { count(command: string, ms: number, ok: boolean): void; error(): void };
}

const NO_PINGS = { parse: [] as never[], repliedUser: false };

function callerOf(i: Interaction, modRoleIds: string[]): Caller {
  const member = i.member as GuildMember | { roles: string[] } | null;
  const perms = i.memberPermissions;
  const roles: string[] = member ? (Array.isArray(member.roles) ? member.roles : [...(member as GuildMember).roles.cache.keys()]) : [];
  const moderator = !!perms?.has(PermissionFlagsBits.ManageGuild) || roles.some((r) => modRoleIds.includes(r));
  return { id: i.user.id, moderator };
}

function components(line: string, at: number, page: number, pages: number, ttlMs: number) {
  if (pages <= 1) return [];
  const prev = new ButtonBuilder().setStyle(ButtonStyle.Secondary).setLabel('Previous').setCustomId(encodePageId({ page: page - 1, at, line }, ttlMs)).setDisabled(page === 0);
  // Two buttons may not share an id, even a disabled one.
  const next = new ButtonBuilder().setStyle(ButtonStyle.Secondary).setLabel('Next').setCustomId(encodePageId({ page: Math.min(page + 1, pages - 1), at, line }, ttlMs) + (page + 1 >= pages ? ' ' : '')).setDisabled(page + 1 >= pages);
  return [new ActionRowBuilder<ButtonBuilder>().addComponents(prev, next).toJSON()];
}

function message(pages: Page[], page: number, line: string, at: number, ttlMs: number) {
  const p = pages[Math.max(0, Math.min(page, pages.length - 1))]!;
  return { embeds: p.embeds, components: components(line, at, Math.min(page, pages.length - 1), pages.length, ttlMs), allowedMentions: NO_PINGS };
}

async function replyError(i: ChatInputCommandInteraction | ButtonInteraction, answer: Answer): Promise<void> {
  const body = { ...message(renderPages(answer), 0, '', 0, 0), flags: MessageFlags.Ephemeral as const };
  if (i.deferred || i.replied) {
    // An error after a public "thinking…" goes to the asker alone, and the public placeholder goes away.
    await i.deleteReply().catch(() => undefined);
    await i.followUp(body);
  } else await i.reply(body);
}

async function onCommand(ctx: BotContext, i: ChatInputCommandInteraction): Promise<void> {
  const cmd = findCommand(i.commandName);
  if (!cmd) return void (await replyError(i, failure(i.commandName, 'That command is not known to this version of Dossier.')));
  const caller = callerOf(i, ctx.modRoleIds);
  const args: Args = {};
  // An attachment is passed on as its download URL.
  for (const o of i.options.data) if (o.value !== undefined) args[o.name] = o.attachment?.url ?? (o.value as string | boolean);
  const started = performance.now();
  const wait = ctx.limiter?.(i.user.id, i.channelId) ?? 0;
  if (wait > 0) return void (await replyError(i, failure(cmd.name, `Slow down a little: try again in ${wait} s.`)));
  const refused = refusal(cmd, caller);
  if (refused) {
    log.warn({ command: cmd.name, user: i.user.id, guild: i.guildId }, 'refused: not a moderator');
    return void (await replyError(i, failure(cmd.name, refused)));
  }
  const checked = validate(cmd, args);
  if ('error' in checked) return void (await replyError(i, failure(cmd.name, checked.error)));
  const ephemeral = args.ephemeral === true || cmd.moderatorOnly;
  await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const answer = await work.run(() => runCommand(ctx.engine, cmd, args, caller));
  ctx.metrics?.count(cmd.name, performance.now() - started, !answer.error);
  if (answer.error) return void (await replyError(i, answer));
  const line = commandLine(cmd.name, checked.args);
  await i.editReply(message(renderPages(answer), 0, line, Math.floor(Date.now() / 1000), ctx.pageTtlMs));
}

async function onAutocomplete(ctx: BotContext, i: AutocompleteInteraction): Promise<void> {
  const cmd = findCommand(i.commandName);
  const focused = i.options.getFocused(true);
  if (!cmd?.autocomplete || !ctx.engine.ready) return void (await i.respond([]));
  const typed = String(focused.value ?? '').slice(0, 100);
  const choices = cmd.autocomplete({ engine: ctx.engine, caller: callerOf(i, ctx.modRoleIds) }, focused.name, typed);
  await i.respond(choices.slice(0, 25));
}

async function onButton(ctx: BotContext, i: ButtonInteraction): Promise<void> {
  const decoded = decodePageId(i.customId.trim(), ctx.pageTtlMs);
  if (!decoded.ok) {
    const text = decoded.reason === 'expired' ? 'These pages have expired; run the command again for a fresh answer.' : 'That button is not one of mine.';
    return void (await i.reply({ embeds: renderPages(failure('page', text))[0]!.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS }));
  }
  const { page, at, line } = decoded.state;
  await i.deferUpdate();
  const answer = await work.run(() => answerLine(ctx.engine, line, callerOf(i, ctx.modRoleIds)));
  if (answer.error) return void (await i.followUp({ embeds: renderPages(answer)[0]!.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS }));
  await i.editReply(message(renderPages(answer), page, line, at, ctx.pageTtlMs));
}

export async function handleInteraction(ctx: BotContext, i: Interaction): Promise<void> {
  const rid = requestId();
  log.debug({ requestId: rid, interaction: i.id, type: i.type, command: 'commandName' in i ? i.commandName : undefined, user: i.user.id, guild: i.guildId }, 'interaction');
  try {
    if (i.isChatInputCommand()) await onCommand(ctx, i);
    else if (i.isAutocomplete()) await onAutocomplete(ctx, i);
    else if (i.isButton()) await onButton(ctx, i);
  } catch (err) {
    ctx.metrics?.error();
    const ref = reportError(err, { interaction: i.id, type: i.type, requestId: rid });
    if (i.isRepliable()) {
      const body = { embeds: renderPages(failure('error', `Something went wrong (reference ${ref}). Please try again.`))[0]!.embeds, flags: MessageFlags.Ephemeral as const, allowedMentions: NO_PINGS };
      await (i.deferred || i.replied ? i.followUp(body) : i.reply(body)).catch((e) => log.warn({ err: e, requestId: ref }, 'could not report the error'));
    }
  }
}

/** A message that mentions the bot: answered in place, as a reply, with the best cited excerpts. */
export async function handleMessage(ctx: BotContext, client: Client, m: Message): Promise<void> {
  const me = client.user;
  if (!me || m.author.bot || m.author.id === me.id || !m.mentions.users.has(me.id)) return;
  const id = requestId();
  try {
    const wait = ctx.limiter?.(m.author.id, m.channelId) ?? 0;
    // Join a thread it is mentioned in, so that it sees the rest of the conversation there.
    if (m.channel.isThread() && !m.channel.joined) await m.channel.join().catch((err) => log.warn({ err, thread: m.channelId }, 'could not join thread'));
    const text = m.content.replace(/<@!?\d+>/g, ' ').trim();
    const started = performance.now();
    const answer = wait > 0 ? failure('ask', `Slow down a little: try again in ${wait} s.`) : text ? await work.run(() => answerQuestion(ctx.engine, text)) : (await import('../../commands/help.js')).helpAnswer(commands);
    ctx.metrics?.count('mention', performance.now() - started, !answer.error);
    const line = text && text.length <= 500 ? text.replace(/^\/+/, '') : '';
    const body = line ? message(renderPages(answer), 0, line, Math.floor(Date.now() / 1000), ctx.pageTtlMs) : message(renderPages(answer), 0, '', 0, 0);
    await m.reply(body);
  } catch (err) {
    reportError(err, { requestId: id, message: m.id });
  }
}
