import { mkdtempSync, writeFileSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { ingestFile } from '../src/corpus/ingest.js';
import { splitPassages } from '../src/corpus/passages.js';
import type { Document } from '../src/types.js';
import { answerConsoleLine } from '../src/console.js';
import {
  renderJson,
  type JsonAnswers,
  type JsonError,
  type JsonPerson,
  type JsonWho,
  type Noticed,
} from '../src/adapters/json.js';

export const SEED_DIR = join(import.meta.dirname, '..', 'corpus');

let seedCount: number | undefined;
/**
 * How many documents the seed corpus gives, as ingestion reads it today: for tests whose point is that none is lost
 * or added, not the number itself (which changes when ingestion splits a page otherwise).
 */
export function seedDocuments(): number {
  return (seedCount ??= readdirSync(SEED_DIR)
    .map((file) => ingestFile({ file, hash: file, text: readFileSync(join(SEED_DIR, file), 'utf8') }))
    .reduce((n, r) => n + r.docs.length, 0));
}

/** The shipped seed corpus's size, named once for the tests whose point it is (the whole seed loads). */
export const SEED = { files: 5, documents: 9 } as const;

export async function seedEngine(): Promise<Engine> {
  const engine = new Engine({ dir: SEED_DIR, maxFileBytes: 2 * 1024 * 1024 });
  await engine.reload();
  return engine;
}

/** A fresh corpus folder with the given files (and, if asked, the seed articles). */
export function tempCorpus(files: Record<string, string | Buffer>, withSeeds = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  if (withSeeds) cpSync(SEED_DIR, dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

/** An engine built over a fresh corpus folder of the given files. */
export async function builtEngine(files: Record<string, string>): Promise<Engine> {
  const engine = new Engine({ dir: tempCorpus(files), maxFileBytes: 1e6 });
  await engine.reload();
  return engine;
}

/** The command a console line runs: "/who dar" -> "who"; a line without a slash is a question. */
type CommandOf<L extends string> = string extends L
  ? keyof JsonAnswers
  : L extends `/${infer C} ${string}`
    ? Lowercase<C>
    : L extends `/${infer C}`
      ? Lowercase<C>
      : 'ask';

/** The articles given, and twenty market reports beside them, so that a word's rarity in the corpus means something. */
export function withFillers(files: Record<string, string>): Record<string, string> {
  const out = { ...files };
  for (let i = 1; i <= 20; i++)
    out[`filler${i}.txt`] =
      `Market report ${i}\n date 1987-06-01\n\nNEW YORK, June 1 - Trading in shares of company number ${i} was ` +
      'quiet and prices closed mixed, dealers said.\n';
  return out;
}

/** The --json answer to a line: its command's type, or that command's failure (`error` set, nothing else). */
export type JsonReply<L extends string> =
  CommandOf<L> extends infer C
    ? C extends keyof JsonAnswers
      ? (JsonAnswers[C] & Noticed & { error?: undefined }) | JsonFailure<C>
      : JsonFailure<string>
    : never;

/** A failure, typed so that a test may read an answer's fields before checking it failed: they are absent. */
type JsonFailure<C extends string> = JsonError & { command: C } & {
  [K in Exclude<AnswerKeys, 'command' | 'error'>]?: undefined;
};
type AnswerKeys = JsonAnswers[keyof JsonAnswers] extends infer A ? (A extends unknown ? keyof A : never) : never;

/** Runs one console line through the JSON renderer, as scripts see it, and reads it back as the contract types it. */
export async function json<L extends string>(engine: Engine, line: L): Promise<JsonReply<L>> {
  return JSON.parse(renderJson(await answerConsoleLine(engine, line))) as JsonReply<L>;
}

/** The answer of a line that must succeed: its failure message fails the test instead of a property read. */
export async function answered<L extends string>(engine: Engine, line: L): Promise<Answered<L>> {
  const a = await json(engine, line);
  if (typeof a.error === 'string') throw new Error(`${line} failed: ${a.error}`);
  return a as Answered<L>;
}

/** The --json answer to a line that succeeded. */
export type Answered<L extends string> = Exclude<JsonReply<L>, { error: string }>;

/** The one person a /who answer found (not several a name may be, nor the holders of a role). */
export function onePerson(a: JsonWho & { error?: undefined }): JsonPerson {
  if (a.ambiguous || a.byRole || a.people.length !== 1)
    throw new Error(
      `/who ${a.query} found ${a.people.length} people${a.ambiguous ? ' (ambiguous)' : a.byRole ? ' (by role)' : ''}`,
    );
  return a.people[0]!;
}

/** One article of this text, its passages split as ingestion splits them (undated, English unless told). */
export function textDocument(text: string, opts: { lang?: string; date?: string | null } = {}): Document {
  const { lang = 'en', date = null } = opts;
  return { doc: 't', file: 't', title: 't', date, source: null, lang, text, passages: splitPassages(text) };
}
