// The bot's runtime against a fake Discord: online before its corpus is built, "loading: n of N files" until it
// serves, liveness and readiness, a /reload that shows its progress and never holds up other answers.
// Builds are held open by a gate in the ingest seam, so every assertion is about order, never about time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { FakeDiscord, IDS, type RestCall } from './fake-discord.js';
import { startBot, type Bot } from '../../src/bot.js';
import { loadConfig } from '../../src/config.js';
import { Engine } from '../../src/engine.js';
import { ingestFile } from '../../src/corpus/ingest.js';
import type { RawFile } from '../../src/corpus/read.js';
import { tempCorpus } from '../helpers.js';

const EPHEMERAL = 64;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => r(p));
    });
  });
}

/** A wire story written to the usual pattern: headline, date line, dateline and body. */
const LATE_ARTICLE = (n: number) =>
  `Harbour authority opens container terminal number ${n}\ndate 2024-03-0${n}\n\nROTTERDAM, March ${n} - The harbour authority opened a new container terminal on the river on Monday, saying it would double the number of ships the quay can take each week.\n\n"The quay was full every week last winter," the authority's operations director, Marit Vandersloot, told reporters at the opening.\n`;

const text = (c: RestCall) => JSON.stringify(c.body ?? {});
const isEdit = (token: string) => (c: RestCall) =>
  c.method === 'PATCH' && c.path.includes(`/webhooks/${IDS.app}/${token}/messages/`);

let fake: FakeDiscord;
let bot: Bot;
let corpus: string;
let port: number;
const first = gate();
const late = gate();

beforeAll(async () => {
  corpus = tempCorpus({}, true);
  port = await freePort();
  // The first build waits for `first`; files named late-* (added for a reload) wait for `late`.
  const engine = new Engine({
    dir: corpus,
    maxFileBytes: 1e6,
    ingest: async (f: RawFile) => {
      await (f.file.startsWith('late-') ? late.opened : first.opened);
      return ingestFile(f);
    },
  });
  fake = new FakeDiscord();
  await fake.start();
  const config = loadConfig({
    DISCORD_TOKEN: 'fake-token-for-tests',
    DISCORD_API_BASE: fake.api,
    LOG_LEVEL: 'silent',
    SNAPSHOT_PATH: '',
    CORPUS_DIR: corpus,
    HEALTH_PORT: String(port),
  } as NodeJS.ProcessEnv);
  const ready = fake.whenReady();
  bot = await startBot(config, { engine, context: { progressEveryMs: 0 } });
  await ready;
});

afterAll(async () => {
  first.open();
  late.open();
  await bot?.stop();
  await fake?.stop();
});

describe('a bot whose corpus is still being built', () => {
  it('is online in Discord before the first index serves', () => {
    expect(fake.identified).toBe(1);
    expect(bot.engine.ready).toBe(false);
  });

  it('is live at once and ready only once the index serves', async () => {
    const live = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'loading' });
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
  });

  it('tells a command, ephemerally, how many files of how many are read', async () => {
    // Once the folder is listed (the build then waits on the gate).
    await new Promise<void>((r) => {
      if (bot.engine.progress) return r();
      const stop = bot.engine.watchProgress(() => (stop(), r()));
    });
    const { id, token } = fake.command('who', { name: 'muttaqi' });
    const cb = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text(cb)).toContain('loading: 0 of 5 files');
  });

  it('tells a mention the same', async () => {
    const before = Date.now();
    fake.say(`<@${IDS.bot}> who is muttaqi?`, IDS.channel);
    const reply = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`,
      before,
    );
    expect(text(reply)).toContain('loading: 0 of 5 files');
  });

  it('answers once the first index serves, and says it is ready', async () => {
    first.open();
    await bot.loaded;
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const { id, token } = fake.command('who', { name: 'muttaqi' });
    await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    const reply = await fake.waitFor(isEdit(token));
    expect(text(reply)).toContain('Amir Khan Muttaqi');
  });
});

describe('a /reload under way', () => {
  it('edits its reply with its progress, answers /search meanwhile, takes another /reload in, and ends with the report', async () => {
    first.open();
    await bot.loaded;
    writeFileSync(join(corpus, 'late-1.txt'), LATE_ARTICLE(1));
    writeFileSync(join(corpus, 'late-2.txt'), LATE_ARTICLE(2));
    const reload = fake.command('reload', {}, 'mod');
    const deferred = await fake.waitFor((c) => c.path === `/interactions/${reload.id}/${reload.token}/callback`);
    expect(deferred.body.type).toBe(5);
    expect(deferred.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    // The five seed files come from the cache; the reload then waits on the late files.
    await fake.waitFor((c) => isEdit(reload.token)(c) && text(c).includes('5 of 7 files'));

    // A /search sent after the reload started is answered before the reload finishes.
    const search = fake.command('search', { query: 'Paktika bombardment' });
    const answer = await fake.waitFor(isEdit(search.token));
    expect(text(answer)).toContain('Paktika');
    expect(bot.engine.reloading).toBe(true);

    // A second /reload is told how far the first is, at once and to its asker alone.
    const again = fake.command('reload', {}, 'mod');
    const told = await fake.waitFor((c) => c.path === `/interactions/${again.id}/${again.token}/callback`);
    expect(told.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text(told)).toContain('Already reloading: 5 of 7 files');

    late.open();
    const report = await fake.waitFor((c) => isEdit(reload.token)(c) && text(c).includes('Corpus reloaded'));
    expect(text(report)).toContain('Added (2)');
    const edits = fake.calls.filter(isEdit(reload.token));
    // Progress first, never going backwards, the report last; the search answer came before the report.
    expect(edits[edits.length - 1]).toBe(report);
    const done = edits
      .slice(0, -1)
      .map((c) => Number(/(\d+) of 7 files/.exec(text(c))?.[1] ?? (text(c).includes('all 7 files read') ? 7 : NaN)));
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.every((n, k) => !Number.isNaN(n) && (k === 0 || n >= done[k - 1]!))).toBe(true);
    expect(fake.calls.indexOf(answer)).toBeLessThan(fake.calls.indexOf(report));

    // The new articles are searchable once the report is out.
    const after = fake.command('search', { query: 'container terminal quay' });
    expect(text(await fake.waitFor(isEdit(after.token)))).toContain('late-');

    // The bot's /metrics counted what it answered and both builds (the first load and this reload).
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^dossier_command_duration_seconds_count\{command="search"\} [2-9]/m);
    expect(metrics).toMatch(/^dossier_commands_total\{command="reload",result="ok"\} 1$/m);
    expect(metrics).toMatch(/^dossier_reloads_total\{result="ok"\} 2$/m);
    expect(metrics).toMatch(/^dossier_reload_duration_seconds_count\{result="ok"\} 2$/m);
  });
});
