// Weekdays, months, seasons and quarters a habit names, not a date: "the Bundesbank generally announces a tender on
// Monday", "every Monday", "the rains normally last until July", "Tandem's second quarter is traditionally slower"
// (expressions.ts leaves them out of an article's dates).
import { MONTH_PATTERN } from './months.js';

/**
 * A bare weekday, month, season, quarter or half, with no day, year or "last"/"next": one a habit may name rather
 * than a date ("the fourth quarter", "the summer").
 */
const PERIOD =
  /^(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+fiscal)?[\s-](?:quarter|half)|summer|winter|spring|autumn|fall)(?:\s+months)?$/iu;
const BARE_DAY_OR_MONTH = new RegExp(
  `^(?:(?:early|late)\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH_PATTERN})$|${PERIOD.source}`,
  'iu',
);
/** A day of a month with no year: "May 1", "1 May", "on November 15th". */
const DAY_OF_MONTH = new RegExp(
  `^(?:on\\s+)?(?:(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN}))$`,
  'iu',
);
/** What makes such a day a yearly one after it: other days of a list, then "of each year", "every year", "annually". */
const YEARLY_AFTER = new RegExp(
  `^(?:(?:,\\s*|\\s+(?:and|or)\\s+|,\\s+(?:and|or)\\s+)(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)*,?\\s+(?:(?:of\\s+)?(?:each|every)\\s+year|annually|yearly)\\b`,
  'iu',
);
/** Adverbs of habit: "the Bundesbank generally announces a tender on Monday", "the rains normally last until July". */
const HABIT =
  /\b(?:generally|usually|normally|typically|routinely|traditionally|customarily|habitually|invariably|regularly)\b/giu;
/** Present verbs between a period and its adverb of habit: "the second quarter is traditionally slower". */
const HABIT_AFTER = new RegExp(
  `^(?:\\s+months)?(?:\\s+(?:is|are|tends?\\s+to\\s+be|has|have))?\\s+(${HABIT.source.replaceAll('\\b', '')})\\s+([\\p{L}-]+)`,
  'iu',
);

/** A weekday's apposition naming it as a day of rest: ", the Gulf weekend", ", the Moslem sabbath". */
const REST_DAY_AFTER =
  /^,\s+(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}(?:weekend|sabbath|holy\s+day|day\s+of\s+rest|rest\s+day|weekly\s+holiday)\b/iu;

/** Verbs of opinion, which an adverb of habit may qualify with no habit told: "generally expect", "widely seen". */
const OPINION =
  /^(?:expects?|expected|believes?|believed|agrees?|agreed|thinks?|thought|considers?|considered|regarded|seen|accepted|acknowledged|feels?|felt|assumed?|predicts?|forecasts?|described|reported|said)$/u;

/** A passive's participle: "released", "given", "set". */
const PARTICIPLE =
  /^(?:[\p{L}-]+(?:ed|en)|set|made|held|paid|sold|done|put|cut|run|shut|sent|met|built|spent|kept|brought|bought)$/u;

/**
 * Whether a bare weekday, month, season or quarter names a habit, not a date: told as the subject of a present habit
 * ("the second quarter is traditionally slower"), after "every" or "each", before an apposition naming it a day of
 * rest ("on Friday, the Gulf weekend"), or after an adverb of habit in its clause (no "but", ", and" nor semicolon
 * between them: "Shops usually close early, but on Friday they stayed open" keeps Friday; nor the end of a relative
 * clause the adverb is in: "The bank, which normally meets monthly, cut rates on Friday").
 */
export function habitual(sentence: string, index: number, text: string): boolean {
  // "payable on May 1 and November 1 of each year", "due March 15 every year": a day that comes back yearly.
  if (DAY_OF_MONTH.test(text)) return YEARLY_AFTER.test(sentence.slice(index + text.length));
  if (!BARE_DAY_OR_MONTH.test(text)) return false;
  if (/\b(?:every|each)\s+$/iu.test(sentence.slice(Math.max(0, index - 8), index))) return true;
  // "on Friday, the Gulf weekend", "on Saturday, the Jewish sabbath": a weekday named as a people's day of rest.
  if (REST_DAY_AFTER.test(sentence.slice(index + text.length, index + text.length + 48))) return true;
  // "Tandem's second quarter is traditionally slower", "the summer months usually see fewer sales": the period is the
  // subject of a habit told in the present (not an opinion: "the fourth quarter is generally expected to be weak").
  const after = HABIT_AFTER.exec(sentence.slice(index + text.length));
  if (after && !OPINION.test(after[2]!.toLowerCase()) && !/ed$/iu.test(after[2]!)) return true;
  const before = sentence.slice(0, index);
  const cue = [...before.matchAll(HABIT)].at(-1);
  if (!cue) return false;
  // "traders generally expect prices to hold through June", "generally favorable weather through February": an
  // opinion held widely, or a quality, is no habit.
  const word = /^\s+([\p{L}-]+)/u.exec(before.slice(cue.index + cue[0].length))?.[1]?.toLowerCase() ?? '';
  const lead = before.slice(0, cue.index);
  // (A season's or quarter's state in the present is its habit: "sales are usually weaker in the summer months".)
  const periodState = PERIOD.test(text) && /\b(?:is|are)\s+$/iu.test(lead);
  if (OPINION.test(word) || (!periodState && /(?:able|ible|ful|ous|ive|ent|ant|er|ly)$/u.test(word))) return false;
  // An adverb of a noun's quality ("the traditionally broad M3 aggregate", "Continental's regularly scheduled
  // meeting"), or of a state after "be" ("were generally dry", "had generally been for"): no habit either; a passive
  // is one ("is usually released on Tuesday nights").
  if (/(?:\b(?:the|a|an|its|their|his|her)|['’]s?)\s+$/iu.test(lead)) return false;
  if (word === 'been' || word === 'be') return false;
  // An adverb of manner that closes its clause: "business is proceeding normally and the first-quarter profit...".
  if (/^(?:and|or|but|so)$/.test(word) || /^\s*[,.;:]/u.test(before.slice(cue.index + cue[0].length))) return false;
  if (!periodState && /\b(?:is|are|was|were|be|been)\s+$/iu.test(lead) && !PARTICIPLE.test(word)) return false;
  const between = before.slice(cue.index);
  // (Nor after the clause it is in has closed: "the stock dividend, normally issued every year, was not issued in
  // February".)
  if (
    /[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\bexcept\b|,\s+(?:and|or)\s|,\s.*\b(?:is|are|was|were|has|have|had|will|would)\b/iu.test(
      between,
    )
  )
    return false;
  const relative = /\b(?:which|who|that|where)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before.slice(0, cue.index));
  return !(relative && between.includes(','));
}
