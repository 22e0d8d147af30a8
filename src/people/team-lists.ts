// Team lists: a paragraph that is nothing but names set apart by commas, a line-up ("Bullock, Duff, Wilson,
// Scotland (Samuel 63), Kerr (Cameron 87), ...") or a squad ("Coyne (Burnley), Jones (Wolves), ..."). Every name in
// it is a player, most of them given by surname alone and named nowhere else in the article.
//
// The tagger, trained on sentences, reads few of them, and the directory would join a bare surname to the one
// person the corpus names in full with it ("Clark" of a line-up to a Texas judge). So the list's names are read here,
// each a person of the article (a full name as written, a surname flagged `listed`: build.ts resolves it to the
// article's own person of that surname, or to an entry of that single name, never to another article's full name).
import type { Mention } from './mention.js';
import { lexiconTags } from './lexicon.js';
import { isDemonym } from '../questions/demonyms.js';
import { normaliseName } from './name-tokens.js';
import { passageSentences } from '../text.js';

/**
 * A player's name as a list writes it: a surname, an initial or two and a surname, or a name in full (up to four
 * words, particles too: "CJ van der Linde", "G du Toit").
 */
const PARTICLE = 'de|du|le|la|van|von|da|di|dos|der|den';
const NAME = String.raw`(?:\p{Lu}{1,2}\.?\s)?(?:(?:${PARTICLE})\s){0,2}\p{Lu}[\p{L}'’-]+(?:\s(?:${PARTICLE}|\p{Lu}[\p{L}'’-]+)){0,3}`;
/** One item: the name, and what a bracket after it gives (a substitute and his minute, a club, "capt"). */
const ITEM = new RegExp(`^(${NAME})(?:\\s*\\(([^()]{1,40})\\))?$`, 'u');
/** A substitute as a line-up writes him in the bracket: "Samuel 63", "Morrison 75". */
const SUBSTITUTE = new RegExp(`^(${NAME})\\s+\\d{1,3}(?:\\s*mins?)?$`, 'u');

/** The fewest names a paragraph must list to be a team's. */
const MIN_ITEMS = 5;

interface Listed {
  name: string;
  club: string | null;
  /** The list marks him its captain: "O'Connell (capt)", "O'Connell, capt,". */
  captain: boolean;
}

