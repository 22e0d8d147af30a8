// Queries drawn from the corpus itself, and the linear scan they are measured against.
import type { CorpusState } from '../src/corpus/load.js';
import { tokenize, isStopword, fold } from '../src/text.js';
import { rng } from './synth.js';

export interface QuerySet {
  terms: string[];
  phrases: string[];
  names: string[];
  questions: string[];
  windows: { from: string; to: string }[];
}

export function drawQueries(c: CorpusState, n: number, seed = 7): QuerySet {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const passages = c.docs.flatMap((d) => d.passages.map((p) => p.text));
  const word = () => {
    for (;;) {
      const ws = tokenize(pick(passages)).filter((w) => w.length >= 5 && !isStopword(w) && !/^\d+$/.test(w));
      if (ws.length) return pick(ws);
    }
  };
  const people = c.people.people.filter((p) => p.mentions.count > 0);
  const name = () => {
    const p = pick(people);
    const roll = r();
    if (roll < 0.5) return p.name;
    const last = p.tokens[p.tokens.length - 1]!;
    // One in five is misspelled by a letter, as people type.
    return roll < 0.9 || last.length < 6 ? last : last.slice(0, 2) + last.slice(3);
  };
  const years = c.timeline.events.map((e) => e.date.slice(0, 4)).filter((y) => +y > 1990);
  return {
    terms: Array.from({ length: n }, word),
    phrases: Array.from({ length: n }, () => `${word()} ${word()}`),
    names: Array.from({ length: n }, name),
    // Every kind of question a mention gets: open, who (by name and by role), when, where, how much, how many.
    questions: Array.from({ length: n }, (_, i) => {
      const p = pick(people);
      const role = p.roles[0]?.role;
      const forms = [
        () => `what did ${p.name} say about ${word()}?`,
        () => `who is ${p.name}?`,
        () => (role ? `who is the ${role}?` : `who is ${p.name}?`),
        () => `when did ${p.name} ${pick(['visit', 'meet', 'announce', 'say'])} ${word()}?`,
        () => `where did the ${word()} take place?`,
        () => `how much did the ${word()} cost?`,
        () => `how many ${word()} were there?`,
      ];
      return forms[i % forms.length]!();
    }),
    windows: Array.from({ length: n }, () => {
      const y = pick(years);
      const m = 1 + Math.floor(r() * 10);
      return { from: `${y}-${String(m).padStart(2, '0')}`, to: `${y}-${String(m + 2).padStart(2, '0')}` };
    }),
  };
}

/** The baseline: every passage read for every query, terms matched as substrings, best ten kept. */
export class LinearScan {
  private readonly texts: string[];
  constructor(c: CorpusState) {
    this.texts = c.docs.flatMap((d) => d.passages.map((p) => fold(p.text)));
  }

  search(query: string): number {
    const terms = tokenize(query).filter((t) => !isStopword(t));
    const top: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < this.texts.length; i++) {
      const t = this.texts[i]!;
      let s = 0;
      for (const q of terms) if (t.includes(q)) s++;
      if (s === 0) continue;
      // Keep the ten best in a small sorted list.
      let k = top.length;
      while (k > 0 && scores[k - 1]! < s) k--;
      if (k < 10) {
        top.splice(k, 0, i);
        scores.splice(k, 0, s);
        if (top.length > 10) {
          top.pop();
          scores.pop();
        }
      }
    }
    return top.length;
  }
}
