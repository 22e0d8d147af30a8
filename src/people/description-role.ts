// The role a later description gives a person just named: "Michael Howard has launched an attack ... . The Tory
// leader said ...", "... Lleyton Hewitt ... . The top seed was ...", '"How was it right?" the Lib Dem leader asked.'
// News names a person once and then calls them by their role; the role is theirs when the last sentence naming anyone
// (of the two before) names no one else, and no other person of the article holds a role of that kind.
import type { Mention } from './mention.js';
import { genderOf } from './genders.js';
import { RANKS, TITLE_WORDS } from './lexicon.js';
import { ONE_NAME_NOUNS } from './noun-named.js';

/**
 * A definite description as a sentence's subject, or after a quotation as the speaker: "The Tory leader said",
 * "The 28-year-old 800 metres runner has", '," the Lib Dem leader asked'. Groups: the description's words before
 * its head noun (up to four), the head noun, and what follows it in the role: a field after "of" or "for" and a
 * second office after "and" ("The former UN commissioner for human rights and Irish president told").
 */
const DESCRIPTION_HEAD = String.raw`(?:^|[,!?]["”’]\s+)[Tt]he\s+((?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}[\p{Ll}-]*|\d[\d.,]*(?:-[\p{Ll}-]+)?)\s+){0,4}?)(\p{Ll}[\p{Ll}-]+)`;
// (A field is no article alone: "The outgoing head of the troubled Child Support Agency" is no "head of the".)
const COMPLEMENT = String.raw`((?:\s+(?:of|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?!(?:the|a|an)\b)[\p{L}-]+)?(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+)?)`;
const DESCRIPTION_VERB = String.raw`\s+(?:(?:has|had|is|was|will|would|also|then)\s+)?(?:said|says|asked|added|told|warned|insisted|argued|claimed|urged|admitted|explained|announced|replied|has|had|is|was|will|would|\p{Ll}{3,}ed)\b`;
const DESCRIPTION = new RegExp(DESCRIPTION_HEAD + COMPLEMENT + DESCRIPTION_VERB, 'u');
/** The same with the head noun right before the verb, read first: the longer reading is for a description it does
 *  not read ("The AAA indoor and outdoor champion accelerated" is no "indoor"). */
const SHORT_DESCRIPTION = new RegExp(`${DESCRIPTION_HEAD}()${DESCRIPTION_VERB}`, 'u');

/** Nouns for anyone, which say nothing of a role ("The man said", "The pair have"), or name no one ("The figure"). */
const ANYONE = new Set(
  'man woman men women person boy girl child pair couple duo trio family group side team figure'.split(' '),
);

/**
 * Nouns news gives its unnamed sources: "the official said", "the spokesman added" is most often someone the article
 * does not name. Such a description stands for the one named before only when it names that one's body, which the
 * sentence before names too ("Dieter said Mannesmann would act ... . The Mannesmann spokesman declined").
 */
const SOURCE = new Set(
  'official spokesman spokeswoman spokesperson aide diplomat source executive officer representative'.split(' '),
);

/** An age as news writes it before a role ("The 28-year-old 800 metres runner"): not part of the role. */
const AGE = /^\d+-year-old\s+/u;

/** Nouns for a woman, and for a man. */
const FEMALE = /(?:woman|ess|wife|mother|queen|princess|girl|lady|actress)$/u;
const MALE = /(?:^|[^o])man$|^(?:husband|father|king|prince|boy|lord|actor)$/u;

/** A description's "international" after a capitalised word, a people's or a team's: "The German international". */
const capInternational = (d: RegExpExecArray) => d[2] === 'international' && /\p{Lu}[\p{L}-]*\s+$/u.test(d[1]!);

/**
 * Whether a sentence writes a name right after a preposition or "and"/"or", or after an article as a noun's modifier
 * ("a Glen Johnson header fell to Gudjohnsen"): no subject of its own.
 */
function notSubject(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const last = sentence.slice(0, at).split(/\s+/u).filter(Boolean).at(-1)?.toLowerCase() ?? '';
  return PREPOSITION.test(last);
}

const PREPOSITION = /^(?:by|with|against|to|for|of|from|on|at|and|or|about|than|like|such|including|between|a|an)$/u;

/** The surname as written by one of the mentions known by it. */
const surnameOf = (key: string, named: Mention[]) =>
  named
    .find((m) => surname(m) === key)!
    .name.split(' ')
    .at(-1)!;

/** The key a person is known by in an article: the last word of the name. */
const surname = (m: Mention) => m.name.split(' ').at(-1)!;

/**
 * Gives each later description's role to the one person the sentence before names, when that person is no one else's
 * namesake there and no other person of the article has a role with the same head noun ("the prime minister" after
 * a sentence naming only the opposition leader is the prime minister the article names elsewhere).
 */
