// Passes over all of an article's mentions: shared surnames, relatives, stage names, nicknames, names in other scripts.
import { lexiconTags } from './lexicon.js';
import { otherScriptNames } from './scripts.js';
import { bareNickname } from './nicknames.js';
import { kinNames } from './kin.js';
import type { Mention } from './mention.js';
import { given } from './tagger.js';
import { lower, normaliseName } from './name-tokens.js';
import { singularRole } from './role-words.js';
import { givenFormsOfOne } from './variants.js';

/** Another name of the person the mention before it names (a nickname, a stage name, a native spelling): an alias. */
export function nicknameMention(name: string, passage: number, sentence: string): Mention {
  return { name, full: false, roles: [], affiliation: null, passage, sentence, evidence: false, nickname: true };
}

/**
 * Adds the names a sentence gives in another script (scripts.ts) to its mentions (`out` from `first`): a native
 * name beside its Latin spelling is a mention flagged `nickname` just after the Latin one (an alias of that
 * person); the Latin one is added when the tagger missed it and a role or a known given name shows a person. A
 * native name after a role word of its language is a person with that role.
 */
export function scriptNamesOf(out: Mention[], first: number, p: number, s: string): void {
  for (const { native, latin, role } of otherScriptNames(s)) {
    const base = { passage: p, sentence: s, affiliation: null };
    if (!latin) {
      const at = out.findIndex((m, i) => i >= first && m.name === native);
      if (at < 0)
        out.push({ ...base, name: native, full: native.includes(' '), roles: role ? [role] : [], evidence: true });
      else if (role && out[at]!.roles.length === 0) out[at] = { ...out[at]!, roles: [role], evidence: true };
      continue;
    }
    const key = normaliseName(latin);
    // The tagger's name may be the end of the Latin run ("Chinese President Xi Jinping (习近平)").
    let at = out.findIndex(
      (m, i) =>
        i >= first &&
        !m.org &&
        !m.nickname &&
        (normaliseName(m.name) === key || (m.full && key.endsWith(` ${normaliseName(m.name)}`))),
    );
    if (at < 0) {
      if (!role && !given().has(lower(latin.split(' ')[0]!))) continue;
      at = out.push({ ...base, name: latin, full: latin.includes(' '), roles: role ? [role] : [], evidence: true }) - 1;
    } else if (role && out[at]!.roles.length === 0) out[at] = { ...out[at]!, roles: [role], evidence: true };
    out.splice(at + 1, 0, nicknameMention(native, base.passage, base.sentence));
  }
}

/**
 * "impresarios David and Ed Mirvish", "twins Bob and Mike Bryan": a given name alone before "and" and a full name,
 * after a plural role, shares that name's surname, and is that person, not another David the article or the corpus
 * names. (A family's, "husband and wife Jim and Margaret Cuthbertson", is kin.ts's.)
 */
