// A single word in a list of people's full names is a person's name too ("Alicia Keys, Anastasia, Avril Lavigne
// and Beyonce Knowles"), where the tagger, seeing a word it does not know alone between commas, reads a place.
import { ORG_WORDS, type TagToken } from './tagger.js';
import { lower } from './name-tokens.js';
import { lexiconTags } from './lexicon.js';
import { isRoleNoun, pluralTitle } from './role-words.js';
import { ONE_NAME_NOUNS } from './noun-named.js';
import { knownGiven } from './given-names.js';

interface Item {
  from: number;
  to: number;
}

const capitalised = (t: TagToken | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/**
 * The lists of names in a sentence: runs of capitalised words, each parted from the next by a comma, "and" or a
 * comma and "and" alone ("Alicia Keys, Anastasia, Avril Lavigne and Beyonce Knowles"); two runs or more.
 */
export function nameLists(tt: TagToken[]): Item[][] {
  const runs: Item[] = [];
  for (let i = 0; i < tt.length; i++) {
    // (Not a word of a closed class opening the sentence: "And Anastacia, ...".)
    if (!capitalised(tt[i]) || lexiconTags(tt[i]!.text).closed) continue;
    let to = i;
    while (capitalised(tt[to + 1])) to++;
    runs.push({ from: i, to });
    i = to;
  }
  const lists: Item[][] = [];
  let list: Item[] = [];
  /** The words between two runs: ", ", "and", ", and". */
  const betweenOf = (a: Item | undefined, b: Item | undefined) =>
    a && b
      ? tt
          .slice(a.to + 1, b.from)
          .map((t) => t.text)
          .join(' ')
      : '';
  runs.forEach((run, k) => {
    const prev = runs[k - 1];
    const between = betweenOf(prev, run);
    // (A list "and" closed goes on no further: "the voices of A, B and C, Robots follows ...".)
    const closed = list.length > 1 && /and/u.test(betweenOf(runs[k - 2], prev));
    if (prev && /^(?:,|and|, and)(?: The)?$/u.test(between) && !closed) list.push(run);
    else {
      if (list.length >= 2) lists.push(list);
      list = [run];
    }
  });
  if (list.length >= 2) lists.push(list);
  return lists;
}

/** Whether the tagger read the words from `from` to `to` as one person's name. */
const isPersonRun = (tags: string[], from: number, to: number) =>
  tags[from] === 'B-PER' && tags.slice(from + 1, to + 1).every((g) => g === 'I-PER');

/**
 * Turns into a person's name each one-word item, read as a place's or a firm's, of a list where at least two
 * items are full names the tagger reads as people's; not a word the lexicon knows for a place, a demonym or a date.
 */
export function tagListedNames(tt: TagToken[], tags: string[]): void {
  for (const items of nameLists(tt)) {
    const fullNames = items.filter(({ from, to }) => to > from && isPersonRun(tags, from, to)).length;
    // A list a plural noun for people gives as examples names people, one word each too: "classical authors like
    // Cicero, Virgil and Tacitus"; two will do: "stars such as Beenie Man and Sizzla". (Another list needs two full
    // names, a third item for a word alone to be read with them.)
    if (examplesOfPeople(tt, items[0]!.from)) {
      for (const { from, to } of items) {
        const w = tt[from]!.text;
        const lex = lexiconTags(w);
        // A full name the tagger read as another kind of name, a given name opening it: "stars Paul Giamatti, Thomas
        // Haden Church and Virginia Madsen" (a church's name, and a state's before a surname, to a 1996 wire).
        if (to > from && to - from <= 2 && knownGiven(w) && !lex.demonym && !isPersonRun(tags, from, to)) {
          if (tt.slice(from, to + 1).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))) {
            tags[from] = 'B-PER';
            for (let k = from + 1; k <= to; k++) tags[k] = 'I-PER';
          }
          continue;
        }
        if (
          to === from &&
          tags[from] !== 'B-PER' &&
          /^\p{Lu}\p{Ll}+$/u.test(w) &&
          !lex.place &&
          !lex.demonym &&
          !lex.date
        )
          tags[from] = 'B-PER';
      }
      continue;
    }
    // (At least half the items, and no act's name opening on "The": "Franz Ferdinand, Jamie Cullum, Kasabian and
    // The Libertines" lists acts, bands among them.)
    if (
      fullNames < 2 ||
      fullNames * 2 < items.length ||
      items.some(({ from }) => /^the$/iu.test(tt[from - 1]?.text ?? ''))
    )
      continue;
    for (const { from, to } of items) {
      // (Nor a word going on with "of" or "&", "House of Fraser", or with its members' role, "Railtrack managers".)
      const next = tt[to + 1]?.text ?? '';
      if (to !== from || !/^B-(?:LOC|ORG|MISC)$/u.test(tags[from]!) || /^(?:of|&)$/u.test(next)) continue;
      if (/^\p{Ll}/u.test(next) && (isRoleNoun(next) || isRoleNoun(next.replace(/s$/u, '')))) continue;
      const w = tt[from]!.text;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
      const lex = lexiconTags(w);
      if (!lex.place && !lex.demonym && !lex.date) tags[from] = 'B-PER';
    }
  }
}

