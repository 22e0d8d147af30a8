// One full name, two people: the articles that give the name a role of one family (politics, sport, business)
// and those that give it a role of another name two different people ("Senator John Smith", "striker John Smith").

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
    /\b(?:striker|midfielder|defender|goalkeeper|keeper|winger|coach|quarterback|pitcher|batsman|bowler|jockey|player|skipper|sprinter|golfer|cyclist|boxer|footballer|cricketer|champion|fullback|outfielder|linebacker)\b/iu,
  ],
  [
    BUSINESS,
    /\b(?:chief executive|ceo|executive|analyst|economist|trader|banker|entrepreneur|investor|founder|shareholder|broker)\b/iu,
  ],
];

/** The family of a role, or 0 when it names none or several. */
export function roleFamily(role: string): number {
  let family = 0;
  for (const [f, re] of FAMILY_WORDS) if (re.test(role)) family |= f;
  return family === POLITICS || family === SPORT || family === BUSINESS ? family : 0;
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
  const docs = new Map<number, number[]>();
  for (const [doc, f] of families) {
    if (f !== POLITICS && f !== SPORT && f !== BUSINESS) return null;
    const list = docs.get(f);
    if (list) list.push(doc);
    else docs.set(f, [doc]);
  }
  if (docs.size !== 2) return null;
  const [a, b] = [...docs.values()].map((l) => l.sort((x, y) => x - y));
  const second = a!.length !== b!.length ? (a!.length < b!.length ? a! : b!) : a![0]! > b![0]! ? a! : b!;
  return new Set(second);
}
