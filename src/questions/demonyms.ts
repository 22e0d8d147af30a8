// A people's word and its country's name are one thing to a question: "Japanese manufacturers" are met by "Japan's
// manufacturers". Both lists are compromise's lexicon (its Country and Demonym words); they are paired by spelling.
import nlp from 'compromise';

/** Pairs spelling does not tell ("French" and "France"), from general English. */
const IRREGULAR: [string, string][] = [
  ['british', 'britain'],
  ['brit', 'britain'],
  ['english', 'england'],
  ['scottish', 'scotland'],
  ['scot', 'scotland'],
  ['welsh', 'wales'],
  ['irish', 'ireland'],
  ['french', 'france'],
  ['spanish', 'spain'],
  ['dutch', 'netherlands'],
  ['dutch', 'holland'],
  ['swiss', 'switzerland'],
  ['danish', 'denmark'],
  ['dane', 'denmark'],
  ['finnish', 'finland'],
  ['polish', 'poland'],
  ['thai', 'thailand'],
  ['filipino', 'philippines'],
  ['turkish', 'turkey'],
  ['greek', 'greece'],
  ['swedish', 'sweden'],
  ['swede', 'sweden'],
  ['norwegian', 'norway'],
  ['peruvian', 'peru'],
  ['argentine', 'argentina'],
  ['argentinian', 'argentina'],
  ['kiwi', 'new zealand'],
];

/** The pairs, and the lexicon's peoples, built once on first use. */
let built: { table: Map<string, string[]>; peoples: Set<string> } | null = null;

/** The longest start two words share. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Each one-word country and demonym of the lexicon with the words for the same country: a demonym is its country's
 * name with an ending ("japan-ese", "chin-ese", "ital-ian"), so it keeps all of the name but its last two letters, and
 * at least four; or the name is the demonym with an ending ("afghan-istan").
 */
function build(): { table: Map<string, string[]>; peoples: Set<string> } {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  const tagged = (tag: string) =>
    Object.entries(lexicon)
      .filter(([w, t]) => (Array.isArray(t) ? t.includes(tag) : t === tag) && /^[a-z]+$/.test(w))
      .map(([w]) => w);
  const countries = tagged('Country');
  const out = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!out.has(x)) out.set(x, new Set());
      out.get(x)!.add(y);
    }
  };
  const peoples = new Set([...tagged('Demonym'), ...IRREGULAR.map(([d]) => d)]);
  for (const d of tagged('Demonym')) {
    // The country whose name the demonym keeps most of: "nigerian" is Nigeria's, not Niger's ("nigerien" is).
    let best: string | null = null;
    let most = 0;
    for (const c of countries) {
      const n = sharedStart(d, c);
      const fits = (n >= 4 && n >= c.length - 2) || (n === d.length && n >= 5);
      if (fits && d !== c && (n > most || (n === most && c.length < best!.length))) [best, most] = [c, n];
    }
    if (best) pair(d, best);
  }
  for (const [d, c] of IRREGULAR) pair(d, c);
  return { table: new Map([...out].map(([k, v]) => [k, [...v]])), peoples };
}

/** The other words for the country a word names or whose people it names: "japanese" gives ["japan"]; else []. */
export function sameCountry(word: string): string[] {
  built ??= build();
  return built.table.get(word.toLowerCase()) ?? [];
}

/** Whether a word names a people ("Japanese", "French"), not a place or a person. */
export function isDemonym(word: string): boolean {
  built ??= build();
  return built.peoples.has(word.toLowerCase());
}
