// The --json contract of src/adapters/json.ts, held to what the answers really carry: every field an answer has is
// one its type declares (the key lists below must name every key of their type, or the typecheck fails).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import type {
  JsonAnswers,
  JsonCitation,
  JsonEvent,
  JsonMatch,
  JsonPerson,
  JsonPersonBrief,
} from '../src/adapters/json.js';
import { answered, json, seedEngine } from './helpers.js';

type Keys<T> = Record<T extends unknown ? keyof T : never, true>;

const citation = {
  doc: true,
  title: true,
  date: true,
  source: true,
  url: true,
  excerpt: true,
} satisfies Keys<JsonCitation>;
const match = { ...citation, highlights: true } satisfies Keys<JsonMatch>;
const person = {
  name: true,
  roles: true,
  aliases: true,
  affiliation: true,
  documents: true,
  mentions: true,
  firstDate: true,
  lastDate: true,
  citations: true,
  mentionedWith: true,
} satisfies Keys<JsonPerson>;
const brief = {
  name: true,
  role: true,
  roleDate: true,
  documents: true,
  mentions: true,
  citations: true,
} satisfies Keys<JsonPersonBrief>;
const event = {
  date: true,
  end: true,
  precision: true,
  text: true,
  sources: true,
  citations: true,
} satisfies Keys<JsonEvent>;
const passages = {
  command: true,
  query: true,
  filters: true,
  documents: true,
  passages: true,
  results: true,
  notice: true,
} as const;
const reload = {
  command: true,
  ok: true,
  added: true,
  removed: true,
  changed: true,
  skipped: true,
  documents: true,
  ms: true,
} as const;

/** Every top-level key each command's answer may have, from its type. */
const answerKeys = {
  search: passages satisfies Keys<JsonAnswers['search']>,
  source: passages satisfies Keys<JsonAnswers['source']>,
  who: {
    command: true,
    query: true,
    people: true,
    ambiguous: true,
    byRole: true,
    suggestions: true,
    notice: true,
  } satisfies Keys<JsonAnswers['who']>,
  timeline: {
    command: true,
    filters: true,
    total: true,
    events: true,
    suggestions: true,
    candidates: true,
    notice: true,
  } satisfies Keys<JsonAnswers['timeline']>,
  article: { command: true, document: true } satisfies Keys<JsonAnswers['article']>,
  ask: {
    command: true,
    question: true,
    resolved: true,
    type: true,
    answer: true,
    answerCitation: true,
    person: true,
    topic: true,
    documents: true,
    results: true,
    notice: true,
  } satisfies Keys<JsonAnswers['ask']>,
  stats: {
    command: true,
    documents: true,
    files: true,
    passages: true,
    undated: true,
    dateRange: true,
    languages: true,
    sources: true,
    skipped: true,
    loadedAt: true,
    buildMs: true,
  } satisfies Keys<JsonAnswers['stats']>,
  reload: reload satisfies Keys<JsonAnswers['reload']>,
  add: { ...reload, stored: true, refused: true, moderator: true } satisfies Keys<JsonAnswers['add']>,
  remove: { ...reload, file: true, trashed: true, moderator: true } satisfies Keys<JsonAnswers['remove']>,
  help: { command: true, commands: true } satisfies Keys<JsonAnswers['help']>,
} satisfies Record<keyof JsonAnswers, object>;

const undeclared = (value: object, allowed: object) => Object.keys(value).filter((k) => !(k in allowed));

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('the --json contract', () => {
  const lines = [
    '/search border crossing trucks',
    '/source cpec',
    '/source cpec from:2025-05',
    '/who dar',
    '/who zzyzx',
    '/timeline',
    '/timeline person:zzyzx',
    '/article doc:004_a35ab58e4f30d57d.txt',
    '/stats',
    '/help',
    'who is Pakistan’s foreign minister?',
    'zzyzx qqq?',
  ];
  for (const line of lines) {
    it(`declares every field of ${line}`, async () => {
      const a = await answered(engine, line);
      expect(a.command in answerKeys).toBe(true);
      expect(undeclared(a, answerKeys[a.command as keyof JsonAnswers])).toEqual([]);
      const nested: [object[], object][] = [];
      if (a.command === 'search' || a.command === 'source') nested.push([a.results, match]);
      if (a.command === 'who')
        nested.push(
          [a.people, a.ambiguous || a.byRole ? brief : person],
          [a.people.flatMap((p) => p.citations), citation],
        );
      if (a.command === 'timeline') nested.push([a.events, event], [a.events.flatMap((e) => e.citations), citation]);
      if (a.command === 'ask')
        nested.push([a.results, citation], [a.answerCitation ? [a.answerCitation] : [], citation]);
      for (const [values, allowed] of nested) for (const v of values) expect(undeclared(v, allowed)).toEqual([]);
    });
  }

  it('gives a failure as its command and a message, nothing else', async () => {
    for (const line of ['/who', '/timeline from:soon', '/nope', '/stats extra:1']) {
      const a = await json(engine, line);
      expect(Object.keys(a).sort()).toEqual(['command', 'error']);
      expect(a.error).toEqual(expect.any(String));
    }
  });
});
