// The --json contract of src/adapters/json.ts, held to what the answers really carry: every field an answer has is
// one its type declares, and every field its type requires is there (the key lists below must name every key of
// their type, each as required or optional as the type has it, or the typecheck fails).
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

/** Every key of some member of a union. */
type AllKeys<T> = T extends unknown ? keyof T : never;
/** For each member of T: whether it must have key K (optional or missing there: false). */
type Requires<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? object extends Pick<T, K>
      ? false
      : true
    : false
  : never;
/**
 * Each key of a type (of any member of a union), and whether every answer has it ('always') or only some
 * ('sometimes'): a key list must name each key with what its type says of it, or the typecheck fails.
 */
type Keys<T> = { [K in AllKeys<T>]: false extends Requires<T, K> ? 'sometimes' : 'always' };

const citation = {
  doc: 'always',
  title: 'always',
  date: 'always',
  source: 'always',
  url: 'always',
  excerpt: 'always',
} satisfies Keys<JsonCitation>;
const match = { ...citation, highlights: 'always' } satisfies Keys<JsonMatch>;
const person = {
  name: 'always',
  roles: 'always',
  aliases: 'always',
  affiliation: 'always',
  documents: 'always',
  mentions: 'always',
  firstDate: 'always',
  lastDate: 'always',
  citations: 'always',
  mentionedWith: 'always',
} satisfies Keys<JsonPerson>;
const brief = {
  name: 'always',
  role: 'always',
  roleDate: 'always',
  documents: 'always',
  mentions: 'sometimes',
  citations: 'always',
} satisfies Keys<JsonPersonBrief>;
const event = {
  date: 'always',
  end: 'sometimes',
  precision: 'always',
  text: 'always',
  sources: 'always',
  citations: 'always',
} satisfies Keys<JsonEvent>;
const passages = {
  command: 'always',
  query: 'always',
  filters: 'sometimes',
  documents: 'always',
  passages: 'always',
  results: 'always',
  notice: 'sometimes',
} as const;
const reload = {
  command: 'always',
  ok: 'always',
  added: 'always',
  removed: 'always',
  changed: 'always',
  skipped: 'always',
  documents: 'always',
  ms: 'always',
} as const;

/** Every top-level key each command's answer may have, from its type. */
const answerKeys = {
  search: passages satisfies Keys<JsonAnswers['search']>,
  source: passages satisfies Keys<JsonAnswers['source']>,
  who: {
    command: 'always',
    query: 'always',
    people: 'always',
    ambiguous: 'sometimes',
    byRole: 'sometimes',
    suggestions: 'always',
    notice: 'sometimes',
  } satisfies Keys<JsonAnswers['who']>,
  timeline: {
    command: 'always',
    filters: 'sometimes',
    total: 'sometimes',
    events: 'always',
    suggestions: 'sometimes',
    candidates: 'sometimes',
    notice: 'sometimes',
  } satisfies Keys<JsonAnswers['timeline']>,
  article: { command: 'always', document: 'always' } satisfies Keys<JsonAnswers['article']>,
  ask: {
    command: 'always',
    question: 'always',
    resolved: 'always',
    type: 'always',
    answer: 'always',
    answerCitation: 'always',
    person: 'always',
    topic: 'always',
    documents: 'always',
    results: 'always',
    notice: 'sometimes',
  } satisfies Keys<JsonAnswers['ask']>,
  stats: {
    command: 'always',
    documents: 'always',
    files: 'always',
    passages: 'always',
    undated: 'always',
    dateRange: 'always',
    languages: 'always',
    sources: 'always',
    skipped: 'always',
    loadedAt: 'always',
    buildMs: 'always',
  } satisfies Keys<JsonAnswers['stats']>,
  reload: reload satisfies Keys<JsonAnswers['reload']>,
  add: { ...reload, stored: 'always', refused: 'always', moderator: 'always' } satisfies Keys<JsonAnswers['add']>,
  remove: { ...reload, file: 'always', trashed: 'always', moderator: 'always' } satisfies Keys<JsonAnswers['remove']>,
  help: { command: 'always', commands: 'always' } satisfies Keys<JsonAnswers['help']>,
} satisfies Record<keyof JsonAnswers, object>;

const undeclared = (value: object, allowed: object) => Object.keys(value).filter((k) => !(k in allowed));
/** Keys the type says every answer has, missing from this one. */
const missing = (value: object, keys: Record<string, 'always' | 'sometimes'>) =>
  Object.keys(keys).filter((k) => keys[k] === 'always' && !(k in value));

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
      const keys: Record<string, 'always' | 'sometimes'> = answerKeys[a.command as keyof JsonAnswers];
      expect(undeclared(a, keys)).toEqual([]);
      expect(missing(a, keys)).toEqual([]);
      const nested: [object[], Record<string, 'always' | 'sometimes'>][] = [];
      if (a.command === 'search' || a.command === 'source') nested.push([a.results, match]);
      if (a.command === 'who')
        nested.push(
          [a.people, a.ambiguous || a.byRole ? brief : person],
          [a.people.flatMap((p) => p.citations), citation],
        );
      if (a.command === 'timeline') nested.push([a.events, event], [a.events.flatMap((e) => e.citations), citation]);
      if (a.command === 'ask')
        nested.push([a.results, citation], [a.answerCitation ? [a.answerCitation] : [], citation]);
      for (const [values, allowed] of nested)
        for (const v of values) {
          expect(undeclared(v, allowed)).toEqual([]);
          expect(missing(v, allowed)).toEqual([]);
        }
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
