// A plain question (a mention of the bot): the answer in the first line — a name, a date, an amount, a place —
// in bold inside the cited sentence that gives it; then supporting sentences from other documents (saying so
// when they disagree), then related reading. Nothing is invented: every answer is a span of a cited sentence.
import type { Answer, AnswerItem, CitedExcerpt } from '../answer.js';
import { plainCitation } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';
import type { Person } from '../people/directory.js';
import { normaliseName } from '../people/name-tokens.js';
import { TITLE_WORDS, lexiconTags } from '../people/lexicon.js';
import { isRoleNoun } from '../people/role-words.js';
import { namedAsCompany } from '../people/companies.js';
import { isDemonym } from '../questions/demonyms.js';
import { analyse, capitalisedRuns, SCORE_ASKED, type Question } from '../questions/analyse.js';
import { candidates, headlineLike, type Candidate } from '../questions/candidates.js';
import { resolveFollowUp, type Turn } from '../questions/context.js';
import { followingSentences } from '../questions/following.js';

import {
  ageFigureSpans,
  amountSpans,
  countSpans,
  clockSpans,
  dateSpans,
  durationSpans,
  multiplierSpans,
  placeSpans,
  scoreSpans,
  type AnswerSpan,
} from '../questions/spans.js';
import { ageOfOther, amountOf, namedOnlyCompared } from '../questions/bindings.js';
import { cite, MAX_EXCERPT } from './cite.js';
import { beforeAskedDate, CAUSE, COMPARES, DIFFERENCE_AFTER, nearest, wordsBetween } from './span-choice.js';
import { distinctRoles, roleHolders } from '../questions/roles.js';
import { DATELINE, escapeRegExp } from '../text.js';
import { rangeLabel } from '../dates/label.js';

const SUPPORT = 3;
const SEE_ALSO = 3;

interface Found {
  /** The short answer, as the sentence gives it (a date also resolved: "Thursday (2025-10-09)"). */
  answer: string | null;
  /** The value compared across sources: a resolved date, an amount as written, a name. */
  value: string | null;
  citation: CitedExcerpt;
  doc: number;
}

export function ask(corpus: CorpusState, asked: string, history: Turn[] = []): Answer {
  const resolved = resolveFollowUp(asked, history);
  const q = analyse(resolved);
  if (q.focus.length === 0 && !q.subject) {
    return finish(
      corpus,
      q,
      asked,
      resolved,
      [],
      null,
      'Ask me about something the articles cover — a person, a place, an event.',
    );
  }
  const direct =
    q.type === 'person' ? personAnswer(corpus, q) : q.type === 'definition' ? definitionAnswer(corpus, q) : null;
  if (direct) return finish(corpus, q, asked, resolved, direct.found, direct.subject, undefined, direct.others);
  let pool = candidates(corpus, q);
  let found = spanAnswers(corpus, q, pool);
  // A thing asked by its name that no sentence names as such: the sentence that tells most of it answers.
  if (!found.length && q.type === 'name') found = spanAnswers(corpus, { ...q, type: 'open' }, pool);
  // Nothing answers as asked: try again with the words this corpus writes beside the question's own.
  if (!found.length && q.type !== 'open' && q.type !== 'yesno') {
    // Only the sentences the learned words bring (those looked at before did not answer), the best eight of them: a
    // second try must not double what an unanswerable question costs.
    const widened = untried(pool, candidates(corpus, q, 30, true), q).slice(0, 8);
    found = spanAnswers(corpus, q, widened);
    if (found.length) pool = widened;
  }
  if (found.length)
    return finish(
      corpus,
      q,
      asked,
      resolved,
      found,
      found[0]!.answer && q.type === 'person' ? found[0]!.answer : null,
      undefined,
      pool,
    );
  // Nothing answers: say so, and show the closest sources.
  const closest = pool
    .filter((c) => !headlineLike(c.text))
    .sort(byScore)
    .slice(0, SEE_ALSO);
  const notice = pool.length
    ? 'No sentence in the articles answers that directly; these come closest.'
    : 'The corpus has nothing on that question, so I won’t guess.';
  return {
    command: 'ask',
    title: title(asked),
    summary: takenAs(asked, resolved),
    notice,
    items: closest.map((c) => ({
      heading: corpus.docs[c.doc]!.title,
      citations: [cite(corpus.docs[c.doc]!, { text: c.text, highlights: c.matched })],
    })),
    data: {
      question: asked,
      resolved,
      type: q.type,
      answer: null,
      answerCitation: null,
      ...aboutWhom(corpus, q, null),
      documents: new Set(closest.map((c) => c.doc)).size,
      results: closest.map((c) => plainCitation(cite(corpus.docs[c.doc]!, c.text))),
    },
  };
}

/** A question as a title: the whole of it, up to 200 characters. */
const title = (s: string) => (s.length > 200 ? s.slice(0, 199) + '…' : s);

/** A follow-up is shown as it was understood, so a wrong reading of "he" or "it" is plain to see. */
function takenAs(asked: string, resolved: string): string | undefined {
  return resolved !== asked
    ? `Taken as: “${resolved.length > 300 ? resolved.slice(0, 299) + '…' : resolved}”`
    : undefined;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.rank - b.rank;
}

