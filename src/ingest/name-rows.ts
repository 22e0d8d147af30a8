// Short rows of names apart by commas, as a team sheet prints them under a line-up: "Colgan, Dodds, Kenneth.".

/** One name as such a row writes it: a surname, an initial or two and a surname, a name in full (up to 3 words). */
const NAME = String.raw`(?:\p{Lu}{1,2}\.?\s)?\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*){0,2}`;
/** An item: the name and what a bracket after it may give, a substitute and his minute ("Samuel 63"). */
const ITEM = new RegExp(String.raw`^${NAME}(?:\s\(${NAME}\s\d{1,3}\))?$`, 'u');
/** A label before the row, or the colon a page left of one: "Subs not used: ", ": ". */
const LABEL = /^(?:\p{Lu}[\p{L} ]{0,25})?:\s*/u;

/**
 * A row of two names or more and nothing else, each in the case a name is written in (not a headline set in
 * capitals, "KINGSBRIDGE, MASCO SET MERGER"), with no words in lower case between them.
 */
export function isNameRow(text: string): boolean {
  const items = text
    .trim()
    .replace(LABEL, '')
    .replace(/\.$/u, '')
    .split(/,\s*(?![^()]*\))/u);
  return items.length >= 2 && items.every((x) => ITEM.test(x.trim()));
}