export function sharedSurnames(out: Mention[]): void {
  // (Not a surname of the article: "Blair and John Major", "Robben and Damien Duff".)
  const surnames = new Set(out.filter((x) => x.full && !x.org).map((x) => x.name.split(' ').at(-1)!));
  out.forEach((m, i) => {
    if (m.full || m.org || m.nickname || surnames.has(m.name) || !lexiconTags(m.name).first) return;
    const next = out[i + 1];
    if (!next || !next.full || next.org || next.sentence !== m.sentence || !next.name.includes(' ')) return;
    const [first, ...rest] = next.name.split(' ');
    // Only after a plural role or a word of kin, which says the two are alike: not "include Lulu and Julio Iglesias",
    // "Figo, Dani and Patrick Kluivert", "the Jesus and Mary Chain"; nor the surname itself, "Reagan and Nancy Reagan".
    const at = m.sentence.indexOf(`${m.name} and ${next.name}`);
    const before = /(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(m.sentence.slice(0, Math.max(0, at)))?.[1] ?? '';
    const alike = singularRole(before) !== null || /^(?:brothers|sisters|twins|siblings|couple|duo)$/u.test(before);
    if (!given().has(lower(first!)) || rest.includes(m.name) || at < 0 || !alike) return;
    m.name = `${m.name} ${rest.join(' ')}`;
    m.full = true;
    if (m.roles.length === 0 && next.roles.length) {
      m.roles.push(...next.roles);
      if (next.roleDates) m.roleDates = [...next.roleDates];
    }
  });
}

/** Each sentence's relatives named by given name only, given the surname the sentence ties them to (kin.ts). */
export function relatives(out: Mention[]): void {
  const added: Mention[] = [];
  const surnames = new Set(out.filter((m) => m.full && !m.org).map((m) => m.name.split(' ').at(-1)!));
  for (let i = 0; i < out.length;) {
    let j = i + 1;
    while (j < out.length && out[j]!.sentence === out[i]!.sentence && out[j]!.passage === out[i]!.passage) j++;
    const s = out[i]!.sentence;
    if (/['’]s?\s|\sand\s|\b(?:his|her)\s/u.test(s)) {
      // (The person named last in the sentences before, whom "The 40-year-old ... his mother" may go on about.)
      let before: Mention | undefined;
      for (let k = i - 1; k >= 0 && !before; k--) if (!out[k]!.org && !out[k]!.nickname) before = out[k];
      added.push(...kinNames(out.slice(i, j), s, out[i]!.passage, surnames, before));
    }
    i = j;
  }
  out.push(...added);
}

/**
 * "Steve Gerrard", later "Steven Gerrard": one article's full names of one surname whose given names are one name's
 * short and long forms (variants.ts) are one person, written as the article writes it more often (the first, when
 * as often).
 */
export function oneGivenForm(out: Mention[]): void {
  const full = out.filter((m) => m.full && !m.org && !m.nickname && /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+$/u.test(m.name));
  if (full.length < 2) return;
  const count = new Map<string, number>();
  for (const m of full) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const names = [...count.keys()];
  const given = (n: string) => lower(n.split(' ')[0]!);
  for (const a of names)
    for (const b of names) {
      if (a === b || a.split(' ')[1] !== b.split(' ')[1] || !givenFormsOfOne(given(a), given(b))) continue;
      // (b stands for both when written more often, or as often and first.)
      if (count.get(b)! > count.get(a)! || (count.get(b) === count.get(a) && names.indexOf(b) < names.indexOf(a)))
        for (const m of full) if (m.name === a) m.name = b;
    }
}

/**
 * "El Guerrouj" after "Hicham El Guerrouj": the surname with the Arabic article spelt apart, which a full name of
 * the article ends with, is that surname used alone (a name's key leaves such an article out only after a given
 * name, so that "Al Gore" stays a full name).
 */
export function articledSurnames(out: Mention[]): void {
  let fulls: string[] | null = null;
  for (const [i, m] of out.entries()) {
    const bare =
      !m.org && m.full ? /^(?:El|Al|Ul|Ed|Ad|As|Ash|Ar)\s(\p{Lu}[\p{L}'’-]+)$/u.exec(m.name)?.[1] : undefined;
    if (!bare) continue;
    fulls ??= out.filter((x) => x.full && !x.org).map((x) => x.name);
    if (fulls.some((f) => f !== m.name && f.endsWith(` ${m.name}`))) out[i] = { ...m, name: bare, full: false };
  }
}

/** "real name", "born", "birth name" between a name and the real one after it. */
const REAL_NAME = /^,?\s*\(?\s*(?:(?:whose\s+)?(?:real|birth|given)\s+name\s+(?:is\s+)?|born\s+)$/iu;

/**
 * The index in `out` (from `first`, this sentence's) of the mention just before a real name that the text gives as
 * its real one ("Jay-Z, real name Shawn Carter", "Sting (real name Gordon Sumner)"), or -1.
 */
export function stageNameBefore(out: Mention[], first: number, s: string, at: number): number {
  const k = out.length - 1;
  const m = out[k];
  if (k < first || !m || m.org || m.nickname || m.sentence !== s) return -1;
  const end = s.lastIndexOf(m.name, at);
  return end >= 0 && REAL_NAME.test(s.slice(end + m.name.length, at)) ? k : -1;
}

/** "The rapper, whose real name is": a description opening its sentence, then a real name's words. */
const DESCRIBED_REAL_NAME = /^[Tt]he\s+([\p{Ll}-]+)\s*,\s*(?:whose\s+)?(?:real|birth|given)\s+name\s+(?:is\s+)?$/u;

/**
 * The index in `out`, before `first` (this sentence's), of the stage name a description's real name is given for:
 * "Rapper Young Buck has been charged ... . The rapper, whose real name is David Darnell Brown, is due in court"
 * names Young Buck's real name, the last mention before given a role of that noun. Else -1.
 */
export function describedStageName(out: Mention[], first: number, s: string, at: number): number {
  const noun = DESCRIBED_REAL_NAME.exec(s.slice(0, at))?.[1];
  if (!noun) return -1;
  for (let k = first - 1; k >= 0; k--) {
    const m = out[k]!;
    if (m.org || m.nickname) continue;
    if (m.roles.some((r) => r.toLowerCase().split(/\s+/u).at(-1) === noun)) return k;
  }
  return -1;
}

/**
 * A nickname used again later in the article ("El Chapo had escaped", or "Chapo") stands for the person it was
 * given to, whom the build finds through the nickname: it is no evidence of a person of that name of its own, nor
 * a full name of one ("Young Buck was released", after "David Darnell Brown").
 */
export function nicknamesLater(out: Mention[]): void {
  let given: Set<string> | null = null;
  for (const [i, m] of out.entries()) {
    if (m.org) continue;
    const key = normaliseName(m.name);
    if (m.nickname) {
      given ??= new Set();
      given.add(key);
      const bare = bareNickname(key);
      if (bare) given.add(bare);
    } else if (given?.has(key) && (m.full || m.evidence)) out[i] = { ...m, full: false, evidence: false };
  }
}