/** The answer and its support as an Answer: the first line answers, then support, disagreement, see also. */
function finish(
  corpus: CorpusState,
  q: Question,
  asked: string,
  resolved: string,
  found: Found[],
  answered: string | null,
  notice?: string,
  pool: Candidate[] = [],
): Answer {
  const { person, topic } = aboutWhom(corpus, q, answered);
  if (found.length === 0) {
    return {
      command: 'ask',
      title: title(asked),
      notice,
      items: [],
      data: {
        question: asked,
        resolved,
        type: q.type,
        answer: null,
        answerCitation: null,
        person,
        topic,
        documents: 0,
        results: [],
      },
    };
  }
  const [lead, ...rest] = found;
  // Support from other documents: one sentence per document, those agreeing with the answer first.
  const docs = new Set([lead!.doc]);
  const others = rest.filter((f) => f.doc !== lead!.doc);
  const agreeing = others.filter((f) => !f.value || !lead!.value || sameValue(f.value, lead!.value));
  const support: Found[] = [];
  for (const f of [...agreeing, ...others.filter((f) => !agreeing.includes(f))]) {
    if (support.length >= SUPPORT || docs.has(f.doc)) continue;
    docs.add(f.doc);
    support.push(f);
  }
  const items: AnswerItem[] = [];
  const differing = support.filter((s) => !agreeing.includes(s));
  // Two figures or two dates for one thing are a disagreement; two people or places are other candidates.
  const measured = q.type === 'date' || q.type === 'amount' || q.type === 'count' || q.type === 'duration';
  if (support.length) {
    const named = [...new Set(differing.map((d) => d.answer).filter(Boolean))].join('; ');
    items.push({
      heading: differing.length ? (measured ? 'Sources differ' : 'Also named') : 'Also reported',
      text: differing.length && measured ? `Other articles give ${named}.` : undefined,
      citations: support.map((s) => s.citation),
    });
  }
  const seeAlso = pool
    .filter((c) => !docs.has(c.doc) && !headlineLike(c.text))
    .sort(byScore)
    .filter((c, i, all) => all.findIndex((o) => o.doc === c.doc) === i)
    .slice(0, SEE_ALSO);
  if (seeAlso.length)
    items.push({
      heading: 'See also',
      citations: seeAlso.map((c) => cite(corpus.docs[c.doc]!, { text: c.text, highlights: c.matched })),
    });
  const results = [lead!.citation, ...items.flatMap((i) => i.citations)];
  return {
    command: 'ask',
    title: lead!.answer ?? 'The closest the articles come',
    summary: takenAs(asked, resolved),
    items,
    notice,
    lead: { answer: lead!.answer, citation: lead!.citation },
    data: {
      question: asked,
      resolved,
      type: q.type,
      answer: lead!.answer,
      answerCitation: plainCitation(lead!.citation),
      person,
      topic,
      documents: new Set(results.map((r) => r.doc)).size,
      results: results.map(plainCitation),
    },
  };
}

/** Who the question was about (for "he"/"she" next) and what (for "it"/"they"): the person answered, else a
 *  name of the question the directory knows as a person; the topic is the question's other names, or its words. */
function aboutWhom(
  corpus: CorpusState,
  q: Question,
  answered: string | null,
): { person: string | null; topic: string | null } {
  let person = answered;
  const others: string[] = [];
  for (const n of q.names) {
    const found = n.split(/\s+/).length <= 4 ? namedPeople(corpus, n) : [];
    if (!person && found.length === 1) person = found[0]!.name;
    else if (!found.length) others.push(n);
  }
  const topic = others.length
    ? others.join(' ')
    : q.focus
        .filter((w) => !/^\d+$/.test(w))
        .slice(0, 4)
        .join(' ') || null;
  return { person, topic };
}

/** People whose name holds every word of `name`, spelt as given: no near spellings, no suggestions. */
function namedPeople(corpus: CorpusState, name: string): Person[] {
  const words = normaliseName(name).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const lists = words.map((w) => corpus.people.withWord(w));
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return shortest.filter((p) => words.every((w) => p.tokens.includes(w)));
}

/** A message of an earlier conversation, as a front end reads it back (a thread's history, oldest first). */
export interface Said {
  /** A question put to the bot (a message that mentions it), without the mention. */
  question?: string;
  /** The bot's own answer to the question before it: its short answer (a name, a date…), when it had one. */
  answer?: string | null;
  /** Anything else said in the conversation (readable only with the Message Content intent). */
  text?: string;
}

/** The turns of a conversation, worked out from what was said in it: questions resolved in order, each with the
 *  person and the thing it was about, a person the bot answered counting as the person talked about. */
export function recall(corpus: CorpusState, said: Said[]): Turn[] {
  const turns: Turn[] = [];
  for (const s of said) {
    if (s.question) {
      const resolved = resolveFollowUp(s.question, turns);
      turns.push({ question: resolved, ...aboutWhom(corpus, analyse(resolved), null) });
    } else if (s.answer && turns.length) {
      const last = turns[turns.length - 1]!;
      const name = s.answer.replace(/ — .*$/, '');
      if (namedPeople(corpus, name).length) last.person = namedPeople(corpus, name)[0]!.name;
    } else if (s.text) {
      const about = aboutWhom(corpus, analyse(s.text), null);
      if (about.person || about.topic) turns.push({ question: s.text, ...about });
    }
  }
  return turns;
}

function sameValue(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s,]/g, '')
      .replace(/billion/g, 'bn')
      .replace(/million/g, 'm');
  return norm(a) === norm(b) || a.startsWith(b) || b.startsWith(a);
}

/** A cited sentence with the answer span (and the question's words) marked. */
function citeSpan(
  corpus: CorpusState,
  doc: number,
  sentence: string,
  span: { start: number; end: number } | null,
  also: [number, number][] = [],
): CitedExcerpt {
  const d = corpus.docs[doc]!;
  let text = sentence;
  let shift = 0;
  // A long sentence is shown around its answer, never cut before it.
  if (span && sentence.length > MAX_EXCERPT && span.end > MAX_EXCERPT - 40) {
    const from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, span.start - 120)));
    text = '…' + sentence.slice(from).trimStart();
    shift = from + (sentence.slice(from).length - sentence.slice(from).trimStart().length) - 1;
  }
  const highlights: [number, number][] = span
    ? [[span.start - shift, span.end - shift]]
    : also.map(([s, e]) => [s - shift, e - shift] as [number, number]);
  return cite(d, { text, highlights: highlights.filter(([s]) => s >= 0) });
}

