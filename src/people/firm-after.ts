// The firm named after a person's name and "of" (or "at", for a trade), which a role written before the name is held
// with: "Analyst Tim Vale of Hoare and Dunn said", "economist Ann Roe of the brokerage Nesbitt Hale Inc", "analyst
// Gary Glaser at First Boston Corp".
import { knownGiven } from './given-names.js';
import { TITLE_WORDS, knownPlace } from './lexicon.js';

/** A capitalised word of a firm's name: "Hoare", "Nesbitt", "A.G.", "Dunn-Lowe". */
const CAP = String.raw`\p{Lu}[\p{L}.'’-]*`;

/** A run of capitalised words: "Hoare Govett", "Sanford C. Bernstein". */
const RUN = String.raw`${CAP}(?:\s+${CAP})*`;
/**
 * "of" and the firm: a run of capitalised words, partners' names joined by commas and one "and" or "&" inside it
 * ("Donaldson, Lufkin and Jenrette"), after a firm's noun or none.
 */
const OF_FIRM = new RegExp(
  String.raw`^\s+(of|at)\s+((?:the\s+(?:brokerage|firm|bank|investment\s+bank|securities\s+house|stockbrokers?)\s+)?` +
    String.raw`${RUN}(?:(?:,\s+${RUN})*,?\s+(?:and|&)\s+${RUN})?)`,
  'u',
);

/** Words that open a town's name, which the lexicon may not know: "West Hartford", "North Kingstown". */
const TOWN_OPENER = /^(?:North|South|East|West|New|Fort|Port|San|Santa|St|Lake|Mount|Upper|Lower|Glen|Palm)\s/u;

/**
 * The firm after a name and "of" (or "at"), when what follows is no place ("Mayor X of Chicago", "Senator X of
 * Kansas" say where, not whom for) and the run after an "and" is no person's full name ("of Hoare and John Dunn":
 * two people's). Null when none.
 * `after`: the sentence's text from the end of the name.
 */
export function firmAfterName(after: string): string | null {
  return firmAfter(after)?.firm ?? null;
}

/** firmAfterName's firm, with the preposition before it. */
function firmAfter(after: string): { firm: string; at: boolean } | null {
  const m = OF_FIRM.exec(after);
  if (!m) return null;
  // (A word of two letters or more closing on a full stop ends the sentence too: "of Moseley Corp. He said".)
  let firm = m[2]!.replace(/(?<=\p{L}{2})\.\s.*$/su, '');
  // ("of Hoare and John Dunn": the run after "and" is a person's full name.)
  const joined = /\s(?:and|&)\s(.+)$/u.exec(firm);
  if (joined && joined[1]!.includes(' ') && knownGiven(joined[1]!.split(' ')[0]!)) firm = firm.slice(0, joined.index);
  // (A sentence's full stop is no initial's: "of Hoare Govett." ends at "Govett".)
  firm = firm.replace(/(\p{L}{2,})\.$/u, '$1');
  const bare = withoutFirmNoun(firm);
  if (knownPlace(bare) || TOWN_OPENER.test(bare)) return null;
  return { firm, at: m[1] === 'at' };
}

/** A firm's name without the noun that says what it is: "Nesbitt Hale Inc" of "the brokerage Nesbitt Hale Inc". */
const withoutFirmNoun = (firm: string) => firm.replace(/^the\s+\p{Ll}[\p{Ll}\s]*?\s(?=\p{Lu})/u, '');

/** Whether the firm after the name ending at `nameEnd` and "of" runs to `end`: "Drew" of "Tim Vale of Hoare and Drew". */
export function firmCovers(s: string, nameEnd: number, end: number): boolean {
  const firm = firmAfterName(s.slice(nameEnd));
  return !!firm && s.indexOf(firm, nameEnd) + firm.length === end;
}

/**
 * A role written before a name, held with the firm after the name and "of": the role as shown ("analyst of Hoare and
 * Dunn") and the firm for the affiliation, without its noun ("Nesbitt Hale Inc" of "the brokerage Nesbitt Hale Inc");
 * null when no firm follows. `opens`: whether the role opens its sentence.
 */
export function heldWithFirm(role: string, opens: boolean, after: string): { role: string; firm: string } | null {
  const found = firmAfter(after);
  if (!found) return null;
  const { firm, at } = found;
  // "analyst Gary Glaser at First Boston Corp": a trade is held "at" a firm too; a title "at" a place is where its
  // holder was ("President Reagan at Camp David").
  if (at && TITLE_WORDS.has(role.split(' ')[0]!.toLowerCase())) return null;
  return { role: `${tradeCase(role, opens)} ${at ? 'at' : 'of'} ${firm}`, firm: withoutFirmNoun(firm) };
}

/**
 * A role's first word as it stands before "of" and the firm: a trade in lower case ("analyst of Hoare Govett", though
 * "Analyst" opened the sentence or the wire capitalised it), a title as written unless it opened the sentence
 * ("President of Chad").
 */
function tradeCase(role: string, opensSentence: boolean): string {
  const first = role.split(' ')[0]!;
  const low = first.toLowerCase();
  return opensSentence || !TITLE_WORDS.has(low) ? low + role.slice(first.length) : role;
}
