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