// ---- who: a person by name, or by role ----

function personAnswer(
  corpus: CorpusState,
  q: Question,
): { found: Found[]; subject: string | null; others?: Candidate[] } | null {
  if (q.subject) {
    const { people, where } = peopleAsked(corpus, q.subject);
    if (people.length)
      return { found: people.slice(0, 4).map((p) => personFound(corpus, p, where)), subject: people[0]!.name };
  }
  if (q.role) {
    const holders = roleHolders(corpus.people, q.role, q.names, (doc) => corpus.docs[doc]?.text ?? '');
    if (holders.length) {
      const found = holders.slice(0, 4).map((h) => {
        const sentence = h.role.sentence;
        const span = nameSpan(sentence, h.person);
        return {
          answer: h.person.name,
          value: h.person.name,
          citation: citeSpan(corpus, h.role.doc, sentence, span),
          doc: h.role.doc,
        };
      });
      return { found, subject: holders[0]!.person.name };
    }
  }
  return null;
}

/** A name, then what places its holder: "David Frost of the British Chambers of Commerce", "Edgar Greco at Kodak". */
const QUALIFIED = /^(.+?)(?:\s*,\s*|\s+(?:of|at|from|with|in)\s+)(?:the\s+)?(.+)$/iu;

/**
 * The people a question names. A name the directory does not know whole may carry what places its holder after it
 * ("Who is James MacDonald of Ciba-Geigy?"): the name alone is looked up, and those whose roles or articles name the
 * qualifier come first; `where` finds the qualifier, for the role to show.
 */
