// "May" written alone is the month where a word of time or "the" before a noun says so ("since May", "the May
// deficit"), not only after "in" as chrono-node's own filter has it; elsewhere a modal or a person's name.
import type * as chrono from 'chrono-node';

/** Words after which "May" alone is the month: "since May", "until May", "early May", "mid-May". */
const TIME_BEFORE = /(?:\b(?:in|since|until|till|through|during|early|mid|late)\s+|\bmid-)$/iu;

/**
 * After "the", a noun the month dates ("the May deficit", "the May figures"), not one a person's name heads: "the
 * May government" is Theresa May's.
 */
const THE_BEFORE = /\bthe\s+$/iu;
const PERSON_HEADS =
  /^\s+(?:government|administration|cabinet|ministry|era|premiership|years|team|camp|leadership|family|deal|doctrine|plan)\b/iu;
const NOUN_AFTER = /^\s+\p{Ll}/u;

/**
 * A deadline's "by" before it, with no name going on after it: "a decision by May", "by May or June" ("owned by May
 * Energy", "drawn up by May, Howard and Letwin": a name, or a comma and a name after it, is no month's).
 */
const BY_BEFORE = /\bby\s+$/iu;
const DEADLINE_AFTER = /^(?:\s*[.;:)]|\s*,\s+(?!\p{Lu})|\s*$|\s+(?:next|this|if|unless)\b)/u;

/** Another month after it in a pair or a span: "May or June", "May and July", "May to July", "May-June". */
const MONTH_AFTER =
  /^(?:\s*[-–/]\s*|,?\s+(?:and|or|to|through|until|till)\s+)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/u;

/**
 * Right after the dash that closes a wire dateline's day, before a noun it dates: "DETROIT, June 4 - May car sales
 * fell" ("- May Department Stores said" is a name; the dateline's dash may already stand masked as ";").
 */
const DATELINE_BEFORE = /\d\s*[;\-–—]\s+$/u;
const MODAL_AFTER = /^\s+(?:be|have|not|also|well|soon|never|only|even|still|yet|need)\b/u;

/**
 * A contract month before what is traded on it: "May soymeal settled at", "May crude", "May futures" (a modal has a
 * verb after it, never a commodity).
 */
const CONTRACT_AFTER =
  /^\s+(?:soy(?:beans?|meal|oil)|corn|wheat|oats|barley|cotton|sugar|cocoa|coffee|crude|gold|silver|platinum|copper|(?:live|feeder)\s+cattle|hogs|pork\s+bellies|heating\s+oil|gasoline|lumber|rice|futures|contracts?|deliver(?:y|ies)|options)\b/u;

/** Whether "May" at `index` names a contract month, before what is traded on it. */
export function contractMonth(text: string, index: number): boolean {
  return CONTRACT_AFTER.test(text.slice(index + 3, index + 40));
}

/** A figure, then a month that is an English verb too, in lower case: "2 may" of "from 7-1/2 may prompt". */
const LOWER_VERB_MONTH = /^\d+(?:st|nd|rd|th)?\s+(?:may|march)\b/u;

/** Whether "May" at `index` of `text`, read alone, is the month. */
export function mayIsMonth(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 16), index);
  if (TIME_BEFORE.test(before)) return true;
  const after = text.slice(index + 3, index + 40);
  if (MONTH_AFTER.test(after) || (BY_BEFORE.test(before) && DEADLINE_AFTER.test(after))) return true;
  if (DATELINE_BEFORE.test(before) && NOUN_AFTER.test(after) && !MODAL_AFTER.test(after)) return true;
  if (contractMonth(text, index)) return true;
  return THE_BEFORE.test(before) && NOUN_AFTER.test(after) && !PERSON_HEADS.test(after);
}

/**
 * Swaps chrono-node's filter of unlikely readings for one that reads "May" as above (and keeps its other rule:
 * no reading ending in "the second" with text after it).
 */
export function withMayMonth(parser: chrono.Chrono): void {
  const kept = parser.refiners.filter((r) => r.constructor.name !== 'ENUnlikelyFormatFilter');
  kept.push({
    refine: (context, results) =>
      results.filter((r) => {
        const text = r.text.trim();
        if (text.toLowerCase() === 'may') return text === 'May' && mayIsMonth(context.text, r.index);
        // ("a cut from 7-1/2 may prompt": "may" or "march" in lower case after a figure is a verb; lower-case wire
        // copy writes the month before its day, "march 9".)
        if (LOWER_VERB_MONTH.test(text)) return false;
        return !(text.toLowerCase().endsWith('the second') && context.text.slice(r.index + r.text.length).trim());
      }),
  });
  parser.refiners = kept;
}
