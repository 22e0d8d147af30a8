// Names opened by initials ("JRR Tolkien", "E.B. White", "KK Mittal") that the tagger reads as a firm's, taken back
// where the sentence leaves room for a person only: an author's "by", a work owned, a person's apposition, a list
// of people. Firms are named so too ("JP Morgan", "E.F. Hutton", "RJ Reynolds"), so the shape alone decides nothing.
import { knownGiven } from './given-names.js';
import { lexiconEntry, lexiconTags, plainAbbreviation } from './lexicon.js';
import { ORG_WORDS, type TagToken, type TaggedSpan } from './tagger.js';
import { lower } from './name-tokens.js';
import { isRoleNoun, isTitleWord } from './role-words.js';
import { firmList } from './firm-lists.js';

/** Initials written as a name's opening: two or three capitals, with stops or not, no acronym English knows. */
export function nameInitials(word: string): boolean {
  if (!/^\p{Lu}{2,3}$|^(?:\p{Lu}\.){2,3}$/u.test(word)) return false;
  // (Dotted, only a place's initials are known: "U.K.", not "K.M." for a kilometre.)
  const bare = word.replace(/\./gu, '');
  if (bare !== word) return !lexiconEntry(word) && !lexiconTags(word).place && !lexiconTags(bare).place;
  // (Two capitals English knows as a bare abbreviation may still be initials, "PL Travers", "AL Gooneratne"; not
  // a firm's, a title's, a unit's or a word's: "BP", "JR", "KM", "IT".)
  return !lexiconEntry(word) || (word.length === 2 && plainAbbreviation(word) && !lexiconTags(word).place);
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** What an author writes, before "by": "the story by EB White", "a play by". */
const AUTHORED = words(`
  book books novel novels story stories tale tales poem poems play plays trilogy saga series classic classics
  biography memoir memoirs essay essays diaries letters fantasy fantasies
`);

/**
 * What an author's possessive owns: "JRR Tolkien's fantasy trilogy" (not the words a firm owns too: "JP Morgan's
 * letters of credit", "its series of deals", "its play for the bank").
 */
const OWNED = words(
  'book books novel novels story stories tale tales poem poems trilogy saga biography memoir fantasy',
);

/** "the story by", "the original book by", "written by", "directed by": a work or its making just before "by". */
const AUTHOR_BY = /\b([\p{Ll}-]+)\s+by\s+$/u;
// (Not "designed by", "created by", "produced by": firms do those as often.)
const MADE = words('written directed composed illustrated painted narrated authored adapted');

/**
 * A person's apposition after the name: ", a fund manager with", ", spokesman for", ", the novelist." — a role
 * heading it (no possessive inside, where the role is another's: "the bank's economist").
 */
const APPOSITION =
  /^\s*,\s+(?:(?:a|an|the)\s+)?((?:[\p{L}&-]+\s+){0,3}?)([\p{Ll}-]+)(?:\s+(?:of|for|at|with|who|in)\b|\s*[,;.]|$)/u;

function personContext(s: string, tt: TagToken[], tags: string[], i: number): boolean {
  const end = tt[i + 1]!.end;
  // ("co-managers A.G. Edwards and Thomson McKinnon": a list of firms.)
  if (firmList(s, tt[i]!.start, end)) return false;
  const after = s.slice(end);
  const by = AUTHOR_BY.exec(s.slice(0, tt[i]!.start));
  if (by && (AUTHORED.has(by[1]!) || MADE.has(by[1]!))) return true;
  // (Within its first three words: "'s book", "'s fantasy trilogy".)
  const owned = /^['’]s?((?:\s+[\p{Ll}-]+){1,3})/u.exec(after);
  if (
    owned &&
    owned[1]!
      .trim()
      .split(/\s+/u)
      .some((w) => OWNED.has(w))
  )
    return true;
  const app = APPOSITION.exec(after);
  // (A role's noun, not any noun for a person: "GTE Sprint, the forerunner of US Sprint".)
  if (app && isRoleNoun(app[2]!)) return true;
  // "Salman Rushdie, JM Coetzee and Kazuo Ishiguro": an item of a list whose item beside it the tagger reads as a
  // person's, a given name and a surname (the tagger reads lists of firms so too: "Modern Garments, TW Garments",
  // "A.E. Staley and Archer Daniels Midland").
  const sep = (a: number) => tt[a]?.text === ',' || tt[a]?.text === 'and';
  let b = i - 2;
  while (b > 0 && tags[b] === 'I-PER') b--;
  return (
    (sep(i - 1) && b === i - 3 && tags[b] === 'B-PER' && knownGiven(tt[b]!.text)) ||
    (sep(i + 2) &&
      tags[i + 3] === 'B-PER' &&
      tags[i + 4] === 'I-PER' &&
      tags[i + 5] !== 'I-PER' &&
      knownGiven(tt[i + 3]!.text))
  );
}

/** The initialled names of a sentence the tagger left out of people's, in a place only a person can stand. */
export function namesAfterInitials(s: string, tt: TagToken[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i + 1 < tt.length; i++) {
    const surname = tt[i + 1]!;
    if (
      !nameInitials(tt[i]!.text) ||
      tags[i]!.endsWith('PER') ||
      tags[i + 1]!.endsWith('PER') ||
      s.slice(tt[i]!.end, surname.start) !== ' ' ||
      !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u.test(surname.text) ||
      ORG_WORDS.has(lower(surname.text)) ||
      isTitleWord(surname.text) ||
      isRoleNoun(surname.text) ||
      lexiconTags(surname.text).place ||
      // (Inside a longer run of capitals, the initials are a firm's or a body's: "the BBC JRR", "RJ Reynolds Tobacco".)
      (i > 0 && /^\p{Lu}/u.test(tt[i - 1]!.text) && s.slice(tt[i - 1]!.end, tt[i]!.start) === ' ') ||
      (/^\p{Lu}/u.test(tt[i + 2]?.text ?? '') && s.slice(surname.end, tt[i + 2]!.start) === ' ')
    )
      continue;
    if (personContext(s, tt, tags, i)) out.push({ from: i, to: i + 1, margin: 0 });
  }
  return out;
}
