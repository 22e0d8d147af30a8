// /who: who a person is, by the roles the corpus gives them, each role dated and cited.
import type { Answer, AnswerItem, CitedExcerpt } from '../answer.js';
import { plainCitation } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';
import type { Person, PersonMention } from '../people/directory.js';
import { highlightsFor } from '../search/excerpt.js';
import { normaliseName } from '../people/name-tokens.js';
import { cite } from './cite.js';
import { distinctRoles, roleHolders, type RoleHolder } from '../questions/roles.js';

const MAX_EXCERPTS = 4;

function citeSentence(corpus: CorpusState, p: Person, doc: number, sentence: string): CitedExcerpt {
  const terms = [[p.tokens], ...p.aliases.map((a) => [normaliseName(a).split(' ')])];
  return cite(corpus.docs[doc]!, { text: sentence, highlights: highlightsFor(sentence, terms) });
}

function dates(corpus: CorpusState, p: Person): { first: string | null; last: string | null } {
  const ds = [...p.docs]
    .map((d) => corpus.docs[d]!.date)
    .filter((d): d is string => !!d)
    .sort();
  return { first: ds[0] ?? null, last: ds[ds.length - 1] ?? null };
}

/** Two to four excerpts: the sentence that gives the newest role first, then sentences from other articles. */
function excerpts(corpus: CorpusState, p: Person): CitedExcerpt[] {
  const out: CitedExcerpt[] = [];
  const used = new Set<string>();
  const add = (doc: number, sentence: string) => {
    if (used.has(sentence) || out.length >= MAX_EXCERPTS) return;
    used.add(sentence);
    out.push(citeSentence(corpus, p, doc, sentence));
  };
  const roles = distinctRoles(p);
  if (roles[0]) add(roles[0].doc, roles[0].sentence);
  const byDoc = new Map<number, PersonMention[]>();
  for (const m of p.mentions.list()) {
    const list = byDoc.get(m.doc);
    if (list) list.push(m);
    else byDoc.set(m.doc, [m]);
  }
  const docs = [...byDoc.keys()].sort((a, b) => (corpus.docs[b]!.date ?? '').localeCompare(corpus.docs[a]!.date ?? ''));
  for (const d of docs) {
    const best =
      byDoc.get(d)!.find((m) => m.defining && !used.has(m.sentence)) ??
      byDoc.get(d)!.find((m) => !used.has(m.sentence));
    if (best) add(d, best.sentence);
  }
  for (const m of p.mentions.list()) if (out.length < 2) add(m.doc, m.sentence);
  return out;
}

