// One full name, two people: the articles that give the name a role of one family (politics, sport, business)
// and those that give it a role of another name two different people ("Senator John Smith", "striker John Smith");
// so do articles that make it an official of two countries ("U.S. Treasury official", "Japanese Finance Minister").

export const POLITICS = 1;
export const SPORT = 2;
export const BUSINESS = 4;

/** Role words that belong to one family only; words shared by several ("president", "chairman") tell nothing. */
const FAMILY_WORDS: [number, RegExp][] = [
  [
    POLITICS,
    /\b(?:senator|sen|minister|congressman|congresswoman|congressmen|ambassador|chancellor|mayor|premier|parliamentarian|lawmaker|legislator|diplomat|envoy|mp|prime|senate|parliament|foreign|defence|defense|interior)\b/iu,
  ],
  [
    SPORT,
    /\b(?:striker|midfielder|defender|goalkeeper|keeper|winger|coach|quarterback|pitcher|batsman|bowler|jockey|player|skipper|sprinter|golfer|cyclist|boxer|footballer|cricketer|champion|fullback|outfielder|linebacker|prop|flanker|hooker|fly-half|scrum-half|full-back|wing|centre-back|centre-half|wicketkeeper|all-rounder|spinner|athlete|hurdler|swimmer|seed)\b/iu,
  ],
  [
    BUSINESS,
    /\b(?:chief executive|ceo|executive|analyst|economist|trader|banker|entrepreneur|investor|founder|shareholder|broker)\b/iu,
  ],
];

/**
 * The head of a title or role, lower-cased: the last word before its "of" ("chief" of "White House Chief of Staff",
 * "president" of "U.S. President", "son" of "son of President Reagan"); what tells namesakes' offices apart.
 */
export function roleHead(role: string): string {
  return writtenHead(role).toLowerCase();
}

/** The head of a title or role as written: "President" of "President Regan", "president" of "vice president". */
export function writtenHead(role: string): string {
  return (
    role
      .split(/\s+of\s+/iu)[0]!
      .match(/[\p{L}]+/gu)
      ?.at(-1) ?? ''
  );
}

/**
 * A team's captain, as sport writes it, in lower case ("Wales captain", "skipper"): a rank is written "Captain", and
 * a captain of a ship, an army or a police force says so.
 */
const TEAM_CAPTAIN = /(?:^|\s)(?:vice-|co-)?captain$/u;
const NOT_A_TEAM =
  /\b(?:army|navy|naval|police|ship|ship['’]s|sea|fire|air|airline|flight|port|harbour|harbor|militia)\b/iu;

/** The family of a role, or 0 when it names none or several. */
export function roleFamily(role: string): number {
  let family = TEAM_CAPTAIN.test(role) && !NOT_A_TEAM.test(role) ? SPORT : 0;
  for (const [f, re] of FAMILY_WORDS) if (re.test(role)) family |= f;
  return family === POLITICS || family === SPORT || family === BUSINESS ? family : 0;
}

/**
 * Countries an affiliation or a role names ("U.S.", "Japanese", "West Germany's"), one bit each above the role
 * families' bits: two officials of one name, one American, one Japanese, are two people. Forms folded, dots out.
 */
const COUNTRIES = [
  'us united states american america',
  'uk britain british united kingdom england english',
  'japan japanese',
  'germany german west germany west german bonn',
  'france french',
  'italy italian',
  'canada canadian',
  'brazil brazilian',
  'china chinese',
  'soviet union soviet ussr russia russian moscow',
  'india indian',
  'pakistan pakistani',
  'australia australian',
  'mexico mexican',
  'argentina argentine argentinian',
  'south africa south african',
  'philippines philippine filipino',
  'south korea south korean korea korean',
  'taiwan taiwanese',
  'saudi arabia saudi',
  'iran iranian',
  'iraq iraqi',
  'israel israeli',
  'egypt egyptian',
  'netherlands dutch holland',
  'belgium belgian',
  'spain spanish',
  'switzerland swiss',
];
const COUNTRY_SHIFT = 3;
const COUNTRY_OF = new Map<string, number>();
COUNTRIES.forEach((forms, i) => {
  const words = forms.split(' ');
  // Single words, and the two-word forms ("united states", "west german", "south korean").
  for (let k = 0; k < words.length; k++) {
    COUNTRY_OF.set(words[k]!, 1 << (COUNTRY_SHIFT + i));
    if (k + 1 < words.length) COUNTRY_OF.set(`${words[k]} ${words[k + 1]}`, 1 << (COUNTRY_SHIFT + i));
  }
});
// Words of a two-word form that name no country alone.
for (const w of ['united', 'states', 'kingdom', 'union', 'west', 'south', 'african', 'arabia']) COUNTRY_OF.delete(w);

/** The country bit of the words opening an affiliation or a role ("U.S. Treasury Secretary" -> the US), or 0. */
export function countryOf(text: string): number {
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\./g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return COUNTRY_OF.get(`${words[0]} ${words[1]}`) ?? COUNTRY_OF.get(words[0] ?? '') ?? 0;
}

/** The key of the second person a full name splits into: kept apart from every name's key by its "#". */
export const splitKey = (key: string) => `${key}#2`;
/** The full name a person's key is: the key itself, or the name a split person shares with the first. */
export const baseKey = (key: string) => (key.endsWith('#2') ? key.slice(0, -2) : key);

/**
 * The articles that go to a second person, given the role families each article gives a name (article ->
 * families): exactly two families, no article giving both, at least two articles; the family fewer articles give
 * (among equals, the one given later) is the second person's. Articles silent on roles stay with the first.
 */
export function splitDocs(families: Map<number, number>): Set<number> | null {
  if (families.size < 2) return null;
  const roles = new Map<number, number>();
  const countries = new Map<number, number>();
  for (const [doc, f] of families) {
    if (f & (POLITICS | SPORT | BUSINESS)) roles.set(doc, f & (POLITICS | SPORT | BUSINESS));
    if (f >>> COUNTRY_SHIFT) countries.set(doc, f >>> COUNTRY_SHIFT);
  }
  // Roles first; countries only when they are given twice on each side: an affiliation read wrong once in a list
  // of officials must not make two people of one.
  return twoSides(roles, 1) ?? twoSides(countries, 2);
}

/** The articles of the second of exactly two values, none holding two (one bit each), each given `least` times. */
function twoSides(values: Map<number, number>, least: number): Set<number> | null {
  if (values.size < 2) return null;
  const docs = new Map<number, number[]>();
  for (const [doc, v] of values) {
    if (v & (v - 1)) return null;
    const list = docs.get(v);
    if (list) list.push(doc);
    else docs.set(v, [doc]);
  }
  if (docs.size !== 2) return null;
  const [a, b] = [...docs.values()].map((l) => l.sort((x, y) => x - y));
  if (a!.length < least || b!.length < least) return null;
  const second = a!.length !== b!.length ? (a!.length < b!.length ? a! : b!) : a![0]! > b![0]! ? a! : b!;
  return new Set(second);
}