export function descriptionRoles(
  out: Mention[],
  sentences: { p: number; s: string }[],
  roleNoun: (word: string) => boolean,
): void {
  const people = out.filter((m) => !m.org && !m.nickname);
  for (let k = 1; k < sentences.length; k++) {
    const { p, s } = sentences[k]!;
    let d = SHORT_DESCRIPTION.exec(s);
    if (!d || !roleNoun(d[2]!)) d = DESCRIPTION.exec(s);
    if (!d) continue;
    const head = d[2]!;
    // (One person, a role's noun: not "the ministers", not "the man"; a people's or a team's "international" is a
    // player: "The German international".)
    if (
      !(roleNoun(head) || capInternational(d)) ||
      ANYONE.has(head) ||
      /[^s]s$/u.test(head) ||
      /\p{L}(?:['’]s|s['’])\s/u.test(d[1]!)
    )
      continue;
    // Nobody named in the description's own sentence before it; and the one it stands for not named after it ("The
    // former finance officer said Mr Ebbers knew" is someone else).
    const own = people.filter((m) => m.passage === p && m.sentence === s);
    if (own.some((m) => s.indexOf(m.name) < d.index + 1)) continue;
    // (A quotation between them names no one: '... Kennedy has attacked it. "How was it right?" the leader asked.')
    let named: Mention[] = [];
    let before = '';
    for (let j = k - 1; j >= Math.max(0, k - 2) && named.length === 0; j--) {
      const at = sentences[j]!;
      named = people.filter((m) => m.passage === at.p && m.sentence === at.s);
      before = at.s;
    }
    const keys = new Set(named.map(surname));
    if (keys.size !== 1) continue;
    const key = [...keys][0]!;
    if (own.some((m) => surname(m) === key)) continue;
    // The sentence before gives the role to someone unnamed ("a BaFin spokeswoman said ... . The spokeswoman
    // added"); or names the person as no subject, right after a preposition or "and" ("hosted by Jonathan Ross. The
    // winner was").
    if (new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'iu').test(before)) continue;
    if (named.some((m) => notSubject(before, m.name))) continue;
    // (An office has one holder, whom the article may name later; a trade has many, and one named only after the
    // description is not who it stands for: "Sir Elton John ... . The British singer played", then "French singer
    // Charles Aznavour".)
    const office = TITLE_WORDS.has(head);
    const namedBy = (m: Mention) => sentences.findIndex((x) => x.p === m.passage && x.s === m.sentence) <= k;
    if (
      people.some(
        (m) =>
          surname(m) !== key &&
          (office || namedBy(m)) &&
          m.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)),
      )
    )
      continue;
    // A field named as a body ("The governor of West Flanders province said") stands for the one named before only
    // when the sentence before names that body too; a second office after "and" is a role's noun.
    const more = d[3]!;
    const second = /\sand\s+(?:.*\s)?(\S+)$/u.exec(more)?.[1];
    if (second && !roleNoun(second)) continue;
    const body = /\s(?:of|for)\s+(?:the\s+)?(.*?)(?:\s+and\s|$)/u.exec(more)?.[1] ?? '';
    if (body.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !before.includes(w))) continue;
    // (Its field and a second office joined to it stay: "The former UN commissioner for human rights and Irish
    // president told".)
    const role = `${d[1]!}${head}${more}`.replace(AGE, '').trim();
    // ("The other investor is": someone besides.)
    if (/^other\b/u.test(role)) continue;
    if (SOURCE.has(head) && !role.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && before.includes(w))) continue;
    // (Two people: "The prime minister and his chancellor arrived".)
    if (/\band\s+(?:his|her|their|its|the)\b/u.test(s.slice(d.index, d.index + d[0].length + 20))) continue;
    // A bare office ("The prime minister", "The chancellor") is its holder's, whom the article may never name: it
    // stands for the one named only where that is the story's subject, named in its first sentence.
    if (role.split(/\s+/).every((w) => TITLE_WORDS.has(w)) && !sentences[0]!.s.includes(surnameOf(key, named)))
      continue;
    // The person's fullest mention in the article carries it.
    const holder = people.find((m) => m.full && surname(m) === key) ?? named[0]!;
    // (A woman's noun for a man, a man's for a woman: "The executive spokeswoman" is not David McLetchie.)
    const gender =
      holder.full && holder.name.includes(' ') ? genderOf(holder.name.split(' ')[0]!.toLowerCase()) : undefined;
    if ((gender === 'm' && FEMALE.test(head)) || (gender === 'f' && MALE.test(head))) continue;
    // (A role of the same kind it has: "Tory leader Michael Howard ... The Tory leader said"; and no second office
    // for one who holds another here, a rank aside: "Association chairman Joseph Hardiman ... The new president is
    // expected"; "Gen Musharraf ... The Pakistani president" is both.)
    if (holder.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head))) continue;
    // Nor a performer's or a player's trade for one who holds an office: "US President Bush ... . The rapper was
    // criticised" is someone the tagger missed.
    if (
      (TITLE_WORDS.has(head) || (ONE_NAME_NOUNS.has(head) && head !== 'star')) &&
      holder.roles.some((r) =>
        r
          .toLowerCase()
          .split(/[\s-]+/)
          .some((w) => TITLE_WORDS.has(w) && !RANKS.has(w)),
      )
    )
      continue;
    holder.roles.push(role);
    holder.roleDates?.push(null);
    holder.evidence = true;
  }
}
