// A small Discord for tests, on 127.0.0.1: enough REST (/api/v10/...) and gateway (HELLO, IDENTIFY -> READY,
// heartbeats, GUILD_CREATE, dispatches, RESUME) for the real bot with its real discord.js client. Sharded as
// Discord shards: GET /gateway/bot recommends a count, each connection identifies as [id, count], and each
// guild's events go to shard (guild_id >> 22) % count.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const IDS = {
  app: '900000000000000001',
  bot: '900000000000000001',
  guild: '900000000000000100',
  /** A second server, on the other shard of two from IDS.guild ((id >> 22) % 2 is 0 here, 1 there). */
  guild2: '900000000004194404',
  channel2: '900000000004194504',
  channel: '900000000000000200',
  thread: '900000000000000300',
  newThread: '900000000000000301',
  user: '900000000000000400',
  mod: '900000000000000401',
  modRole: '900000000000000500',
  /** The role Discord makes for the bot when it joins (managed, tagged with the bot's id). */
  botRole: '900000000000000501',
  owner: '900000000000000402',
};

export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  at: number;
}

/** A fault to inject: the reply to send instead, and how long to wait before sending it (a slow Discord). */
type Override = (
  call: RestCall,
) => { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number } | undefined;

let snowflake = 1_000_000n;
export const nextId = () => (950000000000000000n + snowflake++).toString();

const userObj = (id: string, name: string, bot = false) => ({
  id,
  username: name,
  discriminator: '0',
  global_name: name,
  avatar: null,
  bot,
});

/** The shard Discord sends a guild's events on. */
export const shardOfGuild = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

/** The guild a channel of the fake belongs to. */
const guildOfChannel = (channelId: string) => (channelId === IDS.channel2 ? IDS.guild2 : IDS.guild);

/** One gateway connection: the shard it identified as, its own sequence and session. */
interface ShardConnection {
  ws: WebSocket;
  id: number;
  count: number;
  seq: number;
  session: string;
}

export interface FakeOptions {
  /** What GET /gateway/bot recommends (the bot's SHARD_COUNT=auto follows it). */
  shards?: number;
  /** The servers the bot is in: IDS.guild alone unless told. */
  guilds?: string[];
}

