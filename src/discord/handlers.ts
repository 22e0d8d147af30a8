// Discord events to engine calls and back: slash commands, autocomplete, page buttons and mentions.
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type GuildMember,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { findCommand } from '../commands/index.js';
import type { Caller, RawOptions } from '../commands/command.js';
import { prepare } from '../commands/prepare.js';
import { failure, type Answer } from '../answer.js';
import type { Engine } from '../engine.js';
import {
  answerLine,
  answerQuestion,
  helpForEveryone,
  MAX_QUESTION,
  reportError,
  runPrepared,
} from '../commands/dispatch.js';
import { log, requestId } from '../log.js';
import { renderPages } from './render.js';
import { decodePageId } from './paging.js';
import { lineMessage, pageBody, plainBody, privateBody, slowDown, slowDownMessage, type PageBody } from './replies.js';
import { WorkQueue } from './queue.js';
import type { Limiter } from '../ratelimit.js';
import type { PageCache } from './pagecache.js';
import { AcknowledgementTimeout } from './rest.js';
import { recall, type Said } from '../queries/ask.js';
import { MAX_TURNS } from '../questions/context.js';
import { ASK_MESSAGE } from './definitions.js';
import { progressLine } from '../progress.js';

/** The answers being worked out, one at a time; acknowledgements never wait in it. */
const work = new WorkQueue();

export interface BotContext {
  engine: Engine;
  modRoleIds: string[];
  pageTtlMs: number;
  /** Refuses a caller who asks too often: the wait in seconds (0 when allowed), and whether to tell them. */
  limiter?: Limiter;
  /** Pages of answers with buttons, so that a press does not work the query out again. */
  pages?: PageCache;
  metrics?: { count(command: string, ms: number, ok: boolean): void; error(): void };
  /** Shortest time between two progress edits of a /reload reply (default PROGRESS_EDIT_MS). */
  progressEveryMs?: number;
  /** Told when an interaction is acknowledged and when its answer's work starts (for tests of their order). */
  trace?: (event: 'ack' | 'work', interactionId: string) => void;
}

/** A /reload's reply shows its progress at most this often: Discord rate-limits edits, and people read slowly. */
const PROGRESS_EDIT_MS = 3000;

/** The interactions the bot answers with a message of its own (or an edit of the one a button is on). */
type Answerable = ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

function callerOf(i: Interaction, modRoleIds: string[]): Caller {
  const member = i.member as GuildMember | { roles: string[] } | null;
  const perms = i.memberPermissions;
  const roles: string[] = member
    ? Array.isArray(member.roles)
      ? member.roles
      : [...(member as GuildMember).roles.cache.keys()]
    : [];
  const moderator = !!perms?.has(PermissionFlagsBits.ManageGuild) || roles.some((r) => modRoleIds.includes(r));
  return { id: i.user.id, moderator };
}

/** Interactions whose acknowledgement was sent (whether or not Discord confirmed it): never acknowledged twice. */
const acknowledged = new WeakSet<Interaction>();

/**
 * Acknowledges an interaction once. An acknowledgement that timed out may have reached Discord: it is not sent
 * again, and the answer still follows (by editing the placeholder, which works if it did).
 */
async function acknowledge(i: Answerable, how: () => Promise<unknown>): Promise<void> {
  acknowledged.add(i);
  try {
    await how();
  } catch (err) {
    if (!(err instanceof AcknowledgementTimeout)) throw err;
    log.warn({ interaction: i.id }, 'acknowledgement timed out; answering anyway, without acknowledging again');
  }
}

/**
 * Shows `body` in place of the placeholder ("thinking…", or the message a button is on). discord.js retries an
 * edit that fails with a server error; one that still fails gives way to an error that replaces the placeholder.
 */
async function deliver(i: Answerable, body: PageBody): Promise<{ id: string } | null> {
  try {
    return await i.webhook.editMessage('@original', body);
  } catch (err) {
    const ref = reportError(err, { interaction: i.id, step: 'answer edit' });
    await replaceWithError(
      i,
      failure('error', `The answer could not be delivered (reference ${ref}). Please try again.`),
      i.isButton(),
    ).catch((e) => log.warn({ err: e, requestId: ref }, 'could not report the error either'));
    return null;
  }
}

