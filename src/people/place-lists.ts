// Items of a list of places: "the markets in Dallas, Houston and Austin", "students in Oxford and Harvard". A word
// that may be a given name ("Austin") among places the lexicon knows is a place too.
import { knownPlace } from './lexicon.js';

/** A place's name as a list writes it: one or two capitalised words ("Dallas", "New York"). */
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?`;
/** What parts two items: a comma, "and" or "or", or both. */
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
const SEP_RE = new RegExp(SEP, 'u');
const SEPS = new RegExp(SEP, 'gu');
const ITEMS_BEFORE = new RegExp(String.raw`(?:(?<=^|[\s(])${PLACE}${SEP})+$`, 'u');
const ITEMS_AFTER = new RegExp(String.raw`^(?:${SEP}${PLACE}(?![\p{L}'’.-]))+`, 'u');

/**
 * Whether the one word from `start` to `end` of the sentence is an item of a list of places: the other items places
 * the lexicon knows, or words alone beside one that is ("Dallas, Houston and Austin": the lexicon knows Dallas),
 * none of them a person of the article (`person`: whether a word is the surname of one).
 */
export function placeListItem(s: string, start: number, end: number, person: (word: string) => boolean): boolean {
  const before = s.slice(Math.max(0, start - 120), start);
  const listed = ITEMS_BEFORE.exec(before);
  // (A list an "and" closed before the name is not its list: "in London, Paris and Frankfurt, Brandauer said".)
  const joints = listed ? [...listed[0].matchAll(SEPS)].map((m) => m[0]) : [];
  if (joints.slice(0, -1).some((j) => /\b(?:and|or)\b/u.test(j))) return false;
  const after = ITEMS_AFTER.exec(s.slice(end))?.[0] ?? '';
  // (A list has its "and" or "or": "in Tokyo, Swearingen said" is a place and a name.)
  if (!/\b(?:and|or)\b/u.test(`${joints.at(-1) ?? ''} ${after}`)) return false;
  const items = `${listed?.[0] ?? ''}${after}`
    .split(SEP_RE)
    .map((x) => x.trim())
    .filter(Boolean);
  // (Nor a person the article names, however the lexicon knows the word: "Just Chepkemei and Radcliffe were left".)
  return items.some((x) => knownPlace(x)) && items.every((x) => (knownPlace(x) || !/\s/u.test(x)) && !person(x));
}
