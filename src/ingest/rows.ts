// Rows of figures a table prints ("Revs 16.1 mln vs 3,971,000"), told from headlines with a figure in them.

/** A result between two names, a headline and no row of figures: "Newcastle 2-1 Bolton", "Man City 0-2 Man Utd". */
const SCORE_BETWEEN_NAMES = /^\p{Lu}[\p{L}.'’ -]*\s\d{1,3}-\d{1,3}\s\p{Lu}[\p{L}.'’ ()-]*$/u;

const YEAR = /^(?:19|20)\d{2}$/u;
const YEAR_PREPOSITION = /^(?:in|since|for|of|from|by|until|during|before|after)$/u;

/** A row of figures: "Revs 16.1 mln vs 3,971,000", "Shr 55 cts vs 24 cts", "Wheat 2.55 2.40 4.65". */
export function isTableRow(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 16 || !/\d/.test(text) || SCORE_BETWEEN_NAMES.test(text)) return false;
  // A year a preposition governs is words, not a column: "Singapore growth at 8.1% in 2004" is a headline.
  const figures = words.filter(
    (w, i) => /^[(-]?[$€£]?\d[\d.,:/%-]*\)?$/.test(w) && !(YEAR.test(w) && YEAR_PREPOSITION.test(words[i - 1] ?? '')),
  ).length;
  return (/\bvs\.?\s/i.test(text) && figures >= 1) || figures * 3 >= words.length;
}
