// A surname after a peer's title ("Baroness Kennedy", "Lord Falconer") or a judge's style ("Lord Justice Rix") that
// the tagger read as an organisation's or a place's name, or took the style into: a person's. Trained on 1996
// Reuters, the tagger knows "Lord" before a surname but reads "Baroness" and the name after it as one firm.
import type { TagToken } from './tagger.js';
import { ORG_WORDS } from './tagger.js';
import { lexiconTags } from './lexicon.js';
import { lower } from './name-tokens.js';
import { PEERAGE } from './name-checks.js';
import { isTitleWord } from './role-words.js';

/** Titles of peers and knights, written before a surname or a full name. */
const peerTitle = (word: string) => PEERAGE.test(word) || word === 'Dame' || word === 'Sir';

/** Titles a judge's style opens with: "Lord Justice", "Lady Justice", "Mr Justice", "Mrs Justice". */
const JUDGE_TITLES = /^(?:Lord|Lady|Mr|Mrs|Ms|Dame|Sir)$/u;

/** Words that end a place's or a body's name a title may open: "Lady Margaret Hall", "Lord Howe Island". */
const NOT_A_NAME_END = /^(?:hall|college|island|islands|house|street|road|ground|hospital|school|bay|park)$/u;

/**
 * Turns into a person's name the one or two capitalised words right after a peer's title, when the tagger read
 * title and words together as another kind of name (B-ORG, B-LOC, B-MISC and its I- tags): the title itself stays
 * out of the name, as "Lord" does in "Lord Falconer".
 */
export function tagPeerNamed(s: string, tt: TagToken[], tags: string[]): void {
  for (let i = 0; i + 2 < tt.length; i++) {
    // "Lord Justice Rix", "Mr Justice Forbes": a judge's style, "Justice" no part of the name after it.
    if (
      JUDGE_TITLES.test(tt[i]!.text) &&
      tt[i + 1]!.text === 'Justice' &&
      /^B-/u.test(tags[i + 1]!) &&
      /^\p{Lu}\p{Ll}/u.test(tt[i + 2]!.text) &&
      s.slice(tt[i + 1]!.end, tt[i + 2]!.start) === ' ' &&
      !lexiconTags(tt[i + 2]!.text).place
    ) {
      const kind = tags[i + 1]!.slice(2);
      tags[i] = 'O';
      tags[i + 1] = 'O';
      tags[i + 2] = 'B-PER';
      for (let k = i + 3; k < tt.length && tags[k] === `I-${kind}`; k++) tags[k] = 'I-PER';
    }
  }
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!peerTitle(tt[i]!.text) || !/^B-(?:ORG|LOC|MISC)$/u.test(tags[i]!)) continue;
    const kind = tags[i]!.slice(2);
    let end = i + 1;
    while (end + 1 < tt.length && tags[end + 1] === `I-${kind}`) end++;
    if (tags[i + 1] !== `I-${kind}` || end - i > 2) continue;
    const words = tt.slice(i + 1, end + 1);
    if (
      words.some(
        (w, k) =>
          !/^\p{Lu}\p{Ll}/u.test(w.text) ||
          s.slice((k ? words[k - 1]! : tt[i]!).end, w.start) !== ' ' ||
          ORG_WORDS.has(lower(w.text)) ||
          // (An office a peer holds is no name: "Lord Chief Justice", "Lord Chancellor".)
          isTitleWord(w.text) ||
          NOT_A_NAME_END.test(lower(w.text)) ||
          lexiconTags(w.text).place,
      )
    )
      continue;
    tags[i] = 'O';
    words.forEach((_, k) => (tags[i + 1 + k] = k ? 'I-PER' : 'B-PER'));
  }
  // "Labour peer Lord Jenkins' Rights of Way Bill": the title read apart, the one word after it read as
  // another kind of name before a possessive.
  for (let i = 0; i + 2 < tt.length; i++) {
    const [word, next] = [tt[i + 1]!, tt[i + 2]!];
    if (!peerTitle(tt[i]!.text) || tags[i] !== 'O' || !/^B-(?:ORG|LOC|MISC)$/u.test(tags[i + 1]!)) continue;
    if (!/^['’]s?$/u.test(next.text) || s.slice(tt[i]!.end, word.start) !== ' ' || !/^\p{Lu}\p{Ll}/u.test(word.text))
      continue;
    if (ORG_WORDS.has(lower(word.text)) || isTitleWord(word.text) || lexiconTags(word.text).place) continue;
    tags[i + 1] = 'B-PER';
  }
}
