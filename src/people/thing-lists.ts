// Items of a list of examples a plural noun for things opens ("browsers such as Opera, Safari and Netscape",
// "universities, including Duke and MIT"): the names of those things, no people's.

/** Plural nouns for organisations, places and products news gives examples of by name. */
const THING_NOUNS = `companies firms banks brands browsers products programs programmes sites websites services
  universities colleges schools clubs teams sides countries nations cities towns states airlines carriers newspapers
  papers magazines channels networks broadcasters retailers stores chains carmakers manufacturers makers insurers
  lenders funds agencies organisations organizations charities institutions operators labels`
  .split(/\s+/u)
  // (Capitalised too, opening the sentence: "Browsers such as Opera".)
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .join('|');

/** An item of the list before the name: capitalised words, maybe a word in brackets after them, then its joint. */
const ITEM = String.raw`(?:the\s+)?\p{Lu}[^,;:.!?()]{0,40}?(?:\s+\([^()]{0,30}\))?(?:,\s*|\s+and\s+(?:even\s+)?|\s+or\s+)`;

/** The opening of a list of examples and its items up to the name: "browsers such as Opera, ", "universities, including ". */
const EXAMPLES_BEFORE = new RegExp(
  String.raw`(?:\b(?:${THING_NOUNS}),?\s+(?:such\s+as|like|including|include|included)|\bsuch\s+(?:${THING_NOUNS})\s+as)\s+(?:${ITEM})*(?:the\s+)?$`,
  'u',
);

/**
 * Whether the name starting at `start` is an item of a list of examples a plural noun for things opens: "browsers
 * such as Opera, Safari, Amaya", "a number of universities, including Duke (in North Carolina) and MIT", "such
 * firms as Boots". (Not people's nouns: "singers such as Dido" names people.)
 */
export function thingExample(s: string, start: number): boolean {
  return EXAMPLES_BEFORE.test(s.slice(Math.max(0, start - 200), start));
}

/** A possessive standing for a shop or firm named after its founder, nothing owned after it: "Heer's," "Macy's and". */
const BARE_POSSESSIVE = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}['’]s$/u;
/** A list item that is a name: capitalised words, "and", "of" or "&" between them ("Miller and Rhoads"). */
const NAME_ITEM = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:and|of|&|\p{Lu}[\p{L}'’.-]*)){0,6}$/u;

/**
 * The items of a list that names at least two shops or firms by a bare possessive ("Targeted for sale are Bonwit
 * Tellers, Garfinckel's, Dey's, Heer's, Miller and Rhoads, and Jerry Leonard"): the businesses of one list, each
 * a thing's name though it reads as a person's ("Heer", "Catherine", "Jerry Leonard"). Each possessive item comes
 * back without its "'s".
 */
export function possessiveListItems(s: string): string[] {
  const parts = s.replace(/[.!?]\s*$/u, '').split(/,\s*/u);
  const items = parts.map((part, i) => {
    const item = part.replace(/^(?:and|or)\s+/u, '');
    // (The list's first item ends the clause that opens it: "Targeted for sale are Bonwit Tellers".)
    if (i === 0) return /(?:^|\s)(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/u.exec(item)?.[1] ?? null;
    return NAME_ITEM.test(item) ? item : null;
  });
  const out: string[] = [];
  let run: string[] = [];
  const close = () => {
    // (Two, not counting the run's last item, which may own what follows the list: "Smith's, Jones's, and Brown's
    // votes" names people.)
    if (run.slice(0, -1).filter((x) => BARE_POSSESSIVE.test(x)).length >= 2)
      for (const x of run.map((y) => y.replace(/['’]s$/u, '')))
        // (An item holding "and" may be two, the list's last joint written without a comma: "Ruth Kendall and Marsh".)
        out.push(x, ...(x.includes(' and ') ? x.split(/\s+and\s+/u) : []));
    run = [];
  };
  for (const item of items) {
    if (item === null) close();
    else run.push(item);
  }
  close();
  return out;
}