/**
 * Whether "<people> like", "such as" or "including" stands before a list, or the noun alone, its noun in the plural
 * one of those news names by one word (noun-named.ts): "authors like", "singers such as", "A-list singers"; not
 * "producers such as", firms as often.
 */
function examplesOfPeople(tt: TagToken[], at: number): boolean {
  let k = at - 1;
  if (tt[k]?.text === 'as' && tt[k - 1]?.text === 'such') k -= 2;
  else if (tt[k]?.text === 'like' || tt[k]?.text === 'including') k -= 1;
  // (Or the plural noun itself right before the list: "A-list singers Madonna, Nelly and Usher".)
  else if (!/^\p{Ll}+s$/u.test(tt[k]?.text ?? '')) return false;
  if (tt[k]?.text === ',') k--;
  const noun = (tt[k]?.text ?? '').toLowerCase();
  return /^\p{Ll}+s$/u.test(noun) && ONE_NAME_NOUNS.has(noun.slice(0, -1));
}

/** Royal titles in the plural: royals are named by their given names, and "Kings Cross and Euston" are stations. */
const ROYALS = /^(?:Kings|Queens|Princes|Princesses)$/u;

/**
 * Turns into a person's name each one-word item of a list a capitalised title in the plural opens: "with Lords
 * Bingham, Steyn, Hope and Carswell", "Justices Kennedy, Souter and Breyer", "Senators Dole and Kennedy"; surnames
 * alone, which the tagger reads as places or leaves out. Two items at least ("the Lords Constitution Committee" is
 * one run, no list), no body's word among them ("Moody's Investors Service Inc and Standard and Poor's"); not a word
 * the lexicon knows for a demonym or a date. Returns where each item of those lists starts, with the title in the
 * singular.
 */
export function tagTitledList(tt: TagToken[], tags: string[]): Map<number, string> {
  const starts = new Map<number, string>();
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!pluralTitle(tt[i]!.text) || ROYALS.test(tt[i]!.text)) continue;
    const title = i;
    const items: Item[] = [];
    let k = i + 1;
    while (capitalised(tt[k])) {
      let to = k;
      while (capitalised(tt[to + 1])) to++;
      items.push({ from: k, to });
      k = to + 1;
      if (tt[k]?.text === ',') k++;
      if (tt[k]?.text === 'and') k++;
      else if (tt[k - 1]?.text !== ',') break;
    }
    i = k - 1;
    if (
      items.length < 2 ||
      items.some(({ from, to }) => tt.slice(from, to + 1).some((t) => ORG_WORDS.has(lower(t.text))))
    )
      continue;
    // (The title is no part of a name: the tagger may read "Lords Bingham" as a body's.)
    tags[title] = 'O';
    for (const { from, to } of items) {
      starts.set(from, pluralTitle(tt[title]!.text)!);
      const w = tt[from]!.text;
      const lex = lexiconTags(w);
      // (A place's name too: after the title it is a surname, "Lord Bingham".)
      if (to === from && tags[from] !== 'B-PER' && /^\p{Lu}\p{Ll}+$/u.test(w) && !lex.demonym && !lex.date)
        tags[from] = 'B-PER';
    }
  }
  return starts;
}
