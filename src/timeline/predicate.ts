// What a sentence says happens: the verbs it tells by (less reporting verbs and auxiliaries), each at its base
// form, so that "will hold a tender" and "bought ten cargoes at the tender" are told apart by what is done.
import nlp from 'compromise';

/** Compromise's lexicon and its verb transform: word lookups only, no parse (a parse costs milliseconds). */
const world = (nlp as unknown as { world(): CompromiseWorld }).world();
interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | undefined> } };
  methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense?: string): string } } } };
}
const LEXICON = world.model.one.lexicon;
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Verb', 'Auxiliary']);

/** Verbs that tell who says or how, not what happens: their agreement says nothing of two sentences' content. */
const NOT_PREDICATES = new Set(
  (
    'be have do get say tell add report quote state note according expect continue seem will would shall should can ' +
    'could may might must let make include base follow'
  ).split(' '),
);
/** Auxiliaries and modals, after which a verb follows ("will hold", "has strengthened", "is planning", "to buy"). */
const AUXILIARIES = new Set(
  (
    'will would shall should can could may might must did does do to has have had having is are was were be been being am ' +
    "'s ’s"
  ).split(' '),
);
/** Words between an auxiliary and its verb ("will also hold", "would not raise", "has already"). */
const BETWEEN = new Set('not also still then now further soon probably likely again already just yet n’t'.split(' '));
/** Words after which a past form is the verb of a clause ("it revised", "which spurned"). */
const SUBJECTS = new Set('it he she they we i who which that this there'.split(' '));
/** Irregular past forms compromise's lexicon knows only as other words. */
const IRREGULAR: Record<string, string> = { rose: 'rise', fell: 'fall', left: 'leave' };

const baseCache = new Map<string, string>();

/** A verb form at its base ("bought" buy, "revised" revise, "meeting" meet), cached; other words as they are. */
function baseOf(word: string): string {
  let base = baseCache.get(word);
  if (base === undefined) {
    const tag = LEXICON[word];
    const tense =
      tag === 'PastTense' || tag === 'Participle' || tag === 'PresentTense' || tag === 'Gerund'
        ? tag
        : /ed$/.test(word)
          ? 'PastTense'
          : /ing$/.test(word)
            ? 'Gerund'
            : null;
    base = IRREGULAR[word] ?? (tense ? world.methods.two.transform.verb.toInfinitive(word, world.model, tense) : word);
    if (!base) base = word;
    if (baseCache.size > 50_000) baseCache.clear();
    baseCache.set(word, base);
  }
  return base;
}

/**
 * Whether a word (lower case; `before` the words before it, lower case, `capitalised` whether the one right before
 * is) is the verb of a clause: after an auxiliary ("will hold", "has strengthened"), a past or present form the
 * lexicon knows ("bought", "rose", "leads"), or a past form it does not know after a subject ("it revised", "Moscow
 * spurned"). A participle before a noun ("refined bleached palm oil") is no clause's verb.
 */
function isVerb(word: string, before: string[], capitalised: boolean): boolean {
  let k = before.length - 1;
  while (k >= 0 && BETWEEN.has(before[k]!)) k--;
  const tag = LEXICON[word];
  if (k >= 0 && AUXILIARIES.has(before[k]!)) {
    // "to holders of record" is no verb: after "to", a plural the lexicon does not know is a noun.
    if (before[k] === 'to' && !tag && /s$/.test(word)) return false;
    return (
      !tag || VERB_TAGS.has(tag) || tag === 'Singular' || tag === 'Noun' || (tag === 'Adjective' && /ed$/.test(word))
    );
  }
  if (tag === 'PastTense' || word in IRREGULAR) return true;
  // A present form ("leads", "shares") or a past one the lexicon does not know ("revised"): after its subject.
  const afterSubject = capitalised || SUBJECTS.has(before[before.length - 1] ?? '');
  return afterSubject && (tag === 'PresentTense' || (!tag && /ed$/.test(word)));
}

interface Predicate {
  /**
   * The base forms of the verbs the sentence tells by, less reporting verbs and auxiliaries, and of the actions it
   * names as nouns ("Wednesday's meeting in Beijing": meet).
   */
  verbs: Set<string>;
  /** The base forms of its words, less an "-ing" word before a noun ("a buying tender"): a verb found here agrees. */
  words: Set<string>;
}

/** Words after which an "-ing" word is the noun of an action ("the meeting in Beijing", "the meeting."). */
const AFTER_ACTION_NOUN = new Set(
  'of in on at with for to between among and or was were is are will would has had that which by from next last this'.split(
    ' ',
  ),
);

const cache = new Map<string, Predicate>();

/** The predicate of a sentence, cached by its text. */
export function predicateOf(sentence: string): Predicate {
  let p = cache.get(sentence);
  if (!p) {
    // Figures and punctuation are tokens too, so that "to 750 mln" puts no verb after "to".
    const original = sentence.match(/[\p{L}’']+|\p{N}[\p{N}.,/-]*|[^\s\p{L}\p{N}]/gu) ?? [];
    const tokens = original.map((t) => t.toLowerCase());
    const verbs = new Set<string>();
    const words = new Set<string>();
    tokens.forEach((t, i) => {
      if (!/^\p{L}/u.test(t)) return;
      const base = baseOf(t);
      const next = tokens[i + 1];
      const actionNoun =
        /ing$/.test(t) && base !== t && (next === undefined || !/^\p{L}/u.test(next) || AFTER_ACTION_NOUN.has(next));
      if (!/ing$/.test(t) || actionNoun) words.add(base);
      // A capitalised word is a name or opens the sentence: no verb of what is told.
      if (/^\p{Lu}/u.test(original[i]!) || NOT_PREDICATES.has(base) || AUXILIARIES.has(t) || t.length < 3) return;
      if (actionNoun || isVerb(t, tokens.slice(Math.max(0, i - 3), i), i > 0 && /^\p{Lu}/u.test(original[i - 1]!)))
        verbs.add(base);
    });
    p = { verbs, words };
    if (cache.size > 20_000) cache.clear();
    cache.set(sentence, p);
  }
  return p;
}

/**
 * Whether two sentences tell by the same doing: a verb of one is a verb or a word of the other ("announced" and
 * "announces", "held a meeting" and "the meeting"; "will hold a tender" and "bought at a buying tender" are not).
 * True when either tells by no verb of its own ("Talks on June 12"): there is nothing to compare. `strict`: only a
 * verb of each, in common.
 */
export function samePredicate(a: string, b: string, strict = false): boolean {
  const [pa, pb] = [predicateOf(a), predicateOf(b)];
  if (!pa.verbs.size || !pb.verbs.size) return !strict;
  for (const v of pa.verbs) if ((strict ? pb.verbs : pb.words).has(v)) return true;
  if (strict) return false;
  for (const v of pb.verbs) if (pa.words.has(v)) return true;
  return false;
}
