// A single word the tagger read as another kind of name right after a noun for a person ("the rapper Eminem",
// "striker Franca"): a person's name. The tagger, trained on 1996 Reuters, reads stage names and new names by
// their shape alone; the noun before them says what they are.
import { ORG_WORDS, type TagToken } from './tagger.js';
import { lexiconNameOrUnknown, lexiconTags } from './lexicon.js';
import { isRoleNoun, isTitleWord } from './role-words.js';
import { commonWord } from './common-words.js';
import { personNoun } from './person-nouns.js';

/**
 * The nouns for those whom news names by one word, a stage name or a player's name ("the rapper Eminem", "striker
 * Franca", "designer Gres"): performers, players and makers. (Not every noun for a person: commodity news writes
 * "grain trader Dreyfus", "U.S. roaster Folgers", "copper fabricator Madeco" of firms.)
 */
export const ONE_NAME_NOUNS = new Set(
  `rapper singer star actor actress comedian comic dancer drummer guitarist bassist vocalist frontman frontwoman
  musician singer-songwriter songwriter dj mc diva crooner rocker popstar pianist violinist cellist soprano tenor
  striker midfielder defender goalkeeper keeper winger forward footballer playmaker boxer wrestler jockey cyclist
  sprinter bullfighter matador blogger model supermodel designer couturier artist painter sculptor photographer
  poet novelist playwright presenter chef magician illusionist author philosopher composer historian`.split(/\s+/),
);

/** Whether a role's noun is one of those: "author", the role "classical authors like Cicero" gives. */
export const oneNameRole = (role: string) => ONE_NAME_NOUNS.has(role.split(' ').at(-1)!);

/** A word English has no use for but a name: "Eminem", not "Trek" (of "Star Trek"). */
const noWordOfEnglish = (w: string) => !commonWord(w) && lexiconNameOrUnknown(w);

/**
 * Turns into a person's name a one-word name of another kind (B-ORG, B-LOC, B-MISC with nothing after it), or a
 * capitalised word the tagger read as no name and English does not know, that one of those nouns stands just
 * before, when the lexicon knows the word for no place, demonym or date.
 */
export function tagNounNamed(s: string, tt: TagToken[], tags: string[]): void {
  // "Rapper Eminem is to play": such a noun capitalised for opening the sentence, the tagger reading the two words
  // as one firm's name (not a title opening on such a noun and a word of English: "Star Trek").
  const opener = tt[0]?.text ?? '';
  if (
    tt.length > 2 &&
    noWordOfEnglish(tt[1]!.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(opener) &&
    ONE_NAME_NOUNS.has(opener.toLowerCase()) &&
    /^B-(?:ORG|LOC|MISC)$/u.test(tags[0]!) &&
    tags[1] === `I-${tags[0]!.slice(2)}` &&
    !tags[2]!.startsWith('I-')
  ) {
    tags[0] = 'O';
    tags[1] = 'B-ORG';
  }
  for (let i = 1; i < tt.length; i++) {
    const tag = tags[i]!;
    const w = tt[i]!;
    const next = tt[i + 1];
    // "Zimbabwe goalkeeper Energy Murambadoro": a word of English, then one of no language closing the run, are a
    // given name the tagger does not know and a surname, the noun's one person.
    if (
      next &&
      ONE_NAME_NOUNS.has(tt[i - 1]!.text) &&
      s.slice(tt[i - 1]!.end, w.start) === ' ' &&
      /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
      /^B-(?:ORG|LOC|MISC)$/u.test(tag) &&
      (tags[i + 1] === 'B-PER' || tags[i + 1] === `I-${tag.slice(2)}`) &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(next.text) &&
      noWordOfEnglish(next.text) &&
      s.slice(w.end, next.start) === ' ' &&
      !/^\p{Lu}/u.test(tt[i + 2]?.text ?? '') &&
      !tags[i + 2]?.startsWith('I-')
    ) {
      tags[i] = 'B-PER';
      tags[i + 1] = 'I-PER';
      i++;
      continue;
    }
    // (Or no name at all to the tagger, when the word is none of English's: "former Oasis dancer Bez favourite".)
    const unread = tag === 'O' && !commonWord(w.text);
    if ((!/^B-(?:ORG|LOC|MISC)$/u.test(tag) && !unread) || tags[i + 1]?.startsWith('I-')) continue;
    const noun = tt[i - 1]!;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}*)?$/u.test(w.text) || s.slice(noun.end, w.start) !== ' ') continue;
    // (Or capitalised for opening the sentence, before no word of English: "Rapper Eminem", not "Star Trek".)
    const opening = i === 1 && ONE_NAME_NOUNS.has(noun.text.toLowerCase()) && noWordOfEnglish(w.text);
    if (!ONE_NAME_NOUNS.has(noun.text) && !opening) continue;
    // (Not a word before more of a name or a role of its own: "designer Christian Lacroix", "star Bhs owner X".)
    if (next && (/^\p{Lu}/u.test(next.text) || isRoleNoun(next.text))) continue;
    const lex = lexiconTags(w.text);
    if (lex.place || lex.demonym || lex.date) continue;
    tags[i] = 'B-PER';
  }
}

/**
 * A noun for a person, capitalised, that the tagger took with the full name after it for an organisation's name
 * ("U.S. Pharmacologist Norman Farnsworth" read as B-ORG I-ORG I-ORG): the noun is the role, a known given name and
 * the surname after it the person's name. (Not a firm's name that ends on a word of firms: "Farmer Jack Group".)
 */
export function tagTradeBeforeName(tt: TagToken[], tags: string[], givenName: (w: string) => boolean): void {
  for (let i = 0; i + 2 < tt.length; i++) {
    const kind = /^B-(ORG|MISC|LOC)$/u.exec(tags[i]!)?.[1];
    if (!kind || !/^\p{Lu}\p{Ll}+$/u.test(tt[i]!.text)) continue;
    // (Not a title, which the name-finders read: "Lady Margaret Hall" is a college.)
    if ((!personNoun(tt[i]!.text.toLowerCase()) && !isRoleNoun(tt[i]!.text)) || isTitleWord(tt[i]!.text)) continue;
    if (!givenName(tt[i + 1]!.text) || tags[i + 1] !== `I-${kind}`) continue;
    let end = i + 2;
    while (end + 1 < tt.length && tags[end + 1] === `I-${kind}` && end - i < 3) end++;
    if (tags[end] !== `I-${kind}` || tags[end + 1] === `I-${kind}`) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(tt[end]!.text) || ORG_WORDS.has(tt[end]!.text.toLowerCase())) continue;
    tags[i] = 'O';
    tags[i + 1] = 'B-PER';
    for (let k = i + 2; k <= end; k++) tags[k] = 'I-PER';
  }
}