function messageObject(channelId: string, body: any, id = nextId()) {
  return {
    id,
    channel_id: channelId,
    guild_id: guildOfChannel(channelId),
    author: userObj(IDS.bot, 'Dossier', true),
    content: body?.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    type: 0,
    pinned: false,
    flags: body?.flags ?? 0,
  };
}

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  private http!: Server;
  private wss!: WebSocketServer;
  /** The live connection of each shard id. */
  private connections = new Map<number, ShardConnection>();
  private waiters: { match: (c: RestCall) => boolean; resolve: (c: RestCall) => void }[] = [];
  private readyWaiters: (() => void)[] = [];
  identified = 0;
  resumed = 0;
  /** Every IDENTIFY's shard, [id, count], in the order they came. */
  readonly identifies: [number, number][] = [];
  /** Every dispatch: its event name, the guild it concerns if any, and the shard it was sent on. */
  readonly dispatched: { t: string; guild?: string; shard: number }[] = [];
  readonly recommendedShards: number;
  readonly guilds: string[];

  constructor(options: FakeOptions = {}) {
    this.recommendedShards = options.shards ?? 1;
    this.guilds = options.guilds ?? [IDS.guild];
  }
  override: Override | null = null;
  /** Told of each REST call as it arrives, before it is answered (in order with what the bot itself traces). */
  onCall: ((call: RestCall) => void) | null = null;
  port = 0;
  /** The message each interaction token's "@original" is (for a button, the message it is on). */
  private originals = new Map<string, string>();
  /** The message each button (custom_id) was last sent on, as Discord puts it in a button press. */
  private messageIds = new Map<string, string>();

  /** A message as the bot made it: its id, and the buttons on it remembered against that id. */
  /** Messages per channel, oldest first: what a GET of a channel's messages returns. */
  readonly history = new Map<string, any[]>();

  private remember(m: any) {
    const list = this.history.get(m.channel_id) ?? [];
    const at = list.findIndex((x) => x.id === m.id);
    if (at >= 0) list[at] = m;
    else list.push(m);
    this.history.set(m.channel_id, list);
  }

  private made(channelId: string, body: any, id?: string) {
    const m = messageObject(channelId, body, id);
    this.remember(m);
    for (const row of body?.components ?? [])
      for (const c of row.components ?? []) if (c.custom_id) this.messageIds.set(c.custom_id, m.id);
    return m;
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.http, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onSocket(ws));
    await new Promise<void>((r) => this.http.listen(0, '127.0.0.1', r));
    this.port = (this.http.address() as AddressInfo).port;
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.http.closeAllConnections?.();
    await new Promise<void>((r) => this.http.close(() => r()));
  }

  /** Resolves once every shard of the bot has identified (or resumed) and been sent its guilds. */
  whenReady(): Promise<void> {
    return new Promise((r) => this.readyWaiters.push(r));
  }

  /** Sends on one connection with that connection's own sequence. */
  private sendOn(conn: ShardConnection | undefined, payload: { op: number; t?: string; d?: unknown }) {
    if (!conn) return;
    if (payload.op === 0) (payload as any).s = ++conn.seq;
    conn.ws.send(JSON.stringify(payload));
  }

  /** An event, sent on the shard its guild belongs to (a guildless event goes to shard 0). */
  dispatch(t: string, d: any): void {
    const guild: string | undefined = d?.guild_id ?? (t.startsWith('GUILD_') ? d?.id : undefined);
    const count = this.connections.get(0)?.count ?? this.connections.values().next().value?.count ?? 1;
    const shard = guild ? shardOfGuild(guild, count) : 0;
    this.dispatched.push({ t, guild, shard });
    this.sendOn(this.connections.get(shard), { op: 0, t, d });
  }

  /** Drops every gateway connection the way a network blip does; the bot should resume. */
  dropConnection(): void {
    for (const c of this.connections.values()) c.ws.terminate();
  }

  /** Wakes whoever waits for the bot once every shard 0..count-1 has a live, identified connection. */
  private maybeReady(count: number) {
    for (let id = 0; id < count; id++) if (!this.connections.has(id)) return;
    setTimeout(() => this.readyWaiters.splice(0).forEach((r) => r()), 50);
  }

  private onSocket(ws: WebSocket) {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 40_000 } }));
    let conn: ShardConnection | undefined;
    ws.on('close', () => {
      if (conn && this.connections.get(conn.id) === conn) this.connections.delete(conn.id);
    });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (msg.op === 2) {
        // A bot that does not say its shard is shard [0, 1]; an id outside its count is refused, as Discord does.
        const [id, count] = (msg.d?.shard as [number, number] | undefined) ?? [0, 1];
        if (!(Number.isInteger(id) && Number.isInteger(count) && id >= 0 && id < count))
          return ws.close(4010, 'Invalid shard');
        this.identified++;
        this.identifies.push([id, count]);
        conn = { ws, id, count, seq: 0, session: `session-${id}-${this.identified}` };
        this.connections.set(id, conn);
        const mine = this.guilds.filter((g) => shardOfGuild(g, count) === id);
        this.sendOn(conn, {
          op: 0,
          t: 'READY',
          d: {
            v: 10,
            user: userObj(IDS.bot, 'Dossier', true),
            guilds: mine.map((g) => ({ id: g, unavailable: true })),
            session_id: conn.session,
            resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
            application: { id: IDS.app, flags: 0 },
            shard: [id, count],
          },
        });
        for (const g of mine) this.dispatch('GUILD_CREATE', this.guild(g));
        this.maybeReady(count);
      } else if (msg.op === 6) {
        // A resume names its session, and so its shard.
        const match = /^session-(\d+)-/.exec(String(msg.d?.session_id ?? ''));
        const count = [...this.identifies].reverse().find(([i]) => match && i === Number(match[1]))?.[1];
        if (!match || !count) return ws.close(4009, 'Session timed out');
        this.resumed++;
        conn = { ws, id: Number(match[1]), count, seq: Number(msg.d?.seq ?? 0), session: msg.d.session_id };
        this.connections.set(conn.id, conn);
        this.sendOn(conn, { op: 0, t: 'RESUMED', d: {} });
        this.maybeReady(count);
      }
    });
  }

  private guild(id = IDS.guild) {
    return id === IDS.guild ? this.newsroom() : this.otherGuild(id);
  }

  private newsroom() {
    const now = new Date().toISOString();
    return {
      id: IDS.guild,
      name: 'Newsroom',
      icon: null,
      owner_id: IDS.owner,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      roles: [
        {
          id: IDS.guild,
          name: '@everyone',
          permissions: '1024',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: IDS.modRole,
          name: 'Desk editors',
          permissions: '1024',
          position: 1,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: IDS.botRole,
          name: 'Dossier',
          permissions: '1024',
          position: 2,
          color: 0,
          hoist: false,
          managed: true,
          mentionable: true,
          flags: 0,
          tags: { bot_id: IDS.bot },
        },
      ],
      emojis: [],
      stickers: [],
      channels: [
        {
          id: IDS.channel,
          type: 0,
          name: 'newsroom',
          guild_id: IDS.guild,
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        },
      ],
      threads: [
        {
          id: IDS.thread,
          type: 11,
          name: 'cpec-research',
          guild_id: IDS.guild,
          parent_id: IDS.channel,
          owner_id: IDS.user,
          member_count: 2,
          message_count: 3,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
          member: { id: IDS.thread, user_id: IDS.bot, join_timestamp: now, flags: 0 },
        },
      ],
      members: [],
      member_count: 3,
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      large: false,
      joined_at: now,
      unavailable: false,
    };
  }

  /** A second server shaped like the first: its own @everyone role and one text channel, no threads. */
  private otherGuild(id: string) {
    const base = this.newsroom();
    const now = new Date().toISOString();
    return {
      ...base,
      id,
      name: 'Bureau',
      joined_at: now,
      roles: base.roles.map((r) => (r.id === IDS.guild ? { ...r, id } : r)),
      channels: [
        {
          id: IDS.channel2,
          type: 0,
          name: 'bureau',
          guild_id: id,
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        },
      ],
      threads: [],
    };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let raw = '';
    for await (const chunk of req) raw += chunk;
    let body: any = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      // multipart bodies stay text
    }
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v\d+/, ''),
      query: url.searchParams,
      body,
      at: Date.now(),
    };
    this.calls.push(call);
    this.onCall?.(call);
    const forced = this.override?.(call);
    if (forced?.delayMs) await new Promise((r) => setTimeout(r, forced.delayMs));
    // A delay with no status of its own: the usual reply, late.
    const reply = forced && forced.status ? forced : this.route(call);
    if (res.destroyed) return;
    res.writeHead(reply.status, {
      ...(reply.status === 204 ? {} : { 'content-type': 'application/json' }),
      ...(reply.headers ?? {}),
    });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    if (reply.status < 300) {
      for (const w of [...this.waiters])
        if (w.match(call)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(call);
        }
    }
  }

  private route(c: RestCall): { status: number; body?: unknown; headers?: Record<string, string> } {
    const p = c.path;
    if (c.method === 'GET' && p === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: this.recommendedShards,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: this.recommendedShards,
          },
        },
      };
    }
    if (c.method === 'GET' && p === '/gateway')
      return { status: 200, body: { url: `ws://127.0.0.1:${this.port}/gateway` } };
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return { status: 204 };
    const hook = /^\/webhooks\/\d+\/([^/]+)(?:\/messages\/(@original|%40original|\d+))?$/.exec(p);
    if (hook) {
      if (c.method === 'DELETE') return { status: 204 };
      const token = hook[1]!;
      if (!hook[2]) return { status: 200, body: this.made(IDS.channel, c.body) };
      const id = /^\d+$/.test(hook[2]) ? hook[2] : (this.originals.get(token) ?? nextId());
      if (!/^\d+$/.test(hook[2])) this.originals.set(token, id);
      return { status: 200, body: this.made(IDS.channel, c.body, id) };
    }
    const msg = /^\/channels\/(\d+)\/messages$/.exec(p);
    if (msg && c.method === 'POST') return { status: 200, body: this.made(msg[1]!, c.body) };
    if (msg && c.method === 'GET') {
      // Newest first, before the given message, as Discord pages them.
      const before = c.query.get('before');
      const limit = Number(c.query.get('limit') ?? 50);
      const list = (this.history.get(msg[1]!) ?? []).filter((m) => !before || BigInt(m.id) < BigInt(before));
      return { status: 200, body: list.slice(-limit).reverse() };
    }
    if (/^\/channels\/\d+\/thread-members\/(?:@me|%40me)$/.test(p)) return { status: 204 };
    if (p === '/users/@me') return { status: 200, body: userObj(IDS.bot, 'Dossier', true) };
    return { status: 404, body: { message: 'Unknown route in the fake Discord', code: 0 } };
  }

  /** The next REST call that matches, waiting for it if it has not come yet. */
  waitFor(match: (c: RestCall) => boolean, after = 0, timeoutMs = 10_000): Promise<RestCall> {
    const done = this.calls.find((c) => c.at >= after && match(c));
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for a REST call')), timeoutMs);
      this.waiters.push({ match: (c) => c.at >= after && match(c), resolve: (c) => (clearTimeout(t), resolve(c)) });
    });
  }

  // ---- what users do ----

  member(kind: 'user' | 'mod' | 'owner' | 'editor', userId?: string) {
    const id = userId ?? (kind === 'mod' ? IDS.mod : kind === 'owner' ? IDS.owner : IDS.user);
    const permissions = kind === 'mod' || kind === 'owner' ? String(1024n | 32n) : '1024';
    return {
      user: userObj(id, kind),
      roles: kind === 'editor' ? [IDS.modRole] : [],
      permissions,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    };
  }

  /** Fires a slash command; returns the interaction id and token to match the bot's calls against. */
  command(
    name: string,
    options: Record<string, string | boolean> = {},
    who: 'user' | 'mod' | 'owner' | 'editor' = 'user',
    type = 2,
    focused?: string,
    userId?: string,
  ) {
    return this.commandIn(IDS.channel, name, options, who, type, focused, userId);
  }

  /** A slash command in a given channel (and so in its server, on that server's shard). */
  commandIn(
    channelId: string,
    name: string,
    options: Record<string, string | boolean> = {},
    who: 'user' | 'mod' | 'owner' | 'editor' = 'user',
    type = 2,
    focused?: string,
    userId?: string,
  ) {
    const id = nextId();
    const token = `tok-${id}`;
    const guildId = guildOfChannel(channelId);
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.app,
      type,
      token,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'newsroom' },
      member: this.member(who, userId),
      app_permissions: '2147483647',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      data: {
        id: nextId(),
        name,
        type: 1,
        options: Object.entries(options).map(([k, v]) => ({
          name: k,
          type: typeof v === 'boolean' ? 5 : 3,
          value: v,
          ...(focused === k ? { focused: true } : {}),
        })),
      },
    });
    return { id, token };
  }

  autocomplete(name: string, option: string, typed: string) {
    return this.command(name, { [option]: typed }, 'user', 4, option);
  }

  button(customId: string, who: 'user' | 'mod' = 'user', userId?: string) {
    const id = nextId();
    const token = `tok-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.app,
      type: 3,
      token,
      version: 1,
      guild_id: IDS.guild,
      channel_id: IDS.channel,
      channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'newsroom' },
      member: this.member(who, userId),
      app_permissions: '2147483647',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: 0,
      message: messageObject(IDS.channel, { content: '', embeds: [] }, this.pressed(token, customId)),
      data: { custom_id: customId, component_type: 2 },
    });
    return { id, token };
  }

  /** The id of the message a button is on; the press's "@original" is that message. */
  private pressed(token: string, customId: string): string {
    const id = this.messageIds.get(customId.trim()) ?? this.messageIds.get(customId) ?? nextId();
    this.originals.set(token, id);
    return id;
  }

  /** A user's message in a channel or thread; mention the bot by putting <@id> (or its role, <@&id>) in the content. */
  say(
    content: string,
    channelId: string = IDS.thread,
    author = userObj(IDS.user, 'reporter'),
    mentionBot = content.includes(`<@${IDS.bot}>`),
  ) {
    const id = nextId();
    const m = {
      id,
      channel_id: channelId,
      guild_id: guildOfChannel(channelId),
      author,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentionBot ? [userObj(IDS.bot, 'Dossier', true)] : [],
      mention_roles: [...content.matchAll(/<@&(\d+)>/g)].map((r) => r[1]),
      attachments: [],
      embeds: [],
      type: 0,
      pinned: false,
      flags: 0,
    };
    this.remember(m);
    this.dispatch('MESSAGE_CREATE', m);
    return id;
  }

  /** "Ask Dossier" from a message's Apps menu, on a message with this content (by another member). */
  askAbout(content: string, who: 'user' | 'mod' = 'user') {
    const id = nextId();
    const token = `tok-${id}`;
    const target = { ...messageObject(IDS.channel, { content }), author: userObj(IDS.owner, 'columnist') };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.app,
      type: 2,
      token,
      version: 1,
      guild_id: IDS.guild,
      channel_id: IDS.channel,
      channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'newsroom' },
      member: this.member(who),
      app_permissions: '2147483647',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: 0,
      data: {
        id: nextId(),
        name: 'Ask Dossier',
        type: 3,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
      },
    });
    return { id, token };
  }

  /** A new thread the bot is not a member of. */
  createThread(id = IDS.newThread) {
    const now = new Date().toISOString();
    this.dispatch('THREAD_CREATE', {
      id,
      type: 11,
      name: 'fresh-thread',
      guild_id: IDS.guild,
      parent_id: IDS.channel,
      owner_id: IDS.user,
      member_count: 1,
      message_count: 0,
      newly_created: true,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
    });
  }

  static user = userObj;
}
