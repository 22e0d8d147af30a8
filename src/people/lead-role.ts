// The role a story's lead gives a person it names only in the next sentence: "Scotland's justice minister has warned
// bigoted fans ... . Cathy Jamieson said exclusion orders ...". News leads often hold the name back to the second
// sentence; the role is that person's when the second sentence opens on a full name and a verb of saying.
import type { Mention } from './mention.js';

/**
 * A lead whose subject is a role and no name: "Scotland's justice minister has warned", "The head of the Bank of
 * England has said", "Britain's most senior judge says". Groups: the role as written, and its head noun.
 */
const ROLE_LEAD =
  /^((?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s?\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(\p{Ll}[\p{Ll}-]*)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*\p{Lu}[\p{L}'’-]*){0,5})?)\s+(?:has|have|had|is|was|will|says|said|\p{Ll}+ed|\p{Ll}+s)\b/u;

/** Verbs of saying that open a second sentence after its subject's name: "Cathy Jamieson said". */
const SAYS =
  /^\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|warned|insisted|argued|claimed|urged|stressed|admitted|explained|announced|described)\b/u;

/**
 * Gives the role of a lead that names no one to the person the next sentence opens on, when that mention has no role
 * of its own. `sentences`: the article's body sentences in order, with their passage numbers; `roleNoun`: whether a
 * word heads a role ("minister", "chief", "boss").
 */
export function leadRole(
  out: Mention[],
  sentences: { p: number; s: string }[],
  roleNoun: (word: string) => boolean,
): void {
  const [lead, next] = sentences;
  if (!lead || !next) return;
  const m = ROLE_LEAD.exec(lead.s);
  // (One person: "the ministers have agreed" names a group.)
  if (!m || !roleNoun(m[2]!) || /[^s]s$/u.test(m[2]!)) return;
  const named = out.find(
    (x) =>
      x.passage === next.p &&
      x.sentence === next.s &&
      x.full &&
      !x.org &&
      !x.nickname &&
      x.roles.length === 0 &&
      next.s.startsWith(x.name) &&
      SAYS.test(next.s.slice(x.name.length)),
  );
  if (!named) return;
  named.roles.push(m[1]!.replace(/^(?:The|A|An)\s+/u, ''));
  named.roleDates?.push(null);
  named.evidence = true;
}