/** The captain's mark as an item of its own after his name: "O'Connell, capt,". */
const CAPTAIN = /^capt(?:ain)?\.?$/iu;
/** The captain's mark closing the bracket after his name, with or without a club: "(capt)", "(Cardiff, capt)". */
const CAPTAIN_IN_BRACKET = /,?\s*\bcapt(?:ain)?\.?$/iu;
/** A list's label before a colon, the team's name or what the page left of it: "Ireland: ", ": ". */
const LABEL = /^(?:\p{Lu}[\p{L}.'’ -]{0,30})?:\s*/u;

/**
 * The names of a paragraph that is a team list, else null; and whether the list shows itself to be a team's: a
 * substitute with his minute ("Samuel 63"), or brackets after three names or more.
 */
function listedNames(text: string, min = MIN_ITEMS): { names: Listed[]; strong: boolean } | null {
  const items = text
    .trim()
    .replace(LABEL, '')
    .replace(/\.$/u, '')
    // (Positions apart by semicolons, two players sharing a place by a slash: "P Montgomery; B Paulse, M Joubert",
    // "G du Toit/J Fourie".)
    .split(/[,;/]\s*(?![^()]*\))/u)
    .map((x) => x.trim());
  if (items.length < min) return null;
  const names: Listed[] = [];
  let bracketed = 0;
  let minute = false;
  for (const item of items) {
    if (CAPTAIN.test(item) && names.length) {
      names.at(-1)!.captain = true;
      continue;
    }
    // ("To be confirmed": a place the team has not filled.)
    if (/^TB[AC]$/iu.test(item)) continue;
    const m = ITEM.exec(item);
    if (!m) return null;
    const inside = m[2]?.trim();
    const sub = inside ? SUBSTITUTE.exec(inside) : null;
    const club = inside && !sub ? inside.replace(CAPTAIN_IN_BRACKET, '') || null : null;
    names.push({ name: m[1]!, club, captain: !!inside && CAPTAIN_IN_BRACKET.test(inside) });
    if (sub) names.push({ name: sub[1]!, club: null, captain: false });
    if (inside) bracketed++;
    if (inside && /^\p{Lu}[\p{L}'’-]+\s+\d{1,3}$/u.test(inside)) minute = true;
  }
  // A list of countries, towns or peoples ("France, Germany, Italy ...") is no team.
  const places = names.filter((x) => lexiconTags(x.name).place || isDemonym(x.name)).length;
  if (places * 3 > names.length) return null;
  return { names, strong: minute || bracketed >= 3 };
}

/** A sentence a match sheet labels, the team's name or the sheet's heading before a colon: "Newcastle: ", "Booked: ". */
const LABELLED = /^\p{Lu}[\p{L}.'’ -]{0,30}:\s/u;

/** The referee a match sheet names after its label: "Ref: S Dunn (Gloucestershire)", "Referee: Alain Rolland". */
const REFEREE = new RegExp(`\\bRef(?:eree)?:\\s+(${NAME})`, 'u');

/**
 * Replaces what the tagger read in each team list of the article with the list's names. A list counts when it
 * gives a substitute with his minute, or clubs in brackets after three names or more, or names two of the
 * people the article's own sentences name (a bare list of surnames under a match report). Once one counts, the
 * short rows of two names or more that ingestion kept as asides are the same sheet's and are read too.
 *
 * A page may print the sheet at the end of a paragraph of prose (after the managers' quotes): then each of its
 * labelled sentences is a list of its own ("Newcastle: Given, Carr, ...", "Subs Not Used: Butt, Harper.").
 */
export function teamLists(out: Mention[], passages: { n: number; text: string; aside?: boolean }[]): void {
  const surnames = new Set(
    out.filter((m) => !m.org && !m.nickname && m.evidence).map((m) => normaliseName(m.name).split(' ').at(-1)!),
  );
  // Whether a team list was read: the short rows of names the page prints as asides under it are the same sheet's
  // (its unused substitutes, its bookings: "Colgan, Dodds, Kenneth.").
  let sheet = false;
  /** Reads one list of a passage, the passage whole or one of its sentences; whether it counted. */
  const read = (p: { n: number; text: string }, text: string, sentence: string | null, short: boolean) => {
    const list = listedNames(text, short ? 2 : MIN_ITEMS);
    if (!list) return false;
    const { names, strong } = list;
    const known = names.filter((x) => surnames.has(normaliseName(x.name).split(' ').at(-1)!)).length;
    if (!strong && !short && known < 2) return false;
    sheet = true;
    const sentences = sentence === null ? passageSentences(p).map((x) => x.text) : [sentence];
    const sentenceOf = (name: string) => sentences.find((x) => x.includes(name)) ?? text;
    // What the tagger read there: a name of the list stays (a surname now flagged), anything else goes (a club in
    // brackets, "Man Utd", read as a person or a firm).
    const wanted = new Map(names.map((x) => [x.name, x]));
    const kept = new Set<string>();
    for (let i = out.length - 1; i >= 0; i--) {
      const m = out[i]!;
      if (m.passage !== p.n || (sentence !== null && m.sentence !== sentence)) continue;
      const item = m.org || m.nickname ? undefined : wanted.get(m.name);
      if (!item) out.splice(i, 1);
      else {
        kept.add(m.name);
        const roles = item.captain && !m.roles.includes('captain') ? [...m.roles, 'captain'] : m.roles;
        out[i] = {
          ...m,
          roles,
          evidence: true,
          affiliation: m.affiliation ?? item.club,
          ...(m.full ? {} : { listed: true }),
        };
      }
    }
    for (const { name, club, captain } of names) {
      if (kept.has(name)) continue;
      kept.add(name);
      // (An initial and a surname, "A Hazell", "S. Best", is read as the tagger reads it: a name the corpus may
      // give in full.)
      const full = /\s/u.test(name);
      out.push({
        name,
        full,
        roles: captain ? ['captain'] : [],
        affiliation: club,
        passage: p.n,
        sentence: sentenceOf(name),
        evidence: true,
        ...(full ? {} : { listed: true as const }),
      });
    }
    return true;
  };
  for (const p of passages) {
    if ((p.aside && !sheet) || !p.text.includes(',')) continue;
    if (read(p, p.text, null, !!p.aside) || p.aside) continue;
    for (const { text } of passageSentences(p)) if (LABELLED.test(text)) read(p, text, text, sheet);
  }
  if (sheet) refereeOf(out, passages);
}

/** Gives the referee a match sheet names the role its label says ("Ref: S Dunn"). */
function refereeOf(out: Mention[], passages: { n: number; text: string }[]): void {
  for (const p of passages) {
    const name = REFEREE.exec(p.text)?.[1];
    if (!name) continue;
    const i = out.findIndex((m) => m.passage === p.n && m.name === name && !m.org);
    if (i >= 0 && !out[i]!.roles.includes('referee')) out[i] = { ...out[i]!, roles: [...out[i]!.roles, 'referee'] };
  }
}
