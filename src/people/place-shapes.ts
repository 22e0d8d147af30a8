// Shapes of names no person has, told by the words around them or their own words: a town before a US state's
// abbreviation, a word after one that opens places' names, a street, two common words, a group's plural.
import { commonWordOnly, lexiconNameOrUnknown, lexiconTags } from './lexicon.js';
import { groupWord } from './role-words.js';
import { knownGiven, plainGivenName } from './given-names.js';
import { commonWord } from './common-words.js';
import { isFamilyFirst } from './family-first.js';

/** Words that close the names of streets and parks. */
const STREET = /^(?:Lane|Street|Road|Avenue|Square|Park|Drive|Boulevard|Gardens|Crescent)$/u;

/** A member of a party, as news writes one after the place they stand for. */
const PARTY_MEMBER = /^(?:Democrat|Republican)$/u;

/** Words that open places' names before another capitalised word: "La Pampa", "Santa Fe", "Fort Worth", "Lake Placid". */
const PLACE_OPENER = /^(?:La|Le|Las|Los|El|San|Santa|Sao|São|St|Saint|Sainte|Fort|Port|Mount|Mt|Lake|Cape|Khor|Sri)$/u;

/** Whether a word opens places' names: "La" of "La Pampa", "Fort" of "Fort Bonifacio". */
export const placeOpener = (word: string): boolean => PLACE_OPENER.test(word);

/**
 * Whether two capitalised words name a group or a thing, not a person: the second a group's plural ("Christian
 * Democrats") or a party's member ("Texas Democrat", of any length), or both common words the lexicon or WordNet
 * knows, the first no given name ("Music Awards", "Big Bang", "Age Concern", "Shark Tale"), or a street ("Drury
 * Lane"). A given name ("Tiger Woods", "Nathan Lane") or a word the lexicon does not know ("Mardy Fish") keeps it a
 * name.
 */
export function thingOfTwoWords(name: string): boolean {
  const words = name.split(' ');
  // ("Many Democrats, who control Congress": a group's plural alone.)
  if (words.length === 1) return /^\p{Lu}\p{Ll}+s$/u.test(name) && groupWord(name);
  // ("a North Carolina Democrat", "an Arizona Republican": a party's member from a place; no one's surname.)
  if (PARTY_MEMBER.test(words.at(-1)!)) return true;
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const [first, second] = words as [string, string];
  return (
    (/s$/u.test(second) && groupWord(second)) ||
    (!knownGiven(first) && !lexiconNameOrUnknown(first) && commonWordOnly(second)) ||
    // ("Shark Tale", "Hard Candy", "Garage Band": two words WordNet knows, the first no given name nor a family name
    // written first, "Pan Yue".)
    (!knownGiven(first) && !isFamilyFirst(first) && commonWord(first) && commonWord(second)) ||
    // ("Theatre Royal, Drury Lane", "Hyde Park": a street or a park, unless a given name opens it: "Nathan Lane".)
    (STREET.test(second) && !plainGivenName(first))
  );
}

/** "in Silver Spring, Maryland", "near Oakdale, Minn.": after a preposition of place, a name then a comma and a
 *  region the lexicon knows (or a state's abbreviation) names a town. */
export function townBeforeRegion(s: string, start: number, end: number): boolean {
  if (!/\b(?:in|at|near|from|outside|of)\s+$/u.test(s.slice(Math.max(0, start - 8), start))) return false;
  const region = /^,\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}{1,3}\.)(?=[\s,.;]|$)/u.exec(s.slice(end));
  if (!region) return false;
  return /\.$/u.test(region[1]!) ? US_STATE_ABBREVIATION.test(region[1]!) : lexiconTags(region[1]!).place;
}

/** A US state as wires abbreviate it after a town: "Calif.", "Minn.", "Mass.", "Ct.", "N.Y.". */
const US_STATE_ABBREVIATION =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Ct|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va)\.$/u;

/**
 * Whether a name is a town a US state follows, abbreviated, or the town of a list of towns the state closes:
 * "Decatur, Ill.", "Sanderson Farms Inc, Laurel, Miss.", "Wellsville, Amity, Andover ... and Penn Yan, N.Y.".
 */
export function townOfState(s: string, end: number): boolean {
  const after = s.slice(end);
  const state = DIRECT_STATE.exec(after) ?? LISTED_STATE.exec(after);
  return !!state && US_STATE_ABBREVIATION.test(state[1]!);
}

/** A town's name, one or two capitalised words. */
const TOWN = String.raw`\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?`;
/** A state's abbreviation ("Ill.", "N.Y.", "W.Va."), never an initial before a name ("W.D. Masterson"). */
const STATE = String.raw`((?:\p{Lu}\.){2}|\p{Lu}\.\p{Lu}\p{Ll}\.|\p{Lu}\p{Ll}{1,4}\.)(?!\s*\p{Lu}\p{Ll})`;
/** ", Ill.": a state abbreviated right after the name. */
const DIRECT_STATE = new RegExp(String.raw`^,\s+${STATE}`, 'u');
/** ", Amity, Andover and Penn Yan, N.Y.": the state closing a list of towns the name opens. */
const LISTED_STATE = new RegExp(String.raw`^(?:,\s+${TOWN}){0,12},?\s+and\s+${TOWN},\s+${STATE}`, 'u');

/** "the city of", "the town of", "the port of" ... just before a name: a place's name follows, no person's. */
const PLACE_OF =
  /\bthe\s+(?:city|cities|town|towns|village|villages|port|island|islands|province|region|district|county|capital|municipality|suburb|township)\s+of\s+$/iu;

/** Whether a noun for a place and "of" stand just before a name: "in the city of El Alto (the poorest ...)". */
export const placeOfBefore = (s: string, start: number): boolean =>
  PLACE_OF.test(s.slice(Math.max(0, start - 40), start));
