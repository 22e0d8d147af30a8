// Which way a date without a year points, read in the clause that governs it: "A spokesman said Thursday that the
// troops will remain" dates Thursday by "said", not by "will"; "payable Dec. 7", "expires Nov. 21" are scheduled.
import { MONTH_PATTERN } from './months.js';

type Direction = 'future' | 'past';
/** A cue's reading: the present tense ("is calling") points neither way, and stops the search. */
type Reading = Direction | 'present';

/** What stands before "forecasts" as a noun: "beat forecasts", "than forecasts", "analysts' forecasts". */
const FORECAST_NOUN =
  /\b(?:beat|beats|missed|misses|topped|tops|exceeded|exceeds|above|below|than|with|of|the|its|their|market|analysts?['’]?|consensus|official|earlier|previous|initial|expectations|and|from|on)\s+$/i;

/** Clause breaks: punctuation and the words that open a new clause. */
const BREAK =
  /[,;:()\u2014\u2013"“”]|\s[-_]{1,2}\s|\b(?:that|which|who|whom|whose|when|where|while|because|although|though|whereas|and|but|or|if|unless|so)\b/giu;
/** Words that schedule or foretell; checked before the past ones, so "scheduled" and "expected" are not past. */
const FUTURE =
  /^(?:will|wo|'ll|shall|would|going|expects?|expected|expecting|projecting|forecasting|predicting|anticipating|targeting|anticipates?|anticipated|plans|planning|scheduled?|deadline|be|schedules|set|due|payable|effective|expires?|expiring|expiry|expiration|upcoming|likely|unlikely|intends?|intended|aims?|hopes?|hoping|seeks?|should|might|must|forthcoming|forecasts?|projected|proposed|pending|redeemable|redemption|delivery|record|starting|begins?|opens?|meets?|pay|pays|starts|resumes|reopens|reconvenes|convenes|ends|lapses|matures|mature|maturing|slated|leaves|arrives|departs|flies|closes|stops|visits|plays|performs|premieres|debuts|returns|travels|heads|reports)$/i;
const PAST =
  /^(?:was|were|had|did|has|have|'d|ago|earlier|previously|last|said|told|met|began|took|made|came|went|won|lost|held|fell|rose|sold|bought|left|saw|gave|got|paid|put|hit|ran|struck|sent|spent|found|brought|thought|knew|became|led|broke|built|chose|drove|fled|flew|fought|grew|kept|laid|meant|shot|shut|spoke|stood|stole|threw|wrote|sank|spun|swung|won|wound|began|arose|bore|cut|dealt|fed|felt|forgot|froze|heard|hid|lay|lit|quit|read|rode|rang|sought|slid|split|spread|stuck|stung|swept|taught|tore|upheld|withdrew|overtook|overthrew|underwent|agreed|disagreed|freed|decreed)$/i;
/** A word ending in -ed is a past verb unless it is capitalised (a name) or one of these. */
const NOT_PAST_ED =
  /^(?:need|indeed|speed|feed|seed|bed|red|hundred|proceed|succeed|exceed|breed|greed|creed|deed|weed|shed|bred|fled|led|wed|sled|based|related|limited|united|so-called|detailed|advanced|concerned|interested|supposed|used|armed|fixed|combined|estimated|unchanged|reduced|increased|expanded|revised|adjusted|annualized|seasonally|unaudited|diluted)$/i;

/**
 * Things scheduled for a date: told in the present with a copula ("The deadline is Friday", "The vote is in May",
 * "The hearing is set for June"), their date lies ahead, as a past one is told with "was".
 */
export const SCHEDULED =
  '(?:deadline|cutoff|cut-off|due\\s+date|record\\s+date|vote|ballot|election|poll|referendum|primary|runoff|meeting|summit|session|conference|talks|hearing|trial|sentencing|verdict|ruling|decision|launch|opening|auction|tender|offering|listing|debut|closing|expiry|expiration|maturity|payment|payout|release|visit|trip|ceremony|inauguration|debate|strike|walkout|kickoff|start|anniversary|handover|signing)s?';
/** The scheduled thing and its present copula, right before the date, in the date's clause. */
const SCHEDULED_IS = new RegExp(
  `\\b${SCHEDULED}\\b[^,;]{0,50}?\\b(?:is|are|['’]s)\\s+(?:now\\s+|still\\s+|also\\s+)?(?:(?:set|scheduled|slated|planned|due|expected|fixed|pencil(?:l)?ed\\s+in)\\s+)?(?:(?:on|in|at|for|until|till|around)\\s+)?(?:(?:the\\s+)?(?:early|mid|late|end\\s+of|beginning\\s+of|middle\\s+of)[\\s-]+)?$`,
  'iu',
);
/** The date before its present copula and the scheduled thing: "Friday is the deadline for bids". */
const IS_SCHEDULED = new RegExp(
  `^\\s+(?:is|are)\\s+(?:the|a|its|their)\\s+(?:\\p{L}+\\s+)?(?:${SCHEDULED}|date|day|target)\\b`,
  'iu',
);

/** "due to" and a verb of what is scheduled: "due to open", "due to report" (else a cause: "due to the strike"). */
const DUE_TO_VERB =
  /^due\s+to\s+(?:be|begin|start|open|close|end|expire|meet|report|vote|pay|take|come|arrive|return|leave|sign|complete|mature|resume|announce|hold|release|publish|decide|rule|testify|appear|face|go|visit|hear|issue|sell|buy|launch|fly|travel)\b/i;

const WORD = /[\p{L}']+/gu;
const DETERMINED =
  /\b(?:a|an|the|this|that|these|those|its|their|his|her|our|some|any|no|each|every)\s+(?:(?:still|newly|recently|previously|already|not|yet|so|very|fully|widely|long|much)\s+)?$/i;
/** Words after which "to" and a verb look ahead: "plans to", "agreed to", "is to", "an agreement to acquire". */
const INTENT =
  /^(?:is|are|am|was|were|be|plans?|planned|planning|expects?|expected|intends?|intended|agreed|agrees|wants?|wanted|aims?|hopes?|hoped|seeks?|sought|set|due|scheduled|going|likely|unlikely|ready|prepared|decided|decides|promised|promises|vowed|vows|pledged|pledges|proposed|proposes|threatened|threatens|offered|offers|about|order|ordered|called|asked|urged|agreement|accord|deal|plan|proposal|offer|bid|attempt|effort|move|pact|contract|option|decision|intention|commitment|pledge|promise|obligation|right|approval|permission)$/;
/** Words after "to" that make it a preposition, not an infinitive. */
const INFINITIVE_STOP =
  /^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|any|all|each|every|no|about|around|between|from|more|less|nearly|almost|only|just|what|which|whom|where|him|them|us|me|it|date|record|day|year|month|week|be|one|two|three|four|five|six|seven|eight|nine|ten|million|billion|percent|date)$/;

/** A past copula that no participle follows (no passive: "was announced" may tell of the intent, not the deed). */
const PAST_COPULA =
  /^(?:was|were)\s+(?!(?:\p{L}+ed|\p{L}+en|made|set|put|held|told|sent|taken|given|cut|to|being)\b)/iu;

/** Nouns of intent an infinitive completes: "an agreement to buy", "their offers to acquire". */
const INTENT_NOUNS =
  /^(?:agreements?|accords?|deals?|plans?|proposals?|offers?|bids?|attempts?|efforts?|moves?|pacts?|contracts?|options?|decisions?|intentions?|commitments?|pledges?|promises?|obligations?|rights?|approvals?|permission)$/;

/**
 * Whether an infinitive completing a noun ("extended their offers to acquire the maker Friday") is told by the past
 * verb that governs the noun: a weekday dates when the offer was extended, not when the maker is acquired (news dates
 * what was done by its weekday). A verb of having ("has a plan to close the plant Friday") tells no such thing.
 */
function toldOfIntent(before: string, governor: string, cues: Cue[], offset: number): boolean {
  if (!INTENT_NOUNS.test(governor)) return false;
  if (
    !/\b(?:a|an|the|its|their|his|her|our|this|that|these|those|\p{L}+['’]s?)\s+(?:[\p{L}-]+\s+)?[\p{L}]+\s+$/iu.test(
      before,
    )
  )
    return false;
  const hadWord = /^(?:has|have|had|'d)$/i;
  return cues.some(
    (c) => c.direction === 'past' && !hadWord.test(/^[\p{L}']+/u.exec(before.slice(c.at - offset))?.[0] ?? ''),
  );
}

/**
 * What makes a word after it a noun: a determiner or a number ("its returns", "the starts"). A possessive does not:
 * "Lowe's reports earnings Wednesday" is a firm's verb.
 */
const NOUN_BEFORE =
  /(?:\b(?:the|its|their|his|her|our|these|those|such|all|some|many|new|total|annual|monthly|weekly|quarterly)|\d)\s+$/i;
/**
 * A verb's clause after a word: "housing starts fell in February", "returns in March were up", "the reports, which
 * showed": the word is the subject's noun, not a present verb scheduling the date.
 */
const VERB_AFTER =
  /^(?:\s+(?:in|for|of|during|at|from|since)\s+(?:[\p{L}\d.]+\s+){0,2}[\p{L}\d.]+)?(?:\s+|,\s+which\s+)(?:were|was|are|is|rose|fell|grew|had|have|showed|stood|came|hit|slid|sank|will|would|could|may|might|should|\p{L}+ed)\b/iu;

/** A present verb of schedule ("starts", "returns", "reports", "ends") read as a plural noun where it is one. */
function pluralNoun(text: string, at: number, length: number): boolean {
  return (
    NOUN_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || VERB_AFTER.test(text.slice(at + length, at + length + 60))
  );
}

/** Whether "to" and a verb follow "is", "are" or "am": "Ontario is to introduce rules" ("is to the highest" is not). */
function beTo(after: string): boolean {
  const verb = /^\s+(?:also\s+|now\s+)?to\s+(\p{Ll}+)/u.exec(after)?.[1];
  return !!verb && !INFINITIVE_STOP.test(verb);
}

interface Cue {
  at: number;
  direction: Reading;
  /** An infinitive completing a noun of intent: "the decision to cut". */
  ofNoun?: true;
  /** The present progressive ("is withdrawing"): ahead for a date after it, no direction for one before it. */
  progressive?: true;
}

/** The cues of `text` (at `offset` in its sentence); `rest`, what the sentence goes on with, tells a noun from a verb. */
function cuesIn(text: string, offset: number, weekday = false, rest = ''): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const at = offset + m.index!;
    const lower = w.toLowerCase();
    // The second part of a compound modifier tells no tense: "Rotterdam's strike-hit cargo sector", "state-owned".
    if (m.index! > 1 && text[m.index! - 1] === '-' && /\p{L}/u.test(text[m.index! - 2]!)) continue;
    // "ahead of schedule", "behind schedule", "on time": a pace against a plan, no schedule of the date.
    if (/^(?:schedule|time|plan)$/.test(lower) && /\b(?:of|behind|on)\s+$/i.test(text.slice(0, m.index!))) continue;
    if (lower === 'would') {
      // "would have closed" is a past conditional.
      if (!/^would\s+(?:not\s+)?have\b/i.test(text.slice(m.index!))) out.push({ at, direction: 'future' });
      continue;
    }
    // "could reopen in June", "can resume in May" look ahead; "could have closed", "could not agree" are past or not told.
    if (lower === 'could' || lower === 'can') {
      if (
        !/^(?:could|can)\s+(?:(?:not|never|have|has|be\s+(?:seen|heard|found)|remember|recall)\b|n['’]t)/i.test(
          text.slice(m.index!),
        )
      )
        out.push({ at, direction: 'future' });
      continue;
    }
    if (lower === 'going' && !/^going\s+to\b/i.test(text.slice(m.index!))) continue;
    // "no earlier than August": a comparison, no time gone by.
    if (lower === 'earlier' && /^earlier\s+than\b/i.test(text.slice(m.index!))) continue;
    // "beat forecasts", "above analysts' forecasts": a noun, no schedule.
    if (/^forecasts?$/.test(lower) && FORECAST_NOUN.test(text.slice(0, m.index!))) continue;
    // "Lowe's reports earnings Wednesday" schedules; "had filed compliance reports by Wednesday" names papers.
    if (
      lower === 'reports' &&
      !/(?:\p{Lu}[\p{L}'’.&-]*|\b(?:company|firm|bank|group|it|he|she|agency|ministry|government))\s+$/u.test(
        text.slice(0, m.index!),
      )
    )
      continue;
    if (lower === 'set' && !/^set\s+(?:to|for)\b/i.test(text.slice(m.index!))) continue;
    // "is likely in June" looks ahead; "is likely to reaffirm the February 22 accord" is told by the infinitive.
    if (/^(?:un)?likely$/.test(lower) && /^\p{L}+\s+(?:\p{Ll}+ly\s+|just\s+|also\s+)?to\s/iu.test(text.slice(m.index!)))
      continue;
    // "planned for early March" looks ahead; "planned a rally on Saturday" is told in the past.
    if (lower === 'planned' && /^planned\s+for\b/i.test(text.slice(m.index!))) {
      out.push({ at, direction: 'future' });
      continue;
    }
    // "due to the strike", "due to tax changes" give a cause; "due to open", "due to report" a schedule.
    if (lower === 'due' && /^due\s+to\s+/i.test(text.slice(m.index!)) && !DUE_TO_VERB.test(text.slice(m.index!)))
      continue;
    // "floating-rate notes due 1990": a bond's maturity names it, the clause's verb says when ("Friday's offering of
    // notes due 1990 did not have a floor" is last Friday's).
    if (lower === 'due' && /^due\s+(?:in\s+)?(?:19|20)\d\d\b/i.test(text.slice(m.index!))) continue;
    if (lower === 'record' && !/\bof\s+$/i.test(text.slice(0, m.index!))) continue;
    if (
      /^(?:begins?|opens?|meets?|starts|resumes|reopens|reconvenes|convenes|ends|lapses|matures|leaves|arrives|departs|flies|closes|stops|visits|plays|performs|premieres|debuts|returns|travels|heads|reports)$/.test(
        lower,
      ) &&
      (w !== lower || pluralNoun(text + rest, m.index!, w.length))
    )
      continue;
    // "Talks reopen in New York on Tuesday", "the session resumes Monday": the present of talks or a session taken up
    // again is ahead ("did not reopen", "to resume" are told by the verb before them; "reopened" is past).
    if (
      /^(?:reopen|resume|reconvene|convene)$/.test(w) &&
      !/\b(?:did|didn't|does|do|not|to|could|can|may|might|would|will)\s+$/i.test(text.slice(0, m.index!))
    ) {
      out.push({ at, direction: 'future' });
      continue;
    }
    // "Pay May 11" (a notice's label), "pays", "Polls open Thursday" schedule; "did not open", "to pay" are told by
    // the verb before them.
    if (
      /^(?:pay|begin|open|meet)$/.test(lower) &&
      /\b(?:did|didn't|does|do|not|to|could|can|may|might)\s+$/i.test(text.slice(0, m.index!))
    )
      continue;
    // "has a contract expiry in July", "would have an audience with the Pope on June 6": a verb of having before its
    // object is no perfect tense.
    if (
      (lower === 'has' || lower === 'have') &&
      /^\s+(?:a|an|the|no|its|their|his|her|our|some|any|several|two|three|another|other)\s/i.test(
        text.slice(m.index! + w.length, m.index! + w.length + 12),
      )
    )
      continue;
    // "effective" after a noun ("tax changes effective January 1", "the rate effective in February") says when a
    // thing took effect, past or coming: the date's direction is not told (as by the present tense).
    if (
      lower === 'effective' &&
      /[\p{L}\d]\s+$/u.test(text.slice(0, m.index!)) &&
      !/\b(?:is|are|be|been|being|become|becomes|became|was|were|made|takes?|took|goes|went)\s+$/i.test(
        text.slice(0, m.index!),
      )
    ) {
      out.push({ at, direction: 'present' });
      continue;
    }
    if (/^(?:plans|hopes?|aims?|seeks?|intends?)$/.test(lower) && !/^\S+\s+to\b/i.test(text.slice(m.index!))) continue;
    // "could not be reached Wednesday", "nor could be located": an ability that failed is told in the past.
    if (
      (lower === 'be' || ((PAST.test(w) || /ed$/.test(lower)) && /\bbe\s+$/i.test(text.slice(0, m.index!)))) &&
      /\b(?:could\s+(?:not|never)|couldn['’]t|nor\s+(?:[\p{L}'’]+\s+){0,6}could|neither\s+(?:[\p{L}'’]+\s+){0,8}could)\s+(?:\p{L}+\s+)?$/iu.test(
        text.slice(0, m.index!).replace(/\bbe\s+$/i, ''),
      )
    ) {
      out.push({ at, direction: 'past' });
      continue;
    }
    // "after being inaugurated earlier in the day": a participle after a gerund "being" tells no tense.
    if (
      /\bbeing\s+$/i.test(text.slice(0, m.index!)) &&
      !/\b(?:is|are|am|was|were)\s+being\s+$/i.test(text.slice(0, m.index!)) &&
      (PAST.test(w) || /ed$/.test(lower))
    )
      continue;
    // "will be paid Dec. 14", "to be completed around Nov. 1": a participle after "be" is not past.
    // ("will be further boosted in September": an adverb between them.)
    if (
      /\b(?:be|being)\s+(?:(?:\p{Ll}+ly|further|also|not|then|soon|still)\s+)?$/iu.test(text.slice(0, m.index!)) &&
      (PAST.test(w) || /ed$/.test(lower))
    ) {
      out.push({ at, direction: 'future' });
      continue;
    }
    // "is to resume trading", "agreed to purchase": an infinitive looks ahead of its verb.
    if (lower === 'to') {
      const next = /^to\s+([a-z]+)\b/.exec(text.slice(m.index!))?.[1];
      // Only after a word of intent or scheduling; "continued to expand in February" keeps its verb's tense.
      const governor = /([\p{L}']+)\s+$/u.exec(text.slice(0, m.index!))?.[1]?.toLowerCase() ?? '';
      // "subpoenaed the boy to testify on Feb. 10": an order's object stands between it and its infinitive.
      const ordered =
        /\b(?:subpoenaed|summoned|ordered|asked|urged|invited|required|forced|called\s+on|authorized|directed)\s+(?!by\b)(?:[\p{L}\d'’.-]+\s+){1,4}$/iu.test(
          text.slice(0, m.index!),
        );
      const cause = governor === 'due' && !DUE_TO_VERB.test(text.slice(m.index! - 4));
      if (
        next &&
        !cause &&
        !INFINITIVE_STOP.test(next) &&
        !/[^s]s$|ing$|ed$/.test(next) &&
        (INTENT.test(governor) || ordered) &&
        !(weekday && toldOfIntent(text.slice(0, m.index!), governor, out, offset))
      )
        out.push({ at, direction: 'future', ...(INTENT_NOUNS.test(governor) ? { ofNoun: true as const } : {}) });
      continue;
    }
    // "will have interest", "to have": a verb of the future or an infinitive, not a perfect.
    if (lower === 'have' && /\b(?:will|shall|'ll|to)\s+$/i.test(text.slice(0, m.index!))) continue;
    // "the intended action", "the expected rise", "the proposed merger": an adjective, no tense of the clause.
    if (
      /^(?:intended|expected|proposed|projected|anticipated)$/.test(lower) &&
      DETERMINED.test(text.slice(0, m.index!))
    )
      continue;
    // "better than expected", "lower than had been forecast": a result set against the forecast, told as done.
    if (
      /^(?:expected|forecast|predicted|projected|estimated|anticipated)$/.test(lower) &&
      /\bthan\s+(?:had\s+been\s+|was\s+|were\s+)?$/i.test(text.slice(0, m.index!))
    )
      continue;
    // "a nationally televised speech", "the widely reported deal": a participle after an article and an adverb in
    // -ly modifies the noun after it, no verb of the clause.
    if (
      (PAST.test(w) || /ed$/.test(lower)) &&
      /\b(?:a|an|the|its|his|her|their)\s+\p{Ll}+ly\s+$/iu.test(text.slice(0, m.index!)) &&
      /^\s+\p{Ll}/u.test(text.slice(m.index! + w.length))
    )
      continue;
    // "The rains last between May and July", "talks will last until June": the verb "last" tells no past.
    if (
      lower === 'last' &&
      (/^last\s+(?:until|till|through|into|for|between|beyond|from|about|around|well|only|just|longer)\b/i.test(
        text.slice(m.index!),
      ) ||
        /\b(?:will|wo|'ll|shall|would|could|can|may|might|must|should|to|did|does|do)\s+(?:not\s+)?$/i.test(
          text.slice(0, m.index!),
        ))
    )
      continue;
    // "is withdrawing the subsidy as from July 1", "are closing the plant on June 1": the present progressive with a
    // date tells an arrangement, which lies ahead.
    // "Ontario is to introduce rules": "be to" and a verb is an arrangement ahead.
    if (/^(?:is|are|am)$/.test(lower))
      out.push(
        PROGRESSIVE.test(text.slice(m.index! + w.length))
          ? { at, direction: 'future', progressive: true }
          : beTo(text.slice(m.index! + w.length))
            ? { at, direction: 'future' }
            : { at, direction: 'present' },
      );
    // "The cuts were effective March one", "pay was March 11 to holders of record Feb 20", "was spun off to holders
    // of record Dec. 31": told in the past, a date in force or of record is past.
    else if (
      /^(?:effective|payable|due|record)$/.test(lower) &&
      (/\b(?:was|were|had\s+been)\b/i.test(text.slice(0, m.index!)) ||
        // "the loan fell due at the end of February", "became due": fallen due is past.
        (lower === 'due' && /\b(?:fell|became|came)\s+$/i.test(text.slice(0, m.index!))))
    )
      out.push({ at, direction: 'past' });
    else if (FUTURE.test(w)) out.push({ at, direction: 'future' });
    // "when the case is heard in May", "are held each June": a participle after "is" is the present.
    else if ((PAST.test(w) || /ed$/.test(lower)) && /\b(?:is|are|am)\s+(?:not\s+)?$/i.test(text.slice(0, m.index!)))
      out.push({ at, direction: 'present' });
    // "will permanently lay off 850 workers in August", "could cut prices in May": after a modal or "to", a past
    // form that is also the bare verb is the bare verb, and the modal before it tells the tense.
    else if (
      PAST.test(w) &&
      (BARE_PAST.test(lower) || lower === 'lay') &&
      /\b(?:will|wo|'ll|shall|would|could|can|may|might|must|should|to|did|does|do)\s+(?:not\s+|n't\s+)?(?:\p{Ll}+ly\s+)?$/iu.test(
        text.slice(0, m.index!),
      )
    )
      continue;
    else if (PAST.test(w)) out.push({ at, direction: 'past' });
    // An -ed word after a determiner is an adjective: "a still unspecified date", "the reduced dividend".
    else if (
      w.length > 4 &&
      /ed$/.test(w) &&
      w === lower &&
      !/eed$/.test(w) &&
      !NOT_PAST_ED.test(w) &&
      !DETERMINED.test(text.slice(0, m.index!))
    )
      out.push({ at, direction: 'past' });
  }
  // "once expected to be completed within weeks of an October news conference", "once planned for March": what was
  // formerly expected is told in the past, whatever its infinitive looks to ("once completed" is "when completed").
  const once =
    /\bonce\s+(?:\p{Ll}+ly\s+)?(?:expected|planned|scheduled|slated|hoped|intended|thought|considered|seen|touted|billed|projected|forecast)\b/u.exec(
      text,
    );
  if (once) {
    const at = offset + once.index;
    return [{ at, direction: 'past' }, ...out.filter((c) => c.at < at)];
  }
  return out;
}

/**
 * A verb in -ing right after "is": "is withdrawing", "are now closing" (not "is being", "is nothing", "is during";
 * nor a verb that goes on with what is ("is continuing to try to sell itself, under a June agreement").
 */
const PROGRESSIVE =
  /^\s+(?:(?:now|also|still|currently|\p{Ll}+ly)\s+)?(?!(?:be|noth|someth|anyth|dur|accord|k|spr|morn|even|th|ceil|continu|remain|keep|stay)ing\b)\p{Ll}{2,}ing\b/u;

const told = (r: Reading): Direction | null => (r === 'present' ? null : r);
/** What a cue after the date tells of it: the present progressive tells nothing ("The Fed's actions on Friday show
 * that it is offering..."). */
const toldAfter = (c: Cue): Direction | null => (c.progressive ? null : told(c.direction));

/** The clauses of a sentence, as [start, end) offsets. */
function clauses(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index! > start) out.push([start, m.index!]);
    start = m.index! + m[0].length;
  }
  if (start < sentence.length) out.push([start, sentence.length]);
  return out;
}

/**
 * The direction of the date at [from, to) in a sentence: the cue nearest it in its own clause (left first, as a
 * verb usually stands before its date); a clause with none takes the next clause when it opens the sentence
 * ("In January, the company brought in...") and the one before otherwise. Null when nothing tells.
 */
export function directionAt(sentence: string, from: number, to: number): Direction | null {
  // "have until Friday to respond", "has given them until 9 a.m. Tuesday to sign": a time allowed, still running.
  if (UNTIL_ALLOWED.test(sentence.slice(Math.max(0, from - 80), from)) && /^\s+to\s+\p{Ll}/u.test(sentence.slice(to)))
    return 'future';
  // "reopened the investigation in May after he was hauled out of the embassy": a date located by a past event.
  // ("will meet in March after the plan was approved" looks ahead).
  if (
    LOCATED_BY_PAST.test(sentence.slice(to)) &&
    /\b(?:\p{Ll}{2,}ed|was|were|had|did)\b/u.test(sentence.slice(0, from)) &&
    !/\b(?:will|shall|'ll|going\s+to)\b/i.test(sentence.slice(0, from))
  )
    return 'past';
  // "will gather for the first time since their February talks": what a span runs since has been.
  if (SINCE.test(sentence.slice(Math.max(0, from - 48), from))) return 'past';
  // "at a rate unchanged on that of the preceding offer in late February": a thing told as the one before.
  if (PRECEDING_THING.test(sentence.slice(Math.max(0, from - 48), from))) return 'past';
  // "expected to exceed the record high of 1.5 billion dlrs seen in December": a level reached is a level gone by.
  if (LEVEL_REACHED.test(sentence.slice(Math.max(0, from - 80), from))) return 'past';
  // "Monday's record loss ... will scare": a thing that has happened on its date.
  if (happenedAfter(sentence, to)) return 'past';
  // "issued 250 mln stg of stock, for first dealings on Monday": what a thing is for lies ahead of it.
  if (FOR_PURPOSE.test(sentence.slice(Math.max(0, from - 60), from))) return 'future';
  // "The commission has set a hearing on the rate issue for July 28": a thing set or called for its date lies ahead,
  // whatever the tense of the setting.
  if (SET_FOR.test(sentence.slice(Math.max(0, from - 100), from))) return 'future';
  // "the proposed June 30 deregulation": a thing proposed or planned for its date lies ahead, whatever verb tells it.
  if (plannedBefore(sentence, from)) return 'future';
  // "will propose an increase if the split is approved effective with the June payment": a condition told in the
  // present under a main clause that looks ahead is ahead.
  if (CONDITION_AHEAD.test(sentence.slice(Math.max(0, from - 160), from))) return 'future';
  const told = clauseDirection(sentence, from, to);
  // A date naming a scheduled thing that no verb tells ("The Friday deadline for bids is near") lies ahead.
  return told ?? (NAMED_SCHEDULE.test(sentence.slice(to)) ? 'future' : null);
}

/**
 * Whether the verb right before a date tells it as done: "was announced April 26", "who resigned on April 4",
 * "Gorbachev proposed on Saturday that...". A bare verb in -ed needs its subject before it (a pronoun, "who", a
 * name inside the sentence), for "securities pledged on April 22" is a participle; no "will" or "would" before it.
 */
export function doneBefore(sentence: string, from: number): boolean {
  const before = sentence.slice(0, from);
  if (!DONE_VERB.test(before) && !(DONE_BY_SUBJECT.test(before) && !/^\s*\S+\s+\S+\s+(?:on\s+)?$/u.test(before)))
    return false;
  return !/\b(?:will|would|shall|'ll|going\s+to|to\s+be|expected|due|scheduled|planned)\b/iu.test(before);
}

/** A finite passive in the past right before a date: "was announced", "were sold on". */
const DONE_VERB = /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en|wn|ught|old|id|ade)\s+(?:on\s+)?$/u;

/** A verb in the past after its subject right before a date: "who resigned on", "Gorbachev proposed on". */
const DONE_BY_SUBJECT =
  /(?:\b(?:who|which|he|she|they|we|I)|\p{Ll}\s+\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}{3,}ed|met|made|took|gave|won|lost|sold|bought|began|left|held|paid|rose|fell)\s+(?:on\s+)?$/u;

/** "will ..., if (or unless, once) <subject> is|are <...>" right up to a date, no clause ending between. */
const CONDITION_AHEAD =
  /\b(?:will|shall|'ll)\s+[^,;.]{0,80}?\b(?:if|unless|once)\s+[^,;.]{0,40}?\b(?:is|are)\s+[^,;.]{0,50}$/iu;

/** A word that plans a thing, right before the date it is planned for: "the proposed June 30 deregulation". */
const PLANNED_BEFORE = /\b(?:proposed|planned|scheduled|upcoming|forthcoming|prospective|impending)\s+$/u;

/** Whether a word planning a thing stands right before the date at `from`. */
export function plannedBefore(sentence: string, from: number): boolean {
  return PLANNED_BEFORE.test(sentence.slice(Math.max(0, from - 24), from));
}

/** A level, a record or a peak, then the participle telling it reached, right before its date: "the record high of
 *  1.5 billion dlrs seen in December", "its lowest level recorded on March 3", "the peak reached in 1985". */
const LEVEL_REACHED =
  /\b(?:record|high|highs|low|lows|peak|peaks|level|levels|top|bottom|best|worst)\b(?:\s+(?:of|at)\s+[^,;]{1,40}?)?\s+(?:seen|set|reached|recorded|hit|posted|registered|touched|struck|achieved|marked)\s+(?:in|on|at|during|last|early|late|mid-?)\s+(?:the\s+)?$/u;

/**
 * A date's possessive naming a thing that can only have happened, a fall, a crash, an attack: "Monday's record loss
 * of 500 points will scare many people" tells of last Monday, whatever verb follows.
 */
const HAPPENED_THING =
  /^['’]s\s+(?:[\p{L}\d-]+\s+){0,3}?(?:loss|losses|fall|drop|decline|plunge|crash|slide|tumble|slump|rout|collapse|debacle|sell-?off|rally|surge|jump|rise|gain|gains|attack|attacks|bombing|blast|explosion|earthquake|killing|killings|shooting|massacre|coup|defeat|victory|win)\b/u;

/** A noun of a prospect, then the thing the date is of: "the likelihood of a ", "speculation about an ". */
const PROSPECT_BEFORE =
  /\b(?:likelihood|possibility|prospects?|chances?|odds|risk|threat|speculation|rumou?rs?|talk)\s+(?:of|about|for)\s+(?:a|an)\s+(?:(?:early|mid|late)[\s-]+)?$/iu;

/** A verb of seeming after a date, then a prospect: " appeared likely", " seemed to be the best that could be". */
const PROSPECT_AFTER =
  /^\s+(?:appeared|seemed|looked)\s+(?:\p{Ll}+\s+){0,4}?(?:likely|possible|probable|imminent|inevitable|certain|the\s+(?:best|most)\b)/u;

/** Words that tell such a thing as still to come: "Tuesday's expected rise". */
const STILL_TO_COME =
  /\b(?:expected|planned|proposed|scheduled|possible|likely|forecast|promised|threatened|feared)\b/u;

/** Whether the date ending at `to` owns, in the possessive, a thing that has happened (HAPPENED_THING). */
function happenedAfter(sentence: string, to: number): boolean {
  const happened = HAPPENED_THING.exec(sentence.slice(to, to + 60));
  return !!happened && !STILL_TO_COME.test(happened[0]);
}

/** A purpose of a thing done, before its date: "for first dealings on Monday", "for delivery in May". */
const FOR_PURPOSE =
  /\bfor\s+(?:(?:first|initial|early|final|immediate|prompt|forward|regular)\s+)?(?:dealings?|delivery|deliveries|settlement|shipment|loading|payment|release|publication|approval|signature|signing|redemption|listing|trading)\s+(?:on\s+|from\s+|in\s+|by\s+)?(?:the\s+)?$/u;

/** An event's noun after a verb that fixes its date, then "for" before the date: "set a hearing (on X) for". */
const SET_FOR =
  /\b(?:set|scheduled|slated|called|fixed|arranged|booked)\s+(?:(?:a|an|the|its|their|his|her|new)\s+)?(?:[\p{Ll}-]+\s+)?(?:hearings?|meetings?|votes?|talks|session|deadline|elections?|ballot|conference|auction|tender|trial|debate|summit|referendum|signing|ceremony|visit|strike)\b(?:\s+[^,;.]{0,40}?)?\s+for\s+(?:the\s+)?$/u;

/** A thing told as the one before, right before its date: "the preceding offer in", "the previous auction on". */
const PRECEDING_THING = /\bthe\s+(?:preceding|previous|prior)\s+(?:[\p{Ll}-]+\s+){1,2}(?:in|on|of)\s+$/u;

/** "since" before a date, past its determiner or owner: "since March", "since their February talks". */
const SINCE = /\bsince\s+(?:(?:the|their|its|his|her|our|last|\p{Lu}[\p{L}.&-]*['’]s?)\s+)*$/u;

/** A past event right after a date that it locates: "in May after he was hauled out", "in March when it was sold". */
const LOCATED_BY_PAST =
  /^\s+(?:after|when|before|as)\s+(?:[\p{L}'’.-]+\s+){1,3}?(?:was|were|had)\s+(?:not\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ught|ung|ot|ut)\b/u;

/** A grant, an agreement or a pause, then "until" right before the date: "received a waiver until". */
const GRANTED_UNTIL =
  /\b(?:agreed|agrees|agree|received|receives|granted|grants|obtained|approved|waiver|standstill|moratorium|extension|suspension|injunction|ban|freeze|truce|cease-?fire|deferral|rescheduling|reprieve|exemption)\b[^,;.]{0,60}?\b(?:until|till)\s+(?:the\s+)?$/iu;

/** A past verb of lasting between the granted thing and "until": the time told has run ("remained in force until"). */
const ENDURED_UNTIL =
  /\b(?:remained|stayed|lasted|continued|ran|held|stood|persisted|applied)\b[^,;.]{0,40}?\b(?:until|till)\s+(?:the\s+)?$/iu;

/** "has until", "have been given until", "is given ... until" before a date: a present time allowed to act in. */
const UNTIL_ALLOWED =
  /\b(?:has|have|'ve|is|are)\s+(?:(?:been\s+)?(?:given|granted|allowed)\s+(?:[\p{L}\d.'’-]+\s+){0,5})?until\s+$/iu;

/** A noun of intent and its infinitive right after a date: "December agreement to cut", "its May offer to buy". */
const INTENT_NOUN =
  /^\s+(?:[\p{L}-]+\s+)?(?:agreement|accord|deal|plan|proposal|offer|bid|attempt|effort|move|pact|decision|pledge|promise|order)s?\s+to\b/iu;

/** A word that is (part of) a date: a month, a weekday, "tomorrow". */
const DATE_WORD = new RegExp(
  `\\b(?:${MONTH_PATTERN}(?![\\p{L}])|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday)`,
  'giu',
);

/** Where the aside holding [from, to) closes (a dash pair or brackets around it), or null. */
function insideAside(sentence: string, from: number, to: number): number | null {
  const dashes = (t: string) => t.match(/\s(?:--|\u2014)\s/g)?.length ?? 0;
  if (dashes(sentence.slice(0, from)) % 2 === 1) {
    const close = /\s(?:--|\u2014)\s/.exec(sentence.slice(to));
    if (close) return to + close.index + close[0].length;
  }
  const open = sentence.slice(0, from).lastIndexOf('(');
  if (open >= 0 && !sentence.slice(open, from).includes(')')) {
    const close = sentence.indexOf(')', to);
    if (close >= 0) return close + 1;
  }
  return null;
}

/** The asides a stretch of text holds whole, between a pair of dashes or in brackets: [open, close). */
function closedAsides(text: string): [number, number][] {
  const out: [number, number][] = [];
  const dashes = [...text.matchAll(/\s(?:--|\u2014)\s/g)];
  for (let i = 0; i + 1 < dashes.length; i += 2)
    out.push([dashes[i]!.index!, dashes[i + 1]!.index! + dashes[i + 1]![0].length]);
  for (const m of text.matchAll(/\([^()]*\)/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** Where the aside holding a date opens: its bracket or its opening dash. */
function asideOpen(sentence: string, from: number): number {
  const before = sentence.slice(0, from);
  const bracket = before.lastIndexOf('(');
  const dash = Math.max(before.lastIndexOf(' -- '), before.lastIndexOf(' \u2014 '));
  return Math.max(bracket, dash, 0);
}

/** A reporting verb: what it reports is told after it ("Holiday said by the end of the year, there will be..."). */
const REPORTING = /^(?:said|told|added|stated|reported|announced|noted|disclosed)\b/i;
/** What leaves a deadline ahead whatever the verb: a modal, or a participle with no subject ("with half completed"). */
const UNTOLD_BY = /\b(?:could|can|may|might|should|must|would|will|shall)\b|^\s*(?:with|without)\b/i;

/** A past form that is also a noun or a present ("a rate cut by Friday", "put it by May"): it tells no tense alone. */
const BARE_PAST = /^(?:cut|put|hit|set|read|split|spread|quit|shut|let|cost|bid|bet|hurt|cast)\b/i;
/** A deadline set or aimed at, whose date lies ahead of the setting ("asked for the change by June 12", "required all
 * exchanges by July 1 to", "targeted for completion by June"). */
const DEADLINE_SET =
  /\b(?:asked|requested|required|ordered|urged|told|called|demanded|directed|instructed|invited|gave|given|targeted|aimed|scheduled|planned|slated|completion|deadline|target|goal|prospects?|hopes?|chances?)\b/i;

/** A gerund after the verb ("remained confident about reaching agreement by Friday", "forcing a cut by Friday"):
 * the deadline is the gerund's, whose time the past verb does not tell. A noun in -ing after a determiner is none. */
function gerundAfter(text: string): boolean {
  return [...text.matchAll(/\b\p{Ll}{2,}ing\b/gu)].some(
    (m) =>
      !DETERMINED.test(text.slice(0, m.index)) &&
      !/^(?:during|according|including|bring|king|thing|spring)$/.test(m[0]),
  );
}

/** An infinitive in a stretch of text ("promised to cut the deficit"), not "to" as a preposition ("fell to 7 percent"). */
function infinitiveAfter(text: string): boolean {
  return [...text.matchAll(/\bto\s+(\p{Ll}+)/gu)].some((m) => !INFINITIVE_STOP.test(m[1]!));
}

/** A period and the month or day it is ending on: "the year ending March", "the quarter ending June 30". */
const PERIOD_ENDING = /\b(?:year|period|quarter|season|half|months?|weeks?)\s+(?:ending|ends)\s+(?:on\s+)?$/i;

/** A scheduled thing right after a date: "a Thursday meeting", "the Friday vote". */
const SCHEDULED_AFTER = new RegExp(`^\\s+${SCHEDULED}\\b`, 'i');

/** A date before the deadline it names: "the Tuesday deadline" ("December delivery" is a contract month: ahead). */
const NAMED_SCHEDULE = /^\s+(?:deadline|expiry|expiration)\b/i;

/** A clause that is a passive participle's aside: "convened by the ICCO", "led by its chairman". */
const PASSIVE_ASIDE = /^\s*(?:\p{Ll}+ed|led|held|run|set|made|won|given|taken|written|chosen|known)\s+by\s[^,]*$/u;

/** A second month joined to the first, "and June" of "May and June": a reported verb after the pair tells both. */
const JOINED_MONTH = new RegExp(`^,?\\s+(?:and|or)\\s+(${MONTH_PATTERN})(?!\\p{L})`, 'iu');

/** The month joined after a date, written with its capital ("and may fall" joins nothing), or null. */
function joinedMonth(after: string): RegExpExecArray | null {
  const joined = JOINED_MONTH.exec(after);
  return joined && /^\p{Lu}/u.test(joined[1]!) ? joined : null;
}

function clauseDirection(sentence: string, from: number, to: number): Direction | null {
  const parts = clauses(sentence);
  // The date's clause runs from the last break before it to the first break after it: breaks inside the date
  // itself ("Dec. 7, 1989") do not count.
  const breaks = [...sentence.matchAll(BREAK)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const lo = Math.max(0, ...breaks.filter(([, e]) => e <= from).map(([, e]) => e));
  /** Where the clause going on at `at` ends: the first break at or after it. */
  const clauseEnd = (at: number) => Math.min(sentence.length, ...breaks.filter(([s]) => s >= at).map(([s]) => s));
  const hi = clauseEnd(to);
  const lead = sentence.slice(lo, from);
  // A deadline: "by Dec. 15", "by the end of the month", unless told in the past perfect ("had filed by Wednesday").
  // Opening its sentence ("By July, the company had sold half", "But by December, they worsened"), the clause after
  // it tells.
  // A deadline already met is told in the simple past ("Output rose 12 percent by December", "sold half its stake by
  // March"): the verb nearest before "by" in the clause tells, as for any date; an infinitive or a modal keeps it ahead.
  const by = /\bby\s+(?:the\s+end\s+of\s+)?$/i.exec(lead);
  if (
    by &&
    !/^\s*(?:(?:but|and|yet|so|then|still|even|already|however|now)\s+)*$/i.test(sentence.slice(0, lo + by.index)) &&
    !/\b(?:had|was|were)\b/i.test(lead)
  ) {
    // ("moved into the market last week, taking its stake to 13.7 pct by Friday": a clause a participle opens after a
    // comma is told by the verb of the clause before.)
    const adjunct = lo > 0 && /,\s*$/u.test(sentence.slice(0, lo)) && /^\s*\p{Ll}{3,}ing\s/u.test(lead);
    const verb = (adjunct ? cuesIn(sentence.slice(0, lo), 0) : cuesIn(lead.slice(0, by.index), lo))
      .filter((c) => !BARE_PAST.test(sentence.slice(c.at)))
      .pop();
    const told =
      verb?.direction === 'past' &&
      !REPORTING.test(sentence.slice(verb.at)) &&
      !DEADLINE_SET.test(sentence.slice(0, lo + by.index)) &&
      !gerundAfter(sentence.slice(verb.at, adjunct ? lo : lo + by.index)) &&
      !UNTOLD_BY.test(lead.slice(0, by.index)) &&
      !/\b(?:if|unless|whether|once)\s*$/i.test(sentence.slice(0, lo)) &&
      !infinitiveAfter(sentence.slice(0, lo + by.index)) &&
      !cuesIn(sentence.slice(0, lo + by.index), 0).some((c) => c.direction === 'future');
    return told ? 'past' : 'future';
  }
  // A trade's shipping period: "bought wheat for May 20 shipment", "sold for May/June delivery" lies ahead of the
  // trade, whatever tense tells the trade ("April shipments rose" are figures: plural, no "for").
  // So is a month written just before the word, "for" left out ("two cargoes June shipment white sugar").
  if (
    (/\bfor\s+(?:[\p{L}\d.]+(?:\s\d{1,2})?\s*[/-]\s*)?$/iu.test(lead) &&
      /^\s*(?:[/-]\s*[\p{L}.]+(?:\s\d{1,2})?\s+)?(?:shipment|delivery|loading|arrival)\b/iu.test(sentence.slice(to))) ||
    (!/\b(?:in|on|at|during|since|from|by)\s+$/i.test(lead) &&
      /^\s+(?:shipment|delivery|loading)\b(?!\s+(?:was|were|had|fell|rose))/iu.test(sentence.slice(to))) ||
    /\bfor\s+(?:shipment|delivery|loading|arrival)\s+(?:in|on|during|by|from|between)\s+(?:(?:early|mid|late)[\s-]+)?$/iu.test(
      lead,
    )
  )
    return 'future';
  // A comparison's baseline: "less favourable in February than in January", "higher than in March" measure against
  // a time that has been.
  // ("no later than September 30" is a deadline.)
  if (/\b(?<!(?:later|earlier|sooner|longer)\s+)than\s+(?:(?:in|during|on|at|for)\s+)?$/i.test(lead)) return 'past';
  // A schedule told in the past perfect: "had been due to expire Friday", "had been scheduled for May" is past.
  if (/\bhad\s+(?:not\s+)?been\s+(?:due|scheduled|set|slated|expected|planned)\b/i.test(lead)) return 'past';
  // A scheduled thing in the present: "The deadline is Friday", "The summit is in June", "Friday is the deadline".
  if (SCHEDULED_IS.test(lead) || IS_SCHEDULED.test(sentence.slice(to, hi))) return 'future';
  // A date set as a target: "have set October 1 as a target date", "named March 3 as the deadline".
  if (
    /\b(?:set|sets|named|names|fixed|fixes|chose|chosen|picked|designated)\s+$/i.test(lead) &&
    /^\s+as\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:target|deadline|date|day|goal)\b/iu.test(sentence.slice(to))
  )
    return 'future';
  // "prepared for a Thursday meeting", "ready for the Friday vote": a scheduled thing a clause prepares for lies ahead.
  if (/\bfor\s+(?:a|an|the|this|next)\s+$/i.test(lead) && SCHEDULED_AFTER.test(sentence.slice(to))) return 'future';
  // "ahead of Thursday's deadline", "ahead of the June 30 vote": what is ahead has not come.
  // So is the thing's date told after it: "ahead of his departure on Sunday", "ahead of talks in March" ("ahead of
  // schedule in March" says early).
  if (/\bahead\s+of\s+(?:the\s+|next\s+|this\s+)?$/i.test(lead)) return 'future';
  if (
    /\bahead\s+of\s+(?!(?:schedule|time|plan|target|forecasts?|expectations?|estimates?)\b)(?:(?:the|his|her|its|their|a|an)\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:on|in|at|due|set\s+for)\s+(?:the\s+)?$/iu.test(
      lead,
    )
  )
    return 'future';
  // "rescheduled for Monday", "postponed for March": a new date is ahead of the moving.
  if (
    /\b(?:rescheduled|re-scheduled|reset|moved|pushed\s+back|postponed|delayed|put\s+off|brought\s+forward)\s+for\s+$/i.test(
      lead,
    )
  )
    return 'future';
  // A date something is moved to: "extended to Nov. 20", "postponed until March".
  if (
    /\b(?:extended|extend|postponed|delayed|moved|adjourned|deferred|pushed\s+back|put\s+off|rescheduled|renewed|prolonged)\b[^,;]{0,60}?\b(?:to|until|till|through)\s+(?:after\s+)?$/i.test(
      lead,
    )
  )
    return 'future';
  // A time granted or agreed that runs until the date: "has received a waiver until May 26", "agreed not to buy more
  // shares until September 30". Its end lies ahead of the telling; not when the thing itself came then ("was not
  // declared unconditional until December 5", "did not begin until").
  // Nor when the time told is over: "the ban remained in force until May 26".
  if (
    GRANTED_UNTIL.test(lead) &&
    !/\b(?:did|was|were|had|could)(?:\s+not|n['’]t)\b/iu.test(lead) &&
    !ENDURED_UNTIL.test(lead)
  )
    return 'future';
  // "favours the likelihood of a June election", "speculation about a March poll": a thing spoken of as a prospect,
  // what it may be, lies ahead whatever tells of the speaking.
  if (PROSPECT_BEFORE.test(lead)) return 'future';
  // "said a deal in June appeared likely", "an agreement in June seemed the best that could be hoped for": a thing
  // told as a prospect, its verb of seeming in the past of reported speech, lies ahead.
  if (PROSPECT_AFTER.test(sentence.slice(to, hi))) return 'future';
  const before = parts.filter(([, e]) => e <= lo);
  const after = parts.filter(([s]) => s >= hi);
  // "by the Tuesday deadline": a date naming a deadline is told by the verb of what met it, not by the deadline
  // thing ("completed its offer by the Tuesday deadline"), not by the thing itself.
  const named = NAMED_SCHEDULE.exec(sentence.slice(to, hi));
  // "OPEC's December agreement to cut output": the infinitive tells what was agreed, not when.
  const intent = INTENT_NOUN.exec(sentence.slice(to, hi));
  // A weekday dates what the clause's own verb tells; a month after an infinitive, what the infinitive does
  // ("announced a deal to buy the lender in January").
  const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(sentence.slice(from, to));
  const own = [
    ...cuesIn(sentence.slice(lo, from), lo, weekday, sentence.slice(from, hi)),
    ...cuesIn(sentence.slice(to, hi), to),
  ].filter(
    (c) =>
      (!named || c.at !== to + named[0].length - named[0].trimStart().length) &&
      (!intent || c.at > to + intent[0].length),
  );
  const left = own.filter((c) => c.at < from).sort((a, b) => b.at - a.at)[0];
  const right = own.filter((c) => c.at >= to).sort((a, b) => a.at - b.at)[0];
  // The month a period is ending in ("sales for the year ending March would rise") is told by the verb of the period's
  // figures, after it; with none, the period is still running: its end lies ahead.
  // ("from the previous fiscal year ending June 30": one past, whatever the clause tells.)
  const previous =
    /\b(?:previous|prior|preceding|last|earlier)\s+(?:[\p{L}-]+\s+)?\p{L}+\s+(?:ending|ended|ends)\s+(?:on\s+)?$/iu.test(
      lead,
    );
  if (previous) return 'past';
  if (PERIOD_ENDING.test(lead)) {
    const verb = own.filter((c) => c.at >= to && c.direction !== 'present').sort((a, b) => a.at - b.at)[0];
    return verb ? told(verb.direction) : left?.direction === 'past' ? 'past' : 'future';
  }
  // "the decision to cut the discount rate on February 20 was a hard choice": the noun the infinitive completes is
  // the subject of a past copula after the date; what it tells of was done.
  if (left?.ofNoun && right?.direction === 'past' && PAST_COPULA.test(sentence.slice(right.at))) return 'past';
  // "They said from September a body will assure repayment": after a reporting verb, a date a period's preposition
  // opens heads what is reported ("said from", "said until" tell no time of the saying): the verb after it tells.
  if (
    left &&
    right &&
    REPORTING.test(sentence.slice(left.at)) &&
    /^\p{L}+\s+(?:(?:that|on\s+\p{L}+)\s+)?(?:from|starting|beginning|until|till)\s+$/iu.test(
      sentence.slice(left.at, from),
    )
  )
    return toldAfter(right);
  // "The exporters said the key factor in the opening of May registrations will be the quota": a date inside the
  // subject of what is reported, "that" left out, is told by the reported verb after it, not by the saying (a date
  // after "said in a statement on Tuesday" dates the saying).
  // (Past a second month joined to the date: "the opening of May and June registrations will be".)
  if (
    left &&
    REPORTING.test(sentence.slice(left.at)) &&
    /^\p{L}+\s+(?:the|a|an|its|their|his|her)\s/iu.test(sentence.slice(left.at, from))
  ) {
    const joined = joinedMonth(sentence.slice(to));
    const end = to + (joined ? joined[0].length : 0);
    const reported = joined ? cuesIn(sentence.slice(end, clauseEnd(end)), end)[0] : right;
    if (reported && !reported.progressive) return toldAfter(reported);
  }
  if (left) return told(left.direction);
  if (right) return toldAfter(right);
  // "no new measures before the 25th of June when our next meeting will take place": a "when" clause right after
  // the date tells of it, where the date's own clause has no tense.
  // (Past an aside inside it: "when our (next OPEC) meeting will take place".)
  const when = /^\s*,?\s*when\s+/iu.exec(sentence.slice(to));
  if (when) {
    const at = to + when[0].length;
    const rest = sentence.slice(at);
    const end = /[,;:"“”]|\s[-_]{1,2}\s/u.exec(rest)?.index ?? rest.length;
    const cue = cuesIn(rest.slice(0, end), at).find((c) => c.direction !== 'present');
    if (cue) return told(cue.direction);
  }
  // A date joined to one before it ("tenders slated for tomorrow and Saturday", "extended rebates to April 30 on
  // three cars and to June 30 on a fourth"): the first one's clause tells.
  if (
    /^\s*(?:(?:on|in|to|until|till|through|by|for|from|at)\s+)?$/i.test(lead) &&
    /\b(?:and|or)\s*$/i.test(sentence.slice(0, lo))
  ) {
    const first = [...sentence.slice(Math.max(0, lo - 90), lo).matchAll(DATE_WORD)].pop();
    if (first) {
      const at = Math.max(0, lo - 90) + first.index!;
      return clauseDirection(sentence, at, at + first[0].length);
    }
  }
  // Inside a parenthesis or between dashes ("the shoulder season -- May and from mid-August to mid-September -- will
  // be 644 dlrs"): the clause it interrupts tells, after it.
  const closing = insideAside(sentence, from, to);
  if (closing !== null) {
    // An aside closing its clause restates what stands before it: "will leave at 4 in the morning (4 a.m. EDT
    // Thursday),'' he said" is told by "will leave".
    const ends = /^\s*(?:[,;.:'"’”]|$)/u.test(sentence.slice(closing));
    const cue = ends
      ? cuesIn(sentence.slice(0, asideOpen(sentence, from)), 0).pop()
      : cuesIn(sentence.slice(closing), closing)[0];
    if (cue) return ends ? told(cue.direction) : toldAfter(cue);
  }
  if (
    /\b(?:until|till)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, from - 12), from)) &&
    !/\b(?:had|was|were)\b/i.test(sentence)
  )
    return 'future';
  // What is awaited, in a clause with no tense of its own: "could not proceed until a final ruling on May 7".
  if (
    /\b(?:until|till|pending)\s+(?:[\p{L}'’-]+\s+){1,4}(?:on|in|at)\s+$/iu.test(lead) &&
    !/\b(?:had|was|were)\b/i.test(lead)
  )
    return 'future';
  const opens = !/[\p{L}\d]/u.test(sentence.slice(0, lo).replace(/\b(?:and|but|so|or)\b/giu, ''));
  const next = opens ? after.find(([s, e]) => cuesIn(sentence.slice(s, e), s).length) : undefined;
  if (next) return toldAfter(cuesIn(sentence.slice(next[0], next[1]), next[0])[0]!);
  // (Not an aside closed before the date: "from near zero on Thursday -- for which the spokesman could give no
  // reason -- to a high on Tuesday" is told by "ranged".)
  const shut = closedAsides(sentence.slice(0, lo));
  // (Nor a passive participle's aside between the verb and the date: "would attend the talks, convened by the
  // ICCO, on Monday" is told by "would attend".)
  const prev = [...before]
    .reverse()
    .find(
      ([s, e]) =>
        !shut.some(([a, b]) => s >= a && e <= b) &&
        !(PASSIVE_ASIDE.test(sentence.slice(s, e)) && /^\s*(?:\([^)]*\)\s*)?,/u.test(sentence.slice(e))) &&
        cuesIn(sentence.slice(s, e), s).length,
    );
  if (prev) {
    const c = cuesIn(sentence.slice(prev[0], prev[1]), prev[0]);
    return told(c[c.length - 1]!.direction);
  }
  // Only untensed words before it ("Then, on September 1, it will redeem"): the clause after tells.
  const later = after.find(([s, e]) => cuesIn(sentence.slice(s, e), s).length);
  return later ? toldAfter(cuesIn(sentence.slice(later[0], later[1]), later[0])[0]!) : null;
}
