// The parts actors play: a name after "a cameo role as", "cast as", or the object of "play" in a sentence that
// speaks of a film, a soap or a stage ("played Nellie in Mike Leigh's latest film") is a fiction's character.

/**
 * Words that give the part an actor plays just before its name, and what may stand between: the work or the
 * character owning it ("played Brookside's Nell Carter", "a role as Tom Hale's mother Sheila").
 * (Not "part of" alone: "part of Stuart Rose's strategy", "as part of President Chavez's reform"; nor "such ...
 * stars as", which lists: "such screen stars as Michael Douglas".)
 */
const PART_CUE = new RegExp(
  '\\b(?:(?<cast>roles?\\s+(?:as|of)|cast\\s+as|the\\s+part\\s+of|' +
    '(?<!\\bsuch\\s[^,.;]{0,40})(?:starring|starred|stars)\\s+as)|' +
    '(?<play>play|plays|played|playing))\\s+' +
    // The owner: capitalised words in the possessive, then up to two lower-case words ("mother", "elder sister").
    "(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*['’]s?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2})?$",
  'u',
);

/**
 * What tells a sentence speaks of acting, after the part's name: a work's or a stage's noun, an actor's, a part's
 * ("when the Channel 4 soap began", "in the hit movie", "in The History Boys"). Not words sport shares ("show",
 * "stage", "series", "play").
 */
const ACTING = new RegExp(
  '\\b(?:films?|movies?|drama|soap|sitcom|musical|biopic|thriller|remake|adaptation|production|episodes?|opera|' +
    'pantomime|panto|theatre|role|character|actor|actress|actors|actresses|co-star(?:s|red)?|starring)\\b|' +
    '\\bin\\s+The\\s+\\p{Lu}',
  'u',
);

/**
 * Whether the name from `start` to `end` of a sentence is a part an actor plays: after "role as", "cast as" and
 * the like always, and so is its owner ("a role as Tom Hale's mother Sheila"); after "play" only when the sentence
 * goes on to speak of acting ("played Hewitt in the final" is an opponent), and not an owner, who may be the other
 * actor ("played Dan Holt's opposite number in the comedy").
 */
export function playedPart(s: string, start: number, end: number): boolean {
  const cue = PART_CUE.exec(s.slice(Math.max(0, start - 80), start));
  if (!cue) return false;
  if (cue.groups!['cast']) return true;
  return !/^['’]/u.test(s.slice(end)) && ACTING.test(s.slice(end));
}

/**
 * Whether a name after "with", in a clause that speaks of acting, is a cast member's, so that "as" after it gives
 * the part played, no role of theirs: "The remake, with Jude Law as the reporter, opens on Friday".
 */
export const castWith = (before: string): boolean => /\bwith\s+$/u.test(before) && ACTING.test(before);