/** An error to the asker alone. After a public placeholder, the placeholder goes away (never left "thinking…"). */
async function replaceWithError(i: Answerable, answer: Answer, keepOriginal = false): Promise<void> {
  const body = privateBody(answer);
  // Not acknowledged yet: the error is the acknowledgement.
  if (!acknowledged.has(i)) return acknowledge(i, () => i.reply(body));
  if (!keepOriginal) {
    await i.webhook.deleteMessage('@original').catch(async (err) => {
      // Cannot be deleted: then at least it says what happened.
      log.warn({ err, interaction: i.id }, 'could not remove the placeholder');
      await i.webhook.editMessage('@original', plainBody(answer)).catch(() => undefined);
    });
  }
  await i.webhook.send(body);
}

async function replyError(i: Answerable, answer: Answer): Promise<void> {
  await replaceWithError(i, answer);
}

async function onCommand(ctx: BotContext, i: ChatInputCommandInteraction): Promise<void> {
  const cmd = findCommand(i.commandName);
  if (!cmd)
    return void (await replyError(i, failure(i.commandName, 'That command is not known to this version of Dossier.')));
  const name = cmd.data.name;
  const caller = callerOf(i, ctx.modRoleIds);
  const options: RawOptions = {};
  // An attachment is passed on as its download URL.
  for (const o of i.options.data)
    if (o.value !== undefined) options[o.name] = o.attachment?.url ?? (o.value as string | boolean);
  const started = performance.now();
  // An interaction must be answered: over the limit, the asker alone is told (ephemeral), never the channel.
  const { wait } = ctx.limiter?.(i.user.id, i.channelId) ?? { wait: 0 };
  if (wait > 0) return void (await replyError(i, slowDown(name, wait)));
  const ready = prepare(cmd, caller, options);
  if (!ready.ok) {
    if (ready.refused) log.warn({ command: name, user: i.user.id, guild: i.guildId }, 'refused: not a moderator');
    return void (await replyError(i, ready.answer));
  }
  const { prepared } = ready;
  // Until the first index serves, the asker alone is told how far the load has gone.
  if (!ctx.engine.ready) return void (await replyError(i, failure(name, ctx.engine.loadingLine())));
  // A reload under way takes this one in (its files are read again once it ends), and says how far it is.
  if (name === 'reload' && ctx.engine.reloading) {
    void ctx.engine.reload();
    return void (await replyError(
      i,
      failure(
        name,
        `Already reloading: ${ctx.engine.progressLine()}. Your reload is taken in: the folder is read again once this one ends.`,
      ),
    ));
  }
  await acknowledge(i, () => i.deferReply(prepared.ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
  ctx.trace?.('ack', i.id);
  const stopProgress = name === 'reload' ? showProgress(ctx, i) : null;
  // Commands that change the corpus wait for a reload, which gives way to queued answers: they stay out of the queue.
  const answer = await (cmd.data.moderatorOnly
    ? runPrepared(ctx.engine, prepared, caller)
    : work.run(() => {
        ctx.trace?.('work', i.id);
        return runPrepared(ctx.engine, prepared, caller);
      }));
  await stopProgress?.();
  ctx.metrics?.count(name, performance.now() - started, !answer.error);
  if (answer.error) return void (await replyError(i, answer));
  const pages = renderPages(answer);
  const sent = await deliver(
    i,
    pageBody(pages, 0, { line: prepared.line, at: Math.floor(Date.now() / 1000), ttlMs: ctx.pageTtlMs }),
  );
  if (sent) ctx.pages?.set(sent.id, pages);
}

/**
 * Edits a /reload's ephemeral reply with the build's progress, at most every `progressEveryMs`; the returned
 * function stops it and settles once the last progress edit is done, so the report always comes after.
 */
function showProgress(ctx: BotContext, i: ChatInputCommandInteraction): () => Promise<void> {
  const every = ctx.progressEveryMs ?? PROGRESS_EDIT_MS;
  let last = -Infinity;
  let edits = Promise.resolve();
  const stop = ctx.engine.watchProgress((p) => {
    const now = performance.now();
    if (now - last < every) return;
    last = now;
    const answer: Answer = {
      command: 'reload',
      title: 'Reloading the corpus',
      summary: progressLine(p, now),
      items: [],
      data: {},
    };
    edits = edits.then(() =>
      i.webhook.editMessage('@original', plainBody(answer)).then(
        () => undefined,
        (err) => log.warn({ err, interaction: i.id }, 'could not show the reload progress'),
      ),
    );
  });
  return () => {
    stop();
    return edits;
  };
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
    const text =
      decoded.reason === 'expired'
        ? 'These pages have expired; run the command again for a fresh answer.'
        : 'That button is not one of mine.';
    return void (await i.reply(privateBody(failure('page', text))));
  }
  // Pages are under the same budget as commands: told once, then a press is acknowledged and nothing changes.
  const verdict = ctx.limiter?.(i.user.id, i.channelId) ?? { wait: 0, notice: false };
  if (verdict.wait > 0) {
    if (verdict.notice) return void (await i.reply(privateBody(slowDown('page', verdict.wait))));
    return void (await i.deferUpdate());
  }
  const { page, at, line } = decoded.state;
  await acknowledge(i, () => i.deferUpdate());
  let pages = ctx.pages?.get(i.message.id);
  if (!pages) {
    // Not kept (made before a restart, or pushed out): worked out again from the line in the button.
    const changesCorpus = !!findCommand(line.match(/^\/(\S+)/)?.[1] ?? '')?.data.moderatorOnly;
    const run = () => answerLine(ctx.engine, line, callerOf(i, ctx.modRoleIds));
    const answer = await (changesCorpus ? run() : work.run(run));
    if (answer.error) return void (await i.webhook.send(privateBody(answer)));
    pages = renderPages(answer);
    ctx.pages?.set(i.message.id, pages);
  }
  await deliver(i, pageBody(pages, page, { line, at, ttlMs: ctx.pageTtlMs }));
}

/**
 * "Ask Dossier" on a message: the message's text as a question. Discord hands the command the message's content
 * whoever wrote it, without the Message Content intent.
 */
async function onAskMessage(ctx: BotContext, i: MessageContextMenuCommandInteraction): Promise<void> {
  const { wait } = ctx.limiter?.(i.user.id, i.channelId) ?? { wait: 0 };
  if (wait > 0) return void (await replyError(i, slowDown('ask', wait)));
  const text = questionText(i.targetMessage.content ?? '');
  if (!/[\p{L}\p{N}]/u.test(text))
    return void (await replyError(i, failure('ask', 'That message has no text to ask about.')));
  if (!ctx.engine.ready) return void (await replyError(i, failure('ask', ctx.engine.loadingLine())));
  const started = performance.now();
  await acknowledge(i, () => i.deferReply());
  ctx.trace?.('ack', i.id);
  const answer = await work.run(() => {
    ctx.trace?.('work', i.id);
    return answerQuestion(ctx.engine, text.slice(0, MAX_QUESTION));
  });
  ctx.metrics?.count('ask-message', performance.now() - started, !answer.error);
  if (answer.error) return void (await replyError(i, answer));
  const pages = renderPages(answer);
  const sent = await deliver(i, pageBody(pages, 0, null));
  if (sent) ctx.pages?.set(sent.id, pages);
}

export async function handleInteraction(ctx: BotContext, i: Interaction): Promise<void> {
  const rid = requestId();
  log.debug(
    {
      requestId: rid,
      interaction: i.id,
      type: i.type,
      command: 'commandName' in i ? i.commandName : undefined,
      user: i.user.id,
      guild: i.guildId,
    },
    'interaction',
  );
  try {
    if (i.isChatInputCommand()) await onCommand(ctx, i);
    else if (i.isAutocomplete()) await onAutocomplete(ctx, i);
    else if (i.isButton()) await onButton(ctx, i);
    else if (i.isMessageContextMenuCommand() && i.commandName === ASK_MESSAGE) await onAskMessage(ctx, i);
  } catch (err) {
    ctx.metrics?.error();
    const ref = reportError(err, { interaction: i.id, type: i.type, requestId: rid });
    if (i.isChatInputCommand() || i.isButton() || i.isMessageContextMenuCommand()) {
      // Never a second acknowledgement, and never a placeholder left "thinking…".
      await replaceWithError(
        i,
        failure('error', `Something went wrong (reference ${ref}). Please try again.`),
        i.isButton(),
      ).catch((e) => log.warn({ err: e, requestId: ref }, 'could not report the error'));
    }
  }
}

/** Whether a message is put to the bot: it mentions the bot, or the bot's own managed role (which Discord's
 *  mention picker often inserts instead). */
function mentionsBot(m: Message, botId: string): boolean {
  if (m.mentions.users.has(botId)) return true;
  return m.mentions.roles.some((r) => r.tags?.botId === botId);
}

/** The text of a message put to the bot, its mentions of users and roles taken out. */
const questionText = (content: string) =>
  content
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A thread's earlier conversation, for follow-ups: the last 20 messages (4,000 characters at most, see
 * questions/context.ts) before this one. The bot's own replies and the messages that mention it are always
 * readable; other members' messages only with the Message Content intent (their content is empty otherwise).
 */
