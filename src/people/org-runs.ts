// The organisations' names the tagger reads in an article, for the words that open them: "Cheyenne
// Resources common stock", later "Cheyenne refused payment" (the company, written short).
import { type Mention, orgMention } from './mention.js';
import { ORG_WORDS, type TagToken, given } from './tagger.js';
import { lexiconNameOrUnknown } from './lexicon.js';
import { namedAsCompany } from './companies.js';

/** The smallest margin over no name an organisation's run of two words or more must have to count. */
const SURE_ORG = 2;

/**
 * The first words of the runs of two capitalised words or more the tagger reads as an organisation's name (`B-ORG`,
 * then `I-ORG`), each sure over no name by SURE_ORG: a firm's short name is its first word ("Goldman" of "Goldman
 * Sachs and Co"), where a last word may be a person's the tagger ran into the firm ("NPPC Ray Hankes"). Not a known
 * given name before a surname ("Jimi" of "Jimi Hendrix Experience"), nor a word in lower case (a particle).
 */
export function orgRunStarts(tt: TagToken[], tags: string[], margins: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-ORG') continue;
    let j = i;
    let margin = margins[i]!;
    while (j + 1 < tags.length && tags[j + 1] === 'I-ORG') margin = Math.min(margin, margins[++j]!);
    const words = tt.slice(i, j + 1).map((t) => t.text);
    if (j > i && margin >= SURE_ORG && opensFirmName(words)) out.push(tt[i]!.text);
    i = j;
  }
  return out;
}

const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+$/u;

/** Whether a courtesy title stands before a mention's name, as a whole word, in its sentence ("Mr Brackley"): a person's. */
export function courtesyBefore(m: Mention): boolean {
  for (let at = m.sentence.indexOf(m.name); at >= 0; at = m.sentence.indexOf(m.name, at + 1)) {
    const after = m.sentence.charAt(at + m.name.length);
    if (at > 0 && !/[\p{L}\p{N}]/u.test(after) && COURTESY_BEFORE.test(m.sentence.slice(Math.max(0, at - 8), at)))
      return true;
  }
  return false;
}

/** The one-word names the article writes after a courtesy title somewhere: a person's wherever they stand. */
export function courtesyNames(out: Mention[]): Set<string> {
  const names = new Set<string>();
  for (const m of out) if (!m.org && !m.nickname && !m.name.includes(' ') && courtesyBefore(m)) names.add(m.name);
  return names;
}

/**
 * Turns into organisation mentions the article's mentions of a word alone with no role that is in `starts` (the
 * words opening its organisations' names), unless a person of the article bears the word: the surname of a full
 * name, a name given a role, or one after a courtesy title (`courtesied`, from courtesyNames).
 */
export function shortOrgNames(out: Mention[], starts: Set<string>, courtesied: Set<string>): void {
  const personal = new Set(courtesied);
  for (const m of out) if (!m.org && !m.nickname && (m.full || m.roles.length)) personal.add(m.name.split(' ').at(-1)!);
  out.forEach((m, i) => {
    if (m.org || m.nickname || m.full || m.roles.length || m.name.includes(' ')) return;
    if (starts.has(m.name) && !personal.has(m.name)) out[i] = orgMention(m.name, m.passage, m.sentence);
  });
}

/**
 * Whether a firm's name of these words is known by its first word: a capitalised word that is no known given name,
 * or one before no surname ("Apollo Computer Inc", "Mack Trucks", "Duke Power Co", "Helen of Troy Corp": a common
 * word, an organisation's word or "of" after it; not "Charles Schwab and Co", "Jimi Hendrix"), or one before two
 * more names, a partnership's ("Drexel Burnham Lambert Inc", later "with Drexel": no person's name is three
 * surnames long before a firm's word).
 */
export function opensFirmName(words: readonly string[]): boolean {
  const [first, second, third] = words;
  if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  if (!given().has(first.toLowerCase())) return true;
  if (!second) return false;
  if (second === 'of' || !nameWord(second)) return true;
  return !!third && /^\p{Lu}\p{Ll}+$/u.test(third) && nameWord(third);
}

/** A word that may be a surname: no organisation's or firm's word, none the lexicon knows as no name. */
const nameWord = (w: string) => !ORG_WORDS.has(w.toLowerCase()) && !namedAsCompany(w) && lexiconNameOrUnknown(w);
