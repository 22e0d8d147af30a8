// A name found in an article's sentence, with what the sentence says of it: the unit the people directory is built from.
export interface Mention {
  /** The name as the article writes it, without titles or possessive. */
  name: string;
  /** True when the article gives the full name here; false for a surname or first name alone. */
  full: boolean;
  roles: string[];
  affiliation: string | null;
  /** Passage number, and the sentence carrying the mention. */
  passage: number;
  sentence: string;
  /** Whether the text itself shows this is a person (a title, a role, a reporting verb, a known first name). */
  evidence: boolean;
  /** A name the article gives the mention just before it ("known as \"Hemedti\""): an alias of that person. */
  nickname?: true;
  /**
   * Not a person: a name the sentence writes as an organisation's or a place's ("Merrill Lynch and Co", "Lake
   * Erie"). Counted across the corpus against the name being a person's (build.ts); never resolved to anyone.
   */
  org?: true;
  /**
   * A surname a team list gives (team-lists.ts): the article's own person of that surname, or an entry of that
   * single name, never the one full name the corpus holds it in ("Clark" of a line-up is no Texas judge).
   */
  listed?: true;
  /** Per role (same order as `roles`), the date the text gives for it ("appointed ... on May 19"); null: none. */
  roleDates?: (string | null)[];
}

/** A name the sentence writes as an organisation's or a place's: kept, flagged, never a person (build.ts counts it). */
export function orgMention(name: string, passage: number, sentence: string): Mention {
  return { name, full: true, roles: [], affiliation: null, passage, sentence, evidence: false, org: true };
}
