// Finds the people an article names, with the roles the text gives them, by the shape of names in
// English news prose: capitalised runs, titles before them, role phrases around them, reporting verbs after.
import type { Document } from '../types.js';
import { fold, isStopword, passageSentences } from '../text.js';
import { HONORIFICS, NOT_PERSON, PARTICLES, PERSON_VERBS, RANKS, ROLE_NOUNS, TITLE_WORDS, lexiconTags } from './lexicon.js';

export interface Mention {
  /** The name as the article writes it, without titles or possessive. */
  name: string;
  /** True when the article gives the full name here; false for a surname or first name alone. */
  full: boolean;
  roles: string[];
  affiliation: string | null;
  /** Passage number, and the sentence carrying the mention. */
  passage: number;
  sentence: string;
  /** Whether the text itself shows this is a person (a title, a role, a reporting verb, a known first name). */
  evidence: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const lower = (s: string) => s.toLowerCase().replace(/\.$/, '');

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    let text = m[0].replace(/[-'’]+$/u, '');
    const dotted = /\.$/.test(text);
    const possessive = /['’]s$/u.test(text);
    if (possessive) text = text.slice(0, -2);
    out.push({ text, start: m.index!, end: m.index! + m[0].length - (dotted ? 0 : 0), cap: /^\p{Lu}/u.test(text), possessive });
  }
  return out;
}

const gap = (s: string, a: Token, b: Token) => s.slice(a.end, b.start);
const joins = (g: string) => /^\.?\s+$/u.test(g) && !/\n/.test(g);
/** "Mr.", "S." and "U.S." may stand before the next word of a name; other full stops end it. */
const dotOk = (t: Token, g: string) => !g.startsWith('.') || t.text.length <= 3;

const normalised = new Map<string, string>();

/** A name as a key: folded, hyphens and dots to spaces, apostrophes dropped. Names repeat, so answers are kept. */
export function normaliseName(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) {
    key = fold(name).replace(/[-.]/g, ' ').replace(/['’]/g, '').replace(/\s+/g, ' ').trim();
    if (normalised.size > 200_000) normalised.clear();
    normalised.set(name, key);
  }
  return key;
}

/** Runs of capitalised words, with particles inside them, ending at a possessive. */
function runs(s: string, toks: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && !toks[j]!.possessive) {
      const g = gap(s, toks[j]!, toks[j + 1]!);
      if (!joins(g) || !dotOk(toks[j]!, g)) break;
      const next = toks[j + 1]!;
      if (next.cap) j++;
      else if (PARTICLES.has(next.text)) {
        // One or more particles inside a name: "Lula da Silva", "von der Leyen".
        let k = j + 1;
        while (k < toks.length && PARTICLES.has(toks[k]!.text) && k - j <= 3 && joins(gap(s, toks[k - 1]!, toks[k]!))) k++;
        if (k < toks.length && toks[k]!.cap && joins(gap(s, toks[k - 1]!, toks[k]!))) j = k;
        else break;
      }
      else if (lower(next.text) === 'of' && TITLE_WORDS.has(lower(toks[j]!.text)) && j + 2 < toks.length && toks[j + 2]!.cap) j += 2;
      else break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

const LEAD_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'however', 'when', 'while', 'after', 'before', 'as', 'if', 'since', 'during', 'according', 'meanwhile', 'new', 'then', 'also', 'both', 'former', 'late']);

function apposition(after: string): string | null {
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;()“”"]{3,120}?)(?=,|\.|;|\(|$| said| says| told)/u.exec(after);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const words = phrase.split(/\s+/);
  if (words.length > 14 || /^(?:who|which|that|said|says|told|and|but|while|as|in|on|at|he|she|they|it)\b/iu.test(phrase)) return null;
  return words.slice(0, 7).some((w) => isRoleNoun(w.replace(/[^\p{L}-]/gu, ''))) ? phrase : null;
}

function copular(after: string): string | null {
  const m = /^\s+(?:is|was|has been|serves as|served as)\s+(?:a|an|the)\s+([^,.;()]{3,100}?)(?=,|\.|;|\(|$| and | who )/u.exec(after);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  return words.slice(0, 6).some(isRoleNoun) ? m[1]!.trim() : null;
}

/** A role noun, also as part of a hyphenated one ("director-general"). */
function isRoleNoun(word: string): boolean {
  const w = lower(word);
  return ROLE_NOUNS.has(w) || (w.includes('-') && w.split('-').some((x) => ROLE_NOUNS.has(x)));
}

/** A title or role word, also inside a hyphenated title ("Secretary-General"). */
function isTitleWord(word: string): boolean {
  const w = lower(word);
  return TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || (w.includes('-') && w.split('-').some((x) => TITLE_WORDS.has(x)));
}

/** Whether words name a country, people or body a person belongs to: "Chinese", "U.S.", "FBI", "South Korea". */
function isAffiliation(words: string[]): boolean {
  const text = words.join(' ');
  if (words.some((w) => isStopword(lower(w)) || LEAD_WORDS.has(lower(w)))) return false;
  if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(text)) return true;
  if (/(?:an|ian|ese|ish|i|ic)$/u.test(words[words.length - 1]!)) return true;
  return lexiconTags(text).place || words.every((w) => lexiconTags(w).place);
}

/** The longest tail of words before a title that is an affiliation: "What People Are Saying U.S." -> "U.S.". */
function affiliationIn(lead: string[]): string | null {
  for (let from = 0; from < lead.length; from++) if (isAffiliation(lead.slice(from))) return lead.slice(from).join(' ');
  return null;
}

/** Lower-case words that may qualify an office written in capitals: "acting Foreign Minister". */
const MODIFIERS = new Set(['acting', 'deputy', 'former', 'interim', 'vice', 'senior', 'then', 'caretaker', 'outgoing', 'incoming', 'new']);

/**
 * Role words just before a run: "Kabul-based political analyst Tameem Bahiss", "deputy interior minister, Ibrahim Sadr",
 * and the affiliation that opens them: "Chinese", "Pakistan's", "South Korea's".
 */
function leftRole(s: string, toks: Token[], start: number, needNoun: boolean): { role: string[]; affiliation: string | null; possessive: boolean } {
  const role: string[] = [];
  let affiliation: string | null = null;
  let possessive = false;
  let k = start - 1;
  if (k >= 0 && needNoun) {
    const g = gap(s, toks[k]!, toks[start]!);
    if (!/^,?\s+$/u.test(g) || toks[k]!.cap || !isRoleNoun(toks[k]!.text)) return { role, affiliation, possessive };
  }
  while (k >= 0 && role.length < 4) {
    const t = toks[k]!;
    const g = gap(s, t, toks[k + 1]!);
    if (!/^,?\s+$/u.test(g) || (g.includes(',') && k !== start - 1)) break;
    const w = lower(t.text);
    if (/-based$/u.test(w)) {
      role.unshift(t.text);
      affiliation ??= t.text.replace(/-based$/iu, '');
      k--;
      continue;
    }
    if (isStopword(w) || LEAD_WORDS.has(w)) break;
    if (t.cap) {
      if (g.includes(',') || lexiconTags(t.text).date) break;
      possessive = t.possessive;
      // A demonym or a possessive place closes the role: "Chinese", "Pakistan's", "South Korea's".
      let from = k;
      while (from > 0 && toks[from - 1]!.cap && /^\s+$/u.test(gap(s, toks[from - 1]!, toks[from]!)) && !toks[from - 1]!.possessive) from--;
      const words = toks.slice(from, k + 1).map((x) => x.text);
      while (words.length && (isStopword(lower(words[0]!)) || LEAD_WORDS.has(lower(words[0]!)))) words.shift();
      if (words.length) affiliation = words.join(' ');
      break;
    }
    if (!needNoun && !MODIFIERS.has(w)) break;
    role.unshift(t.text);
    k--;
  }
  return { role, affiliation, possessive };
}

function cleanRole(words: string[]): string | null {
  const role = words.join(' ').replace(/\s+/g, ' ').trim();
  return role.length >= 3 ? role : null;
}

/** Splits a title run into an office and a rank: "Chief of Defense Forces Field Marshal" -> both. */
function splitRanks(title: string[]): string[] {
  let k = title.length;
  while (k > 0 && (RANKS.has(lower(title[k - 1]!)) || HONORIFICS.has(lower(title[k - 1]!)))) k--;
  const office = title.slice(0, k).filter((w) => !HONORIFICS.has(lower(w)));
  const rank = title.slice(k).filter((w) => !HONORIFICS.has(lower(w)));
  return [cleanRole(office), cleanRole(rank)].filter((r): r is string => !!r && !/^(?:mr|mrs|ms|dr|sir)$/i.test(r));
}

export function extractMentions(doc: Document, publishers: Set<string> = new Set()): Mention[] {
  const out: Mention[] = [];
  for (const p of doc.passages) {
    for (const sent of passageSentences(p)) {
      const s = sent.text;
      const toks = tokens(s);
      for (const [a0, b] of runs(s, toks)) {
        let a = a0;
        while (a <= b && (LEAD_WORDS.has(lower(toks[a]!.text)) || isStopword(lower(toks[a]!.text)))) a++;
        if (a > b) continue;
        const words = toks.slice(a, b + 1);
        let t = -1;
        words.forEach((w, i) => {
          if (i < words.length - 1 && isTitleWord(w.text)) t = i;
        });
        let title = words.slice(0, t + 1).map((w) => w.text);
        let name = words.slice(t + 1);
        // Leading words before the title are an affiliation: "Chinese Foreign Minister", "FBI Director".
        let affiliation: string | null = null;
        const firstTitle = title.findIndex(isTitleWord);
        if (firstTitle > 0) {
          const lead = title.slice(0, firstTitle);
          affiliation = affiliationIn(lead);
          title = title.slice(firstTitle);
        }
        while (name.length > 2 && HONORIFICS.has(lower(name[0]!.text))) name = name.slice(1);
        if (name.length === 0 || name.length > 5) continue;
        const nameText = name.map((w) => w.text).join(' ');
        const lowerWords = name.map((w) => lower(w.text));
        if (lowerWords.some((w) => NOT_PERSON.has(w)) || publishers.has(normaliseName(nameText))) continue;
        if (lowerWords.every((w) => TITLE_WORDS.has(w) || lexiconTags(w[0]!.toUpperCase() + w.slice(1)).date)) continue;
        const last = name[name.length - 1]!;
        const after = s.slice(last.end);
        if (/^\s*\(\s*\p{Lu}{2,}/u.test(after)) continue; // "Inter-Services Public Relations (ISPR)" is an organisation
        if (name.some((w) => /\d/.test(w.text))) continue;

        const roles: string[] = [];
        if (title.length) {
          roles.push(...splitRanks(title));
          const left = leftRole(s, toks, a, false);
          if (!affiliation) {
            if (left.role.length && roles[0]) roles[0] = `${left.role.join(' ')} ${roles[0]}`;
            affiliation = left.affiliation;
            // The role as the article writes it: "Pakistan's Deputy Prime Minister", "Afghan acting Foreign Minister".
            if (affiliation && roles[0] && !TITLE_WORDS.has(lower(affiliation))) roles[0] = `${affiliation}${left.possessive ? '’s' : ''} ${roles[0]}`;
          } else if (roles[0] && title.length) roles[0] = `${affiliation} ${roles[0]}`;
        } else {
          const left = leftRole(s, toks, a, true);
          const r = cleanRole(left.role);
          if (r) roles.push(r);
          affiliation ??= left.affiliation;
        }
        const app = apposition(after) ?? copular(after);
        if (app) {
          roles.push(app.replace(/^(?:a|an|the)\s+/iu, ''));
          const org = /\bof (?:the )?((?:[\p{L}-]+\s)*?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)\s*$/u.exec(app);
          const based = /([\p{Lu}][\p{L}]+)-based/u.exec(app);
          affiliation ??= org?.[1]?.replace(/^[\p{L}]+-based\s/u, '') ?? based?.[1] ?? null;
        }
        const nextWord = /^[\s,]*([\p{Ll}]+)/u.exec(after)?.[1];
        const verb = !!nextWord && PERSON_VERBS.has(nextWord);
        const according = /according to\s*$/iu.test(s.slice(0, toks[a]!.start));
        const firstName = name.length >= 2 && lexiconTags(name[0]!.text).first;
        const place = (name.length <= 2 && name.every((w) => lexiconTags(w.text).place)) || lexiconTags(nameText).place;
        const evidence = roles.length > 0 || verb || according || firstName || title.length > 0;
        if (place && roles.length === 0 && title.length === 0) continue;
        const full = name.length >= 2;
        const base = { passage: p.n, sentence: s, roles, affiliation: affiliation?.replace(/['’]s$/u, '') ?? null, evidence };
        // "the Jaishankar-Muttaqi conversation": two surnames joined by a hyphen are two mentions, settled later.
        if (!full && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(nameText)) {
          for (const part of nameText.split('-')) out.push({ ...base, name: part, full: false, evidence: false });
          continue;
        }
        out.push({ ...base, name: nameText, full });
      }
    }
  }
  return out;
}
