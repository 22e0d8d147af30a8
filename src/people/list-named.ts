// A single word in a list of people's full names is a person's name too ("Alicia Keys, Anastasia, Avril Lavigne
// and Beyonce Knowles"), where the tagger, seeing a word it does not know alone between commas, reads a place.
import type { TagToken } from './tagger.js';
import { lexiconTags } from './lexicon.js';
import { isRoleNoun } from './role-words.js';
import { ONE_NAME_NOUNS } from './noun-named.js';

interface Item {
  from: number;
  to: number;
}

const capitalised = (t: TagToken | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/**
 * The lists of names in a sentence: runs of capitalised words, each parted from the next by a comma, "and" or a
 * comma and "and" alone ("Alicia Keys, Anastasia, Avril Lavigne and Beyonce Knowles"); three runs or more.
 */
function nameLists(tt: TagToken[]): Item[][] {
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
  runs.forEach((run, k) => {
    const prev = runs[k - 1];
    const between = prev
      ? tt
          .slice(prev.to + 1, run.from)
          .map((t) => t.text)
          .join(' ')
      : '';
    if (prev && /^(?:,|and|, and)(?: The)?$/u.test(between)) list.push(run);
    else {
      if (list.length >= 3) lists.push(list);
      list = [run];
    }
  });
  if (list.length >= 3) lists.push(list);
  return lists;
}

/**
 * Turns into a person's name each one-word item, read as a place's or a firm's, of a list where at least two
 * items are full names the tagger reads as people's; not a word the lexicon knows for a place, a demonym or a date.
 */
export function tagListedNames(tt: TagToken[], tags: string[]): void {
  for (const items of nameLists(tt)) {
    const fullNames = items.filter(
      ({ from, to }) => to > from && tags[from] === 'B-PER' && tags.slice(from + 1, to + 1).every((g) => g === 'I-PER'),
    ).length;
    // A list a plural noun for people gives as examples names people, one word each too: "classical authors like
    // Cicero, Virgil and Tacitus".
    if (examplesOfPeople(tt, items[0]!.from)) {
      for (const { from, to } of items) {
        const w = tt[from]!.text;
        const lex = lexiconTags(w);
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
 * Whether "<people> like", "such as" or "including" stands before a list, its noun in the plural one of those news
 * names by one word (noun-named.ts): "authors like", "singers such as"; not "producers such as", firms as often.
 */
function examplesOfPeople(tt: TagToken[], at: number): boolean {
  let k = at - 1;
  if (tt[k]?.text === 'as' && tt[k - 1]?.text === 'such') k -= 2;
  else if (tt[k]?.text === 'like' || tt[k]?.text === 'including') k -= 1;
  else return false;
  if (tt[k]?.text === ',') k--;
  const noun = (tt[k]?.text ?? '').toLowerCase();
  return /^\p{Ll}+s$/u.test(noun) && ONE_NAME_NOUNS.has(noun.slice(0, -1));
}