async function threadConversation(m: Message, botId: string): Promise<Said[]> {
  if (!m.channel.isThread()) return [];
  const earlier = await m.channel.messages.fetch({ limit: MAX_TURNS, before: m.id }).catch((err) => {
    log.warn({ err, thread: m.channelId }, 'could not read the thread');
    return null;
  });
  if (!earlier) return [];
  const said: Said[] = [];
  // Oldest first, by id: snowflakes order messages even within one millisecond.
  for (const x of [...earlier.values()].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))) {
    if (x.author.id === botId) said.push({ answer: x.embeds[0]?.title ?? null });
    else if (mentionsBot(x, botId)) said.push({ question: questionText(x.content) });
    else if (x.content && !x.author.bot) said.push({ text: x.content.slice(0, 1000) });
  }
  return said;
}

/** A message that mentions the bot: answered in place, as a reply; in a thread, in the light of what came before. */
export async function handleMessage(ctx: BotContext, client: Client, m: Message): Promise<void> {
  const me = client.user;
  if (!me || m.author.bot || m.author.id === me.id || !mentionsBot(m, me.id)) return;
  const id = requestId();
  try {
    const { wait, notice } = ctx.limiter?.(m.author.id, m.channelId) ?? { wait: 0, notice: false };
    // Over the limit: one short notice, then silence until the budget refills. Never a reply per message.
    if (wait > 0) {
      if (notice) await m.reply(slowDownMessage(wait));
      return;
    }
    // Join a thread it is mentioned in, so that it sees the rest of the conversation there.
    if (m.channel.isThread() && !m.channel.joined)
      await m.channel.join().catch((err) => log.warn({ err, thread: m.channelId }, 'could not join thread'));
    const text = questionText(m.content);
    if (text && !ctx.engine.ready) return void (await m.reply(lineMessage(ctx.engine.loadingLine())));
    const started = performance.now();
    const said = text ? await threadConversation(m, me.id) : [];
    const answer = text
      ? await work.run(() =>
          answerQuestion(ctx.engine, text, ctx.engine.ready && said.length ? recall(ctx.engine.corpus, said) : []),
        )
      : helpForEveryone();
    ctx.metrics?.count('mention', performance.now() - started, !answer.error);
    const line = text && text.length <= 500 ? text.replace(/^\/+/, '') : '';
    const pages = renderPages(answer);
    const body = pageBody(pages, 0, line ? { line, at: Math.floor(Date.now() / 1000), ttlMs: ctx.pageTtlMs } : null);
    const sent = await m.reply(body);
    if (line) ctx.pages?.set(sent.id, pages);
  } catch (err) {
    reportError(err, { requestId: id, message: m.id });
  }
}
