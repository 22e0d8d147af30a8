// Which span of a sentence answers, and how well the sentence fits: the span nearest the question's words or right
// before a date it names, a price before a difference, a cause for "why".
import { MONTH_PATTERN } from '../dates/months.js';
import { escapeRegExp } from '../text.js';
import type { AnswerSpan } from '../questions/spans.js';

/** How many words stand between a span and the nearest word the question matched. */
export function wordsBetween(text: string, span: AnswerSpan, matched: [number, number][]): number {
  let best = Infinity;
  for (const [a, b] of matched) {
    const gap = b <= span.start ? text.slice(b, span.start) : span.end <= a ? text.slice(span.end, a) : '';
    best = Math.min(best, (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length);
  }
  return best;
}

/** Words that give a cause or a purpose. */
export const CAUSE =
  /\b(?:(?:major |main |key |chief |primary |principal )?reasons? (?:for|behind|why)|as (?:it|they|he|she|the [a-z-]+) (?:seeks?|tries|tried|attempts?|aims?|looks?|struggles?|wants?) to|in (?:a bid|an effort|an attempt) to|with the (?:aim|goal|intention) of|so as to|citing|on the (?:issue|question) of|(?:dispute|row|disagreement|quarrel) over|(?:has not |hasn't |had not |yet to )?recover(?:ed|ing)? from|(?:kept|keeps|keep|ruled) (?:him|her|them) out|(?:banned|fined|jailed|sentenced|arrested|sacked|suspended|charged|punished|critici[sz]ed|praised|sued|convicted|penali[sz]ed|disciplined|dismissed|fired|expelled|condemned|attacked|thanked|apologi[sz]ed|honou?red|rewarded|investigated|prosecuted|disqualified|cautioned|warned|booked|censured|rebuked|reprimanded|knighted|nominated|hailed|blasted|slammed)(?: [a-z]+){0,3}? for (?:allegedly |reportedly |apparently )?[a-z]+ing\b|in (?:that|this) way|thereby|amid (?:fears|concerns|worries)|on (?:fears|concerns|worries|hopes|expectations) (?:that|of|over|about)|thanks to|(?:the|a) result of|in (?:light|view) of|stem(?:s|med|ming)? from|attributed (?:to|it to)|because|due to (?!(?:be|stand|start|begin|meet|take|make|hold|open|close|end|go|appear|return|report|announce|give|face|sign|visit|vote|leave|retire|publish|release|launch|arrive|play|resume|come|get|become|hear|decide|rule|testify|speak|address|finish|complete|expire|mature|run|step|travel|fly|receive|pay|deliver|present|unveil|debate|consider|discuss|review)\b)|owing to|as a result of|in protest|to protest|protest(?:ing|s)? (?:against|over)|(?:sparked|triggered|prompted|fuell?ed|driven|hit|hurt|helped|boosted|buoyed|lifted|supported|underpinned|depressed|dampened|weighed down|held (?:back|down|in check|in limits|within limits)|pressured|undermined|bolstered|spurred|curbed|restrained) by|by (?:the |a )?(?:lack|absence|shortage|scarcity|threat|prospect|fear|weakness|strength) of|(?<!\bas \w+ |\bsuch |\bso |\bsame )as (?:the |many |most |some )?(?:[a-z]+ )?(?:investors|traders|dealers|operators|markets?|analysts|buyers|sellers|consumers|customers|prices|rates|demand|supplies|sales|shares|stocks|profits|costs|the dollar|the pound|the yen|oil|economy|(?:it|they|he|she)) (?:[a-z]+ly )?(?:grew|became|feared|worried|expected|hoped|believed|saw|continued|remained|rose|fell|dropped|climbed|slipped|slid|weakened|strengthened|eased|firmed|recovered|shrank|waited|awaited|sought|took|moved|switched|turned|bought|sold|looked|bet|shunned|rushed|flocked)\b|in (?:response|retaliation) (?:to|for)|demanding (?:a|an|the|that|their|higher|better|more|\d)|demands for|caused by|blamed (?:on|for)|(?:mainly |largely |partly )?(?:responsible|to blame) for|the reason|in order to|so that|after (?:it|he|she|they) (?:was|were|had)|after (?:testing|failing|refusing|admitting|missing|breaching|being (?:found|convicted|caught|charged))|(?:occurred|happened|started|began) (?:when|after)|reflect(?:s|ed|ing)? (?:the |a |an )?(?:view|fears?|concerns?|worries|expectations?|hopes?|belief|uncertainty|speculation)|after (?:the |a |an )?[\w'’.() -]{1,48}? (?:said|announced|warned|reported|revealed|predicted|forecast|decided) (?:that |it |its |the |a |an )|on (?:firmer|stronger|weaker|softer|lower|higher|better|worse|fresh|renewed|heavy|strong|weak|good) (?!terms\b|form\b|track\b|footing\b|grounds\b|record\b|the\b|a\b)[a-z]+|(?:disillusioned|unhappy|frustrated|dissatisfied|angry|upset|fed up) (?:with|about|by|over)|(?:to|will|would) (?:cover|offset|pay for|fund|finance|compensate for) the)\b/i;

/** A question about a difference: "how much more", "how much cheaper". */
export const COMPARES = /\b(?:more|less|fewer|cheaper|dearer|higher|lower|bigger|smaller)\b/i;
/** An amount that is a difference: "500 dlrs less than", "2 pct higher than". */
export const DIFFERENCE_AFTER = /^\s+(?:less|more|fewer|cheaper|dearer|higher|lower)\s+than\b/i;
/** A month or a year a question names: "in January", "in 1986". */
const ASKED_DATE = new RegExp(`\\b(?:${MONTH_PATTERN}|(?:19|20)\\d{2})\\b`, 'gi');

/**
 * The span a month or year the question names is of, written right after it: "How much did M3 rise in January?" in
 * "rose 1.1 pct in January after a 0.2 pct rise in December" is 1.1 pct.
 */
export function beforeAskedDate(text: string, spans: AnswerSpan[], question: string): AnswerSpan | null {
  for (const m of question.matchAll(ASKED_DATE)) {
    if (!/^(?:\p{Lu}|\d)/u.test(m[0])) continue;
    const word = new RegExp(`\\b${escapeRegExp(m[0])}\\b`, 'gi');
    for (const w of text.matchAll(word)) {
      const span = spans.find(
        (s) => s.end <= w.index! && /^[\s,]+(?:in|during|for|of)?\s*$/iu.test(text.slice(s.end, w.index!)),
      );
      if (span) return span;
    }
  }
  return null;
}

/** The span closest to where the question's words matched. */
export function nearest(spans: AnswerSpan[], matched: [number, number][]): AnswerSpan {
  if (matched.length === 0) return spans[0]!;
  const distance = (s: AnswerSpan) =>
    Math.min(...matched.map(([a, b]) => (s.end <= a ? a - s.end : s.start >= b ? s.start - b : 0)));
  return [...spans].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0]!;
}