function peopleAsked(corpus: CorpusState, subject: string): { people: Person[]; where?: RegExp } {
  const { people } = corpus.people.lookup(subject);
  const m = people.length ? null : QUALIFIED.exec(subject);
  if (!m) return { people };
  const named = corpus.people.lookup(m[1]!).people;
  const where = new RegExp(`(?<![\\p{L}])${escapeRegExp(m[2]!).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu');
  const placed = named.filter(
    (p) =>
      p.roles.some((r) => placedBy(corpus, r, where)) ||
      [...p.docs].some((d) => where.test(corpus.docs[d]?.text ?? '')),
  );
  return { people: placed.length ? placed : named, where };
}

/** Whether a role's words or its article name what the question placed its holder by. */
function placedBy(corpus: CorpusState, r: { role: string; doc: number }, where: RegExp): boolean {
  return where.test(r.role) || where.test(corpus.docs[r.doc]?.text ?? '');
}

function personFound(corpus: CorpusState, p: Person, where?: RegExp): Found {
  const roles = distinctRoles(p);
  const role = (where && roles.find((r) => placedBy(corpus, r, where))) || roles[0];
  const mention = role ?? p.mentions.list().find((m) => m.defining) ?? p.mentions.list()[0];
  if (!mention)
    return {
      answer: p.name,
      value: p.name,
      citation: cite(corpus.docs[[...p.docs][0]!]!, p.name),
      doc: [...p.docs][0]!,
    };
  const sentence = mention.sentence;
  const span = nameSpan(sentence, p);
  const answer = role ? `${p.name} — ${role.role}` : p.name;
  return { answer, value: p.name, citation: citeSpan(corpus, mention.doc, sentence, span), doc: mention.doc };
}

/** The pattern of a person's names, longest first: made once per person, not per sentence looked at. */
const namePatterns = new WeakMap<Person, RegExp>();

function namePattern(p: Person): RegExp {
  let re = namePatterns.get(p);
  if (!re) {
    const names = [p.name, ...p.aliases.map((a) => a.replace(/^@/, '')), ...p.tokens.filter((t) => t.length > 2)]
      .map((n) => normaliseName(n))
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const alternatives = [...new Set(names)].map((k) => escapeRegExp(k).replace(/ /g, '[\\s-]+'));
    namePatterns.set(p, (re = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'u')));
  }
  return re;
}

/** Where a person is named in a sentence: the full name, else the longest alias or name word found. */
function nameSpan(sentence: string, p: Person): { start: number; end: number } | null {
  // Folding keeps offsets only when no character decomposes: fold accents one character at a time.
  const folded = /[\u00c0-\u024f]/.test(sentence)
    ? sentence.replace(/[\u00c0-\u024f]/g, (ch) => ch.normalize('NFKD')[0]!).toLowerCase()
    : sentence.toLowerCase();
  const m = namePattern(p).exec(folded.length === sentence.length ? folded : sentence.toLowerCase());
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

// ---- what is X: an acronym the corpus spells out, or a sentence that defines X ----

function definitionAnswer(
  corpus: CorpusState,
  q: Question,
): { found: Found[]; subject: string | null; others?: Candidate[] } | null {
  const subject = q.subject;
  if (!subject) return null;
  const key = subject.toLowerCase().replace(/\./g, '');
  const expansions = corpus.acronyms.get(key);
  const pool = candidates(corpus, q);
  const found: Found[] = [];
  for (const c of pool.filter((c) => !headlineLike(c.text)).sort(byScore)) {
    const span = definingSpan(c.text, subject, expansions ? [...expansions] : []);
    if (!span) continue;
    found.push({
      answer: span.text,
      value: span.text.toLowerCase(),
      citation: citeSpan(corpus, c.doc, c.text, span),
      doc: c.doc,
    });
    if (found.length > SUPPORT) break;
  }
  return found.length ? { found, subject, others: pool } : null;
}

function definingSpan(text: string, subject: string, expansions: string[]): AnswerSpan | null {
  const lower = text.toLowerCase();
  for (const e of expansions) {
    const at = lower.indexOf(e.toLowerCase());
    if (at >= 0) return { start: at, end: at + e.length, text: text.slice(at, at + e.length), value: e };
  }
  const s = escapeRegExp(subject);
  const re = new RegExp(`\\b${s}\\b(?:,|\\s+(?:is|was|are|were))\\s+((?:a|an|the)\\s[^,;.()]{3,140})`, 'iu');
  const m = re.exec(text);
  if (m) {
    const at = m.index + m[0].length - m[1]!.length;
    return { start: at, end: at + m[1]!.length, text: m[1]!, value: m[1]! };
  }
  const paren = new RegExp(
    `([\\p{Lu}][\\p{L}-]+(?:\\s+(?:of|and|for|the|[\\p{Lu}][\\p{L}-]+))+)\\s*\\(${s}\\)`,
    'u',
  ).exec(text);
  if (paren) return { start: paren.index, end: paren.index + paren[1]!.length, text: paren[1]!, value: paren[1]! };
  return null;
}

// ---- when, where, how much, how many, who did it, and open questions: a span of the best sentence ----

/**
 * How much of the best sentence's score a sentence needs to be looked at for an answer: less when the question names
 * the thing measured, whose amount answers it however few of the other words the sentence has.
 */
const floorOf = (q: Question) => (q.measured ? 0.35 : 0.6);

/**
 * The sentences after one that gives nothing of the kind asked (followingSentences): how near the best score it must
 * come for them to be read; the share of its score they are read at (or their own, where higher, plus a little of
 * it: of two followers, the one meeting more of the question ranks first); and what the sentence followed loses
 * to them.
 */
const FOLLOWED_FROM = 0.9;
const FOLLOWER_SHARE = 0.75;
const FOLLOWER_OWN = 0.05;
const FOLLOWED_PENALTY = 0.2;
/** At most this many sentences are followed: a question many sentences meet alike is not slowed by their followers. */
const FOLLOWED_AT_MOST = 3;
/** The words that put something at a place, right before it: "at", "in", "at the", "in central". */
const LOCATED_AT = /\b(?:at|in|inside|near|outside)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;

/** Whether a sentence's spans answer as asked: for "who", a person or a body ("First Boston Inc, Harcourt's
 *  financial adviser"), not a country the fallback took ("Japan"); any span for the other kinds. */
function answersAsKind(q: Question, spans: AnswerSpan[]): boolean {
  return q.type === 'person' ? spans.some((s) => s.person || !lexiconTags(s.text).place) : spans.length > 0;
}

/**
 * The sentences of a second pool the first did not look at for an answer: those of the first below its floor were
 * never looked at, and may answer once the learned words raise them ("The chair ... is expected to cost $399").
 */
export function untried(first: Candidate[], again: Candidate[], q: Question): Candidate[] {
  const best = first.find((c) => !headlineLike(c.text))?.score ?? 0;
  const tried = new Set(first.filter((c) => c.score >= best * floorOf(q)).map((c) => c.text));
  return again.filter((c) => !tried.has(c.text));
}

/** Sentences looked at for an answer span, best first: enough to find one, few enough to stay fast. */
const INSPECTED = 16;
const WANTED = 1 + SUPPORT + SEE_ALSO;

function spanAnswers(corpus: CorpusState, q: Question, pool: Candidate[]): Found[] {
  const asked = new Set(q.focus);
  const needsSpan = q.type !== 'open' && q.type !== 'yesno' && q.type !== 'definition';
  const wantsUnit = /\b(?:each|per|a share|apiece|a unit|a barrel|a tonne|a ton|an ounce)\b/i.test(q.text);
  // "How far can it transmit", "how far did the Dow fall": a distance or a move in points, no share.
  const distance = /^how (?:far|tall|deep|heavy|wide)\b/i.test(q.text);
  const wantsMeasure = distance || measureAsked(q.text) || MEASURE_VERBS.test(q.text);
  // ("How much per share will X pay", "how much did it cost": a sum, whatever "share" or "rate" it names.)
  const moneyAsked = MONEY_ASKED.test(q.text);
  const wantsShare =
    !distance &&
    !moneyAsked &&
    !wantsUnit &&
    /%|\bper ?cent|\bpct\b|\bpercentage|\bshare\b|\brate\b|\bhow fast\b|\bgr[eo]w|\brise\b|\brose\b|\bfell\b|\bfall\b/i.test(
      q.text,
    );
  // A sentence that meets far less of the question than the best one does not answer it.
  const top = pool.find((c) => !headlineLike(c.text));
  const best = top?.score ?? 0;
  /** Each answer with how well its sentence meets the question, and its span the kind asked for. */
  const found: { f: Found; fits: number; own: boolean }[] = [];
  let inspected = 0;
  // A sentence that gives the amount of the very thing asked ("a $50,000 bribe") answers however few of the
  // question's other words it has ("the bribe paid to the harbour official" where it says "port authority"); so does
  // one that gives the cause asked, naming only "the blackout" of the story the best sentence tells.
  const causeAsked = q.type === 'open' && ASKS_CAUSE.test(q.text);
  const bestDoc = top?.doc;
  const floor = causeAsked ? 0.35 : floorOf(q);
  const queue = [...pool];
  const followed = new Set<Candidate>();
  const unanswered = new Set<Candidate>();
  for (let at = 0; at < queue.length; at++) {
    const c = queue[at]!;
    // Enough found to choose from, or enough looked at: reading spans (dates above all) is the costly part.
    if (inspected >= INSPECTED || found.length >= WANTED + 2 || c.score < best * floor) break;
    if (headlineLike(c.text)) continue;
    // (The sentences read for following another do not use up what is looked at for the question's own.)
    if (!followed.has(c)) inspected++;
    let spans = needsSpan
      ? spansFor(corpus, q, c, followed.has(c)).filter((s) => !askedAlready(s, asked) && !namedInFull(s, q))
      : [];
    // A sentence that meets the question best but gives nothing of the kind asked (a lede that restates what is
    // asked: "Ecuador's trade minister resigned today") is followed by the next two of its article, read at once:
    // the answer is often there ("Xavier Neira ... told reporters he was stepping down"). A follower answers only
    // with a span of the very kind asked: a person for "who".
    if (
      needsSpan &&
      !followed.has(c) &&
      unanswered.size < FOLLOWED_AT_MOST &&
      c.score >= best * FOLLOWED_FROM &&
      !answersAsKind(q, spans)
    ) {
      // Read now, whatever their own score: one already further down the queue is moved up, one read before is not
      // read again.
      const next = followingSentences(corpus, c, 2, FOLLOWER_SHARE).filter(
        (f) => !queue.slice(0, at).some((o) => o.doc === f.doc && o.text === f.text),
      );
      for (const f of next) {
        const later = queue.findIndex((o, i) => i > at && o.doc === f.doc && o.text === f.text);
        // One that meets more of the question itself ranks higher ("The chair ... is expected to cost $399" before
        // "Gaming is a $20 billion industry").
        if (later > at) {
          const own = queue.splice(later, 1)[0]!.score;
          f.score = Math.max(f.score, own) + FOLLOWER_OWN * own;
        }
        followed.add(f);
      }
      queue.splice(at + 1, 0, ...next);
      if (next.length) unanswered.add(c);
    }
    if (followed.has(c)) {
      // Of a follower, a person for "who", and for "where" a place it says something is at or in ("The event - at
      // Old Billingsgate"), not one it names for itself ("Iraq's pipeline").
      spans = spans.filter((s) =>
        q.type === 'person' ? s.person : q.type !== 'place' || LOCATED_AT.test(c.text.slice(0, s.start)),
      );
      if (spans.length === 0) continue;
    }
    // "How old was Lord Callaghan": an age, not a length of time ("just 11 days after"), and not an age the
    // sentence gives someone else ("his wife Audrey died aged 91").
    // ("the average age of a gamer being 29": a bare figure given as the age.)
    if (q.type === 'duration' && /^how old\b/i.test(q.text)) {
      spans = spans.filter((s) => /\baged\b|\bold\b/i.test(s.text) && !ageOfOther(c.text, s, q.names));
      if (spans.length === 0) spans = ageFigureSpans(c.text);
    }
    if (needsSpan && spans.length === 0) continue;
    // "By when could a vaccine be found?", "until when did Ford extend it?": a date the sentence gives as a deadline,
    // after "by", "until" or "to", answers before any other date, as a sum of the very thing asked does.
    const own = q.measured
      ? spans.filter((s) => amountOf(c.text, s, q.measured!))
      : q.type === 'date' && ASKS_DEADLINE.test(q.text)
        ? spans.filter((s) => DEADLINE_BEFORE.test(c.text.slice(Math.max(0, s.start - 24), s.start)))
        : [];
    if (c.score < best * 0.6 && own.length === 0 && !(causeAsked && c.doc === bestDoc && CAUSE.test(c.text))) continue;
    if (q.type === 'date' && own.length) spans = own;
    // A sentence whose spans are not of the kind asked ("Japan" for "who"), and whose followers were read for one,
    // answers after them.
    let fit = unanswered.has(c) ? -FOLLOWED_PENALTY : 0;
    // "How much did it take" wants money, "how fast did it grow" a share: the kind asked for, where the sentence has it.
    if (q.type === 'amount') {
      // "priced at £99 costs far less than the Gizmondo": the sum is the other thing's.
      if (q.names.length && namedOnlyCompared(c.text, q.names)) continue;
      const preferred = spans.filter(
        (s) => s.share === wantsShare && !!s.perUnit === wantsUnit && !!s.measure === wantsMeasure,
      );
      if (preferred.length) [spans, fit] = [preferred, 0.08];
      // "How much cash": a sum is named, and a sentence without one does not answer.
      // (Any sum, by the unit or not: "an extra £4 a month" is what it will cost.)
      else if (own.length === 0 && moneyAsked) {
        const sums = spans.filter((s) => !s.share && !s.measure);
        if (sums.length === 0) continue;
        spans = sums;
      }
      // "How big was the bribe": a sum the sentence gives as the bribe's ("a $50,000 bribe", "a bribe of $50,000")
      // answers it, before one given as something else the sentence also names ("a $1.5m fine for bribing").
      if (own.length) spans = own;
      // "at 2,495 dlrs, costs 500 dlrs less than previous machines": a difference answers "how much more/less".
      if (!COMPARES.test(q.text)) {
        const plain = spans.filter((s) => !DIFFERENCE_AFTER.test(c.text.slice(s.end)));
        if (plain.length) spans = plain;
      }
    }
    if (q.type === 'person' && spans.some((s) => s.person)) [spans, fit] = [spans.filter((s) => s.person), 0.1];
    // "Who scored for Newcastle?": the person of a sentence that tells the deed asked ("an Alan Shearer strike"),
    // before one of a sentence that only names the sides ("Boss Graeme Souness felt Newcastle were never in danger"),
    // of an article naming what the question names (another story's winner of another award is no nearer for its
    // "won", nor "South Africa is buying corn" for "who is buying Tallis Mining South Africa").
    if (q.type === 'person' && c.keyMet && c.named) fit += KEY_MET;
    // "What film": a name beside the word for its kind ("her latest movie, Eucalyptus", "the French Open, the one
    // Grand Slam") is the one asked.
    if (q.type === 'name' && q.kind) {
      const near = spans.filter((s) => besideKind(c.text, s, q.kind!));
      if (near.length) [spans, fit] = [near, fit + 0.1];
    }
    const span = spans.length ? (beforeAskedDate(c.text, spans, q.text) ?? nearest(spans, c.matched)) : null;
    // "Why ...?" is answered by a sentence that gives a cause ("walked out demanding a 53% pay rise"), before one
    // that only restates what happened, among those close enough to the question to be looked at: of the article
    // that tells the asked event best, or near as telling itself (another story's "demands for" is no cause of it).
    if (causeAsked && (c.doc === bestDoc || c.score >= best * CAUSE_ELSEWHERE) && CAUSE.test(c.text)) fit += 0.5;
    // An answer right beside the words the question asks about ("a $50,000 bribe") fits better than one a clause away.
    if (span && needsSpan && wordsBetween(c.text, span, c.matched) <= 2) fit += 0.06;
    const answer = span ? (q.type === 'date' ? dateAnswer(span) : span.text) : null;
    found.push({
      f: { answer, value: span?.value ?? null, citation: citeSpan(corpus, c.doc, c.text, span, c.matched), doc: c.doc },
      fits: c.score + fit,
      own: own.length > 0,
    });
  }
  return found
    .sort((a, b) => Number(b.own) - Number(a.own) || b.fits - a.fits)
    .slice(0, WANTED)
    .map((x) => x.f);
}

/**
 * Words after "how much" that ask for a sum or a share: its nouns ("how much profit", "how much turnover"), a
 * comparison ("how much more") or a preposition ("how much per share", "how much in tariffs").
 */
const MONEY_NOUNS = new Set(
  `money cash profit profits revenue revenues income debt debts tax taxes capital funding funds aid compensation damages
  bail salary pay wages bonus fee fees rent interest dividend loss losses sales investment spending budget subsidy
  subsidies credit credits prize reward ransom value equity stock turnover earnings price prices cost costs tariffs
  duty duties fine fines more less further per in of for on`.split(/\s+/),
);
/** The words between "how much" and its verb, all in lower case: "sugar", "high cost debt"; none for "how much did". */
const ASKED_PHRASE =
  /^how much\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3}?)(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should)\b/iu;
/**
 * "How much sugar did China import", "how much crude oil does it pump": a quantity of a good is asked, not a sum;
 * "how much money", "how much high cost debt", "how much more" ask for one.
 */
function measureAsked(q: string): boolean {
  const phrase = ASKED_PHRASE.exec(q)?.[1];
  if (!phrase || /\p{Lu}/u.test(phrase)) return false;
  return !phrase
    .trim()
    .split(/\s+/)
    .some((w) => MONEY_NOUNS.has(w));
}
/**
 * "How much cash did Grace get", "how much did the project cost", "how expensive is it": a sum named as such, or
 * asked by a verb only money answers, which a share or a quantity never does ("tax" may be a rate; "80 kilometres
 * north" is no cost).
 */
const MONEY_ASKED =
  /^how much\s+(?:money|cash|funding|funds|aid|compensation|damages|bail|salary|wages|bonus|ransom)\b|^how (?:expensive|costly)\b|^how much\b.*\b(?:cost|costs|costing|worth|pay|paid|paying|spend|spent|spending|charge|charged|charging|fetch|fetched)\b/iu;
const MEASURE_VERBS =
  /^how much\b.*\b(?:import|imported|imports|export|exported|exports|produce|produced|pump|pumped|harvest|harvested|mine|mined|consume|consumed)\b/i;

/** A date as the sentence writes it, with the date it resolves to when the words alone do not say it. */
function dateAnswer(span: AnswerSpan): string {
  if (span.value === span.text || !/^\d{4}/.test(span.value)) return span.text;
  // ("last summer (summer 2004)", "last week (week of 2004-03-15)": the value as a reader reads it.)
  const [date, end] = span.value.split(' – ');
  return `${span.text} (${rangeLabel(date!, end)})`;
}

/**
 * A span opening with a whole name the question gives, then more of it: "Sanwa Bank Ltd" for "Who is Sanwa buying
 * the shares from?" is the name asked about in full ("Jane Smith" for "Smith" is someone else, and stays).
 */
function namedInFull(span: AnswerSpan, q: Question): boolean {
  const owners = ownersAsked(q);
  return q.names.some((n) => span.text.length > n.length && span.text.startsWith(`${n} `) && !owners.includes(n));
}

/**
 * The names a question gives as the owner of the kind it asks ("Which VMS unit", "what Sony subsidiary"): the
 * answer's own name may open on it ("VMS Short Term Trust") and is no repeat of the question.
 */
function ownersAsked(q: Question): string[] {
  const kind = q.kind;
  if (!kind) return [];
  // (Asked for every span of every sentence looked at: worked out once per question.)
  let owners = ownersOf.get(q);
  if (!owners)
    ownersOf.set(
      q,
      (owners = q.names.filter((n) =>
        new RegExp(`^(?:which|what)\\s+${escapeRegExp(n)}\\s+${escapeRegExp(kind)}`, 'iu').test(q.text),
      )),
    );
  return owners;
}

const ownersOf = new WeakMap<Question, string[]>();

function askedAlready(span: AnswerSpan, asked: Set<string>): boolean {
  const words = span.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => asked.has(w));
}

/** How near the best sentence's score one of another article must come for the cause it gives to count. */
const CAUSE_ELSEWHERE = 0.8;

/** A question after a cause: "why ...", "what caused the blackout", "what is to blame for high prices". */
const ASKS_CAUSE =
  /^(?:why|how come|what (?:caused|led to|prompted|triggered|sparked|was behind)|what was the (?:cause|reason)|what (?:is|was|are|were) (?:to blame|responsible) for)\b/i;

/** Whether a date is the day a report was made: "Texaco today said", "said on Tuesday", "told reporters today". */
function reportDay(text: string, span: AnswerSpan): boolean {
  return (
    /^\s+(?:said|says|told|announced|reported|added)\b/u.test(text.slice(span.end, span.end + 12)) ||
    /\b(?:said|says|told(?:\s+\p{Ll}+)?|announced|reported|added)\s+(?:on\s+)?$/u.test(
      text.slice(Math.max(0, span.start - 30), span.start),
    )
  );
}

/** "How much sweeter / more / faster ... than": a multiple answers it. */
const COMPARED_AS_MULTIPLE = /^how much (?:more|less|\p{Ll}{2,}er)\b.*\bthan\b/iu;

/** A date question about what is to come, and one about what has been. */
const ASKS_AHEAD = /\b(?:will|shall|going to|(?:is|are) (?:planned|scheduled|due|expected|set|to))\b/i;
const ASKS_BEFORE = /^when (?:did|was|were|had)\b/i;
const ASKS_DEADLINE = /^(?:by|until|till) when\b/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|to|before|no later than)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

function spansFor(corpus: CorpusState, q: Question, c: Candidate, follower = false): AnswerSpan[] {
  const d = corpus.docs[c.doc]!;
  switch (q.type) {
    case 'date': {
      // "When will the members vote?" asks for a date ahead of the article, "when did" for one before it: of the
      // sentence's dates, those on the side asked (all of them when none is).
      const ahead = ASKS_AHEAD.test(q.text) ? 1 : ASKS_BEFORE.test(q.text) ? -1 : 0;
      // "Texaco today said the SEC would file": the day of the report answers no "when will".
      const spans = dateSpans(c.text, d.date).filter((sp) => ahead <= 0 || !reportDay(c.text, sp));
      // "When did the earthquake strike?": a sentence giving only the hour ("struck at 0940 hrs") tells it on the
      // article's day (what is to come may be on another).
      if (spans.length === 0 && ahead <= 0) return clockSpans(c.text, d.date);
      if (!ahead || !d.date || spans.length < 2) return spans;
      const day = d.date.slice(0, 10);
      const side = spans.filter((sp) => {
        const v = sp.value.slice(0, 10);
        return /^\d{4}/.test(v) && (ahead > 0 ? v >= day.slice(0, v.length) : v <= day);
      });
      return side.length ? side : spans;
    }
    case 'amount':
      // "How much sweeter than sugar is it?": a multiple, "600 times sweeter".
      return COMPARED_AS_MULTIPLE.test(q.text)
        ? [...amountSpans(c.text), ...multiplierSpans(c.text)].sort((a, b) => a.start - b.start)
        : amountSpans(c.text);
    case 'duration':
      return durationSpans(c.text);
    case 'count': {
      // A level asked without a noun ("what did the dollar close at") may be written with its unit: "145.25 yen".
      // A sentence read only for following the best one counts the noun asked or nothing ("about six months ago" is
      // no count of hectares).
      // "What was the score when Roddick beat Haas?": a result as sport writes it, "7-6 (7-3) 6-3".
      if (SCORE_ASKED.test(q.text)) return scoreSpans(c.text);
      const counts = countSpans(c.text, q.counted, follower);
      if (q.counted) return counts;
      return [...counts, ...amountSpans(c.text).filter((a) => !a.share)].sort((a, b) => a.start - b.start);
    }
    case 'place':
      return placeSpans(c.text).filter((p) => !q.names.some((n) => n.toLowerCase() === p.text.toLowerCase()));
    case 'person':
      return personSpans(corpus, q, c);
    case 'name':
      return nameSpans(c.text, q);
    default:
      return [];
  }
}

/** A month or a weekday, which a run of capitals may be alone: no name of a thing. */
const DATE_WORD =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/u;

/** Kinds of thing a place's name may name: a national side, a seat. */
const PLACE_KINDS = /^(?:team|club|side|seat|constituency|event|tournament|competition)$/;

/** Words news writes for the same kind of thing ("movie" for "film"). */
const KIND_WORDS: Record<string, string> = {
  film: 'films?|movies?|picture',
  movie: 'films?|movies?|picture',
  company: 'compan(?:y|ies)|firms?|group|corp(?:oration)?|inc|maker',
  firm: 'compan(?:y|ies)|firms?|group|corp(?:oration)?|inc',
  show: 'shows?|programmes?|series|sitcom|drama',
  programme: 'shows?|programmes?|series',
  song: 'songs?|single|track|hit',
  album: 'albums?|LP|(?:new )?release|debut',
  book: 'books?|novel|memoir|autobiography|biography',
  team: 'teams?|sides?|club',
  club: 'clubs?|teams?|sides?',
};

/** The words for a kind of thing, as a pattern, made once per kind. */
const kindPatterns = new Map<string, RegExp>();

/** Whether a span stands within a few words of the word for the kind asked ("her latest movie, Eucalyptus"). */
function besideKind(text: string, span: AnswerSpan, kind: string): boolean {
  let re = kindPatterns.get(kind);
  if (!re)
    kindPatterns.set(kind, (re = new RegExp(`\\b(?:${KIND_WORDS[kind] ?? `${escapeRegExp(kind)}s?`})\\b`, 'giu')));
  for (const m of text.matchAll(re)) {
    const gap = m.index! < span.start ? text.slice(m.index! + m[0].length, span.start) : text.slice(span.end, m.index!);
    if ((gap.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3) return true;
  }
  return false;
}

/** What telling the deed a "who" question asks adds to a sentence's fit. */
const KEY_MET = 0.12;

/** A ticker in angle brackets right after a capitalised name: "Inc <SWF>", "Corp <DD.N>". */
const TICKER_AFTER_NAME = /\p{Lu}[\p{L}.]*\s+<[A-Z][A-Z.]{0,7}>$/u;

/**
 * The names a sentence gives that a "which film / what company" question may ask: capitalised runs, not one the
 * question names, a wire's dateline, a date word or a sentence's capitalised opener ("The", "It").
 */
function nameSpans(text: string, q: Question): AnswerSpan[] {
  const owners = ownersAsked(q);
  const asked = q.names.map((n) => n.toLowerCase());
  const out: AnswerSpan[] = [];
  // (Nor a wire's dateline, up to its dash: "CINCINNATI, March 20 -".)
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  let from = 0;
  for (const run of capitalisedRuns(text)) {
    const start = text.indexOf(run, from);
    if (start < 0) continue;
    from = start + run.length;
    const name = run.replace(/^(?:The|A|An)\s+(?=\p{Lu})/u, '');
    const lower = name.toLowerCase();
    if (start < dateline || DATE_WORD.test(name)) continue;
    // One word that is no name: a small word, a date, a demonym, a verb or a role ("According", "Swiss", "Analysts").
    const tags = name.includes(' ') ? null : lexiconTags(name);
    if (
      tags &&
      (tags.closed ||
        tags.date ||
        tags.demonym ||
        isDemonym(name) ||
        tags.presentVerb ||
        tags.gerund ||
        tags.pastVerb ||
        isRoleNoun(name.replace(/s$/u, '')))
    )
      continue;
    if (/^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|But|And|In|On|At|For|Mr|Mrs|Ms|Dr)$/u.test(name))
      continue;
    const owned = owners.some((o) => lower.startsWith(`${o.toLowerCase()} `));
    if (!owned && asked.some((a) => a.includes(lower) || lower.includes(a))) continue;
    // A wire's ticker after the firm's name ("Southwest Forest Industries Inc <SWF>") is that name again, in short.
    if (TICKER_AFTER_NAME.test(text.slice(Math.max(0, start - 40), start + name.length + 1))) continue;
    // A place is no film or company ("target companies in China"); a team or a seat may be named by one ("Wales").
    if (!PLACE_KINDS.test(q.kind ?? '') && !namedAsCompany(name) && lexiconTags(name).place) continue;
    const at = text.indexOf(name, start);
    out.push({ start: at, end: at + name.length, text: name, value: name });
  }
  return out;
}

/** A name without the titles, role words and age before it: "Actress Nicole Kidman" -> "Nicole Kidman". */
function untitled(name: string): string {
  // (An age before the name is no part of it either: "Fifteen-year-old Donald Young".)
  const ws = name.replace(/^[\p{L}\d]+-years?-old\s+/iu, '').split(/\s+/u);
  let k = 0;
  while (k < ws.length - 1 && (isRoleNoun(ws[k]!) || TITLE_WORDS.has(ws[k]!.toLowerCase()))) k++;
  return ws.slice(k).join(' ');
}

/** People the directory finds in the sentence's passage, where the sentence names them, not named by the question. */
function personSpans(corpus: CorpusState, q: Question, c: Candidate): AnswerSpan[] {
  // A name the question gives is not its answer: compared word by word ("EU" is not inside "European").
  const asked = new Set(q.names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  const namedByQuestion = (name: string) => {
    const ws = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !/^(?:the|a|an|of|and|for)$/.test(w));
    return ws.length > 0 && ws.every((w) => asked.has(w));
  };
  // "Who will Navratilova partner?": the person the question names by surname alone is not the answer either.
  const surnames = new Set(q.names.filter((n) => !/\s/u.test(n)).map((n) => n.toLowerCase()));
  const out: AnswerSpan[] = [];
  for (const p of corpus.people.inPassage(c.doc, c.passage)) {
    if (namedByQuestion(p.name) || surnames.has(p.name.toLowerCase().split(/\s+/u).at(-1)!)) continue;
    const span = nameSpan(c.text, p);
    if (span) out.push({ ...span, text: p.name, value: p.name, person: true });
  }
  if (out.length) return out;
  // "Who hosted the meeting?" may be answered by a country or an organisation: a name the question does not give,
  // not a word capitalised only because it starts the sentence, and not a dateline in capitals.
  for (const m of c.text.matchAll(
    /\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'&.-]*)*/gu,
  )) {
    const name = m[0].replace(/['’]s$/u, '').replace(/[.]$/u, '');
    if (m.index === 0 && !name.includes(' ')) continue;
    // A wire's stock ticker ("<XIV>", "<F>") or a letter alone names no one; nor do months ("May and June").
    if (c.text[m.index! - 1] === '<' || /^\p{Lu}\.?$/u.test(name)) continue;
    if (name.split(/\s+/u).every((w) => DATE_WORD.test(w) || /^(?:and|or|of|for|the)$/u.test(w))) continue;
    if (name === name.toUpperCase() && name.length > 3) continue;
    if (
      /^(?:The|A|An|In|On|At|But|And|He|She|It|They|This|That|There|Mr|Mrs|Ms|Dr|I|We|You|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        name,
      )
    )
      continue;
    // ("Prime Minister Yasuhiro Nakasone" when the question names Nakasone; "Actress Nicole Kidman" when it names
    // Nicole Kidman: the titles before a name are no part of it.)
    if (namedByQuestion(name) || surnames.has(name.toLowerCase().split(/\s+/u).at(-1)!)) continue;
    if (namedByQuestion(untitled(name))) continue;
    // A legal form alone ("a Cargill, Inc. analyst said") names no one.
    if (/^(?:Inc|Ltd|Plc|PLC|Co|Corp|LLC|NV|AG|SA)$/u.test(name)) continue;
    // A holder of a role asked ("Who is the new health minister for Wales?", "Who is the trustee for the
    // debentures?") is a person or a body, never a place.
    if (q.role && lexiconTags(name).place) continue;
    // "the Indian director": a people's adjective names no one.
    if (!name.includes(' ') && lexiconTags(name).demonym) continue;
    out.push({ start: m.index!, end: m.index! + name.length, text: name.replace(/^(?:The|A|An)\s+/, ''), value: name });
  }
  return out;
}
