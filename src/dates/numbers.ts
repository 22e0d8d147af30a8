// Numbers written in words, as radio transcripts and some outlets write dates: "nineteen ninety-six", "March eighth".
const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINALS =
  'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
    ' ',
  );
const TENTHS: Record<string, number> = { twentieth: 20, thirtieth: 30 };

const UNIT = `(?:${UNITS.slice(1).join('|')})`;
const TEN = `(?:${Object.keys(TENS).join('|')})`;
/** Up to ninety-nine in words: "six", "sixteen", "ninety-six", "ninety six". */
export const WORD_NUMBER = `(?:${TEN}(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNIT})`;
/** An ordinal day in words: "first" to "thirty-first". */
export const WORD_ORDINAL = `(?:(?:twenty|thirty)[- ](?:${ORDINALS.slice(1, 10).join('|')})|${ORDINALS.slice(1).join('|')}|twentieth|thirtieth)`;
/** A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand", "two thousand and one". */
export const WORD_YEAR = `(?:(?:eighteen|nineteen|twenty)(?: hundred)?(?: and)? (?:oh (?:${UNITS.slice(1, 10).join('|')})|${WORD_NUMBER})|two thousand(?:(?: and)? ${WORD_NUMBER})?)`;

/** The value of a number in words up to ninety-nine, or of an ordinal ("eighth"), or null. */
export function wordValue(words: string): number | null {
  const w = words.toLowerCase().trim().replace(/\s+/g, ' ');
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    if (p in TENS) total += TENS[p]!;
    else if (p in TENTHS) total += TENTHS[p]!;
    else if (UNITS.includes(p)) total += UNITS.indexOf(p);
    else if (ORDINALS.includes(p)) total += ORDINALS.indexOf(p);
    else return null;
  }
  return total || null;
}

/** The value of a year in words, or null. */
export function wordYear(words: string): number | null {
  const w = words
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ hundred/, '')
    .replace(/ and\b/g, '');
  const thousand = /^two thousand(?: (.+))?$/.exec(w);
  if (thousand) return 2000 + (thousand[1] ? (wordValue(thousand[1]) ?? NaN) : 0) || null;
  const m = /^(eighteen|nineteen|twenty) (?:oh )?(.+)$/.exec(w);
  if (!m) return null;
  const rest = wordValue(m[2]!);
  return rest === null ? null : (UNITS.indexOf(m[1]!) || TENS[m[1]!]!) * 100 + rest;
}
