// A synthetic newsroom corpus, generated deterministically from the shipped articles: paragraphs recombined,
// people and places renamed from generated name lists, dates shifted, a little site chrome around each page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { lexiconTags } from '../src/people/lexicon.js';

/** mulberry32: a small seeded generator, so the same seed always makes the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka ri mo sa le na to vi da ne ru pa zo mi fe ha lu bo ti gra shan dor bel kin mar vol tes quin ash ber cal'.split(
    ' ',
  );
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function word(r: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

export interface Seed {
  paragraphs: string[];
  people: string[];
  places: string[];
}

/** What the generator recombines: the seed paragraphs, and the names and places to swap out in them. */
export async function loadSeed(dir: string): Promise<Seed> {
  const engine = new Engine({ dir, maxFileBytes: 4e6 });
  await engine.reload();
  const c = engine.corpus;
  const paragraphs = c.docs.flatMap((d) => d.text.split('\n')).filter((p) => p.split(' ').length >= 12);
  const people = c.people.people
    .flatMap((p) => [p.name, ...p.aliases])
    .filter((n) => !n.startsWith('@'))
    .sort((a, b) => b.length - a.length);
  const places = new Set<string>();
  for (const p of paragraphs)
    for (const m of p.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) if (lexiconTags(m[0]).place) places.add(m[0]);
  return { paragraphs, people, places: [...places].sort((a, b) => b.length - a.length) };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Writes n articles into dir; returns the file names. */
export function generate(seed: Seed, n: number, dir: string, seedNumber = 42, prefix = 'synth'): string[] {
  mkdirSync(dir, { recursive: true });
  const r = rng(seedNumber);
  const firstNames = Array.from({ length: 600 }, () => word(r, 2));
  const lastNames = Array.from({ length: 900 }, () => word(r, 2 + Math.floor(r() * 2)));
  const placeNames = Array.from({ length: 1500 }, () => word(r, 2 + Math.floor(r() * 2)));
  const peopleRe = seed.people.length ? new RegExp(`\\b(${seed.people.map(escape).join('|')})\\b`, 'g') : null;
  const placeRe = seed.places.length ? new RegExp(`\\b(${seed.places.map(escape).join('|')})\\b`, 'g') : null;
  const names: string[] = [];
  for (let k = 0; k < n; k++) {
    // One article: its own cast of people and places, its own date.
    const cast = new Map<string, string>();
    const person = (orig: string) => {
      const last = orig.split(' ').pop()!;
      let full = cast.get(last);
      if (!full) {
        full = `${firstNames[Math.floor(r() * firstNames.length)]} ${lastNames[Math.floor(r() * lastNames.length)]}`;
        cast.set(last, full);
      }
      return orig.includes(' ') ? full : full.split(' ').pop()!;
    };
    const where = new Map<string, string>();
    const place = (orig: string) => {
      if (r() < 0.5) return orig;
      let p = where.get(orig);
      if (!p) where.set(orig, (p = placeNames[Math.floor(r() * placeNames.length)]!));
      return p;
    };
    const shiftYears = Math.floor(r() * 9) - 4;
    const year = 2025 + shiftYears;
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const count = 6 + Math.floor(r() * 9);
    const paras: string[] = [];
    for (let i = 0; i < count; i++) {
      let p = seed.paragraphs[Math.floor(r() * seed.paragraphs.length)]!;
      if (peopleRe) p = p.replace(peopleRe, person);
      if (placeRe) p = p.replace(placeRe, place);
      p = p.replace(/\b(19[5-9]\d|20[0-3]\d)\b/g, (y) => String(+y + shiftYears));
      paras.push(p);
    }
    const first = paras[0]!
      .split(/(?<=\.)\s/)[0]!
      .split(' ')
      .slice(0, 11)
      .join(' ')
      .replace(/[.,;:]+$/, '');
    const chrome = r() < 0.5 ? ['Share this article', 'Follow us on X'] : ['Skip to main content'];
    const body = [
      chrome[0],
      first,
      `Updated ${day} ${MONTHS[month]} ${year}`,
      '',
      ...paras.flatMap((p) => [p, '']),
      ...chrome.slice(1),
      'Comments',
      'No comments yet...',
    ].join('\n');
    const name = `${prefix}-${String(k).padStart(6, '0')}.txt`;
    writeFileSync(join(dir, name), body);
    names.push(name);
  }
  return names;
}