function affiliation(p: Person): string | null {
  return [...p.affiliations].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function personData(corpus: CorpusState, p: Person, cited = excerpts(corpus, p)) {
  const { first, last } = dates(corpus, p);
  return {
    name: p.name,
    roles: distinctRoles(p).map((r) => ({
      role: r.role,
      date: r.date,
      citation: plainCitation(citeSentence(corpus, p, r.doc, r.sentence)),
    })),
    aliases: p.aliases,
    affiliation: affiliation(p),
    documents: p.docs.size,
    mentions: p.mentions.count,
    firstDate: first,
    lastDate: last,
    citations: cited.map(plainCitation),
    mentionedWith: corpus.people.companions(p).map((c) => ({ name: c.person.name, count: c.count })),
  };
}

/** The people who held a role the query names, newest statement first, each with the sentence that says so. */
function byRole(corpus: CorpusState, role: string, holders: RoleHolder[]): Answer {
  const shown = holders.slice(0, 10);
  const items: AnswerItem[] = shown.map((h) => ({
    heading: h.person.name,
    text: `${h.role.role}${h.role.date ? ` (as of ${h.role.date})` : ''}`,
    citations: [citeSentence(corpus, h.person, h.role.doc, h.role.sentence)],
  }));
  return {
    command: 'who',
    title: `Who is ${role}?`,
    summary: shown.length > 1 ? `${shown.length} people are named in that role, newest first:` : undefined,
    items,
    data: {
      query: role,
      byRole: true,
      people: shown.map((h, i) => ({
        name: h.person.name,
        role: h.role.role,
        roleDate: h.role.date,
        documents: h.person.docs.size,
        citations: [plainCitation(items[i]!.citations[0]!)],
      })),
      suggestions: [],
    },
  };
}

export function who(corpus: CorpusState, name: string): Answer {
  const { people, suggestions } = corpus.people.lookup(name);
  if (people.length === 0) {
    // "/who army chief of pakistan": a role, answered with who held it, newest first.
    const holders = roleHolders(corpus.people, name.split(/\s+/));
    if (holders.length) return byRole(corpus, name, holders);
    return {
      command: 'who',
      title: `Who is “${name}”?`,
      items: [],
      notice: `No one by that name in the corpus.${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`,
      data: { query: name, people: [], suggestions },
    };
  }
  if (people.length > 1) {
    // Enough to tell them apart: each one's newest role (or how often named) and the sentence that says it.
    const shown = people.slice(0, 10).map((p) => {
      const role = distinctRoles(p)[0];
      const m = role ?? p.mentions.list()[0]!;
      return { p, role, citation: citeSentence(corpus, p, m.doc, m.sentence) };
    });
    const items: AnswerItem[] = shown.map(({ p, role, citation }) => ({
      heading: p.name,
      text: role ? `${role.role}${role.date ? ` (as of ${role.date})` : ''}` : `named in ${p.docs.size} document(s)`,
      citations: [citation],
    }));
    const data = shown.map(({ p, role, citation }) => ({
      name: p.name,
      role: role?.role ?? null,
      roleDate: role?.date ?? null,
      documents: p.docs.size,
      mentions: p.mentions.count,
      citations: [plainCitation(citation)],
    }));
    return {
      command: 'who',
      title: `Several people match “${name}”`,
      summary: 'Ask again with the full name of the one you mean:',
      items,
      data: { query: name, ambiguous: true, people: data, suggestions: [] },
    };
  }
  const p = people[0]!;
  const cited = excerpts(corpus, p);
  const data = personData(corpus, p, cited);
  const roles = distinctRoles(p);
  const items: AnswerItem[] = roles.slice(0, 6).map((r) => ({
    heading: r.role,
    text: r.date ? `as of ${r.date}` : 'undated article',
    citations: [citeSentence(corpus, p, r.doc, r.sentence)],
  }));
  const shown = new Set(items.flatMap((i) => i.citations.map((c) => c.excerpt)));
  const more = cited.filter((c) => !shown.has(c.excerpt));
  if (more.length)
    items.push({ heading: 'Mentioned in', citations: more.slice(0, Math.max(0, MAX_EXCERPTS - items.length) || 1) });
  const companions = corpus.people.companions(p, 5);
  if (companions.length) {
    items.push({
      heading: 'Often mentioned with',
      text: companions.map((c) => `${c.person.name} (${c.count})`).join(', '),
      citations: companionCitations(corpus, p, companions.slice(0, 2), items),
    });
  }
  const aff = data.affiliation ? ` · ${data.affiliation}` : '';
  const span = data.firstDate
    ? ` · ${data.firstDate === data.lastDate ? data.firstDate : `${data.firstDate} to ${data.lastDate}`}`
    : '';
  return {
    command: 'who',
    title: p.name,
    summary: `${roles[0]?.role ?? 'Named in the corpus'}${aff} · ${data.documents} document${data.documents === 1 ? '' : 's'}${span}${p.aliases.length ? ` · also “${p.aliases.join('”, “')}”` : ''}`,
    items,
    data: { query: name, people: [data], suggestions: [] },
  };
}

/**
 * A sentence naming the person with each companion, one citation each: a sentence not yet quoted in the answer
 * when there is one, and never the same sentence twice (two companions named in one sentence are cited once).
 */
function companionCitations(
  corpus: CorpusState,
  p: Person,
  companions: { person: Person }[],
  items: AnswerItem[],
): CitedExcerpt[] {
  const quoted = new Set(items.flatMap((i) => i.citations.map((c) => c.excerpt)));
  const out: CitedExcerpt[] = [];
  for (const c of companions) {
    const theirs = new Set(c.person.mentions.list().map((o) => `${o.doc}:${o.passage}`));
    let first: CitedExcerpt | null = null;
    let fresh: CitedExcerpt | null = null;
    for (const m of p.mentions.list()) {
      if (!theirs.has(`${m.doc}:${m.passage}`)) continue;
      const cite = citeSentence(corpus, p, m.doc, m.sentence);
      if (out.some((o) => o.excerpt === cite.excerpt)) continue;
      first ??= cite;
      if (!quoted.has(cite.excerpt)) {
        fresh = cite;
        break;
      }
    }
    const chosen = fresh ?? first;
    if (chosen) out.push(chosen);
  }
  return out;
}
