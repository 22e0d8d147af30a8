// Lists of firms: names joined by commas and "and" that a firm's role heads ("co-managers A.G. Edwards and Thomson
// McKinnon") or that are the subject of what only firms do with a securities issue ("Donaldson Lufkin, Salomon
// Brothers and Mabon Nugent co-managed the issue"). Brokers are named after their founders, so their names read as
// people's, given names and all ("Tucker Anthony", "Dillon Read"): the list's place in the sentence decides.
import { FIRM_ROLE_BEFORE, ISSUE_NOUNS } from './role-phrases.js';
import { knownGiven } from './given-names.js';

/** One item of a list: a run of capitalised words, initials, "&" and "and" inside a firm's name. */
const ITEM = String.raw`\p{Lu}[\p{L}.&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}.&'’-]*)*`;
/** What parts two items: a comma, "and", or both. */
const SEP = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)`;

/**
 * Verbs only firms take with an issue of securities, right after the list: "co-managed", "will underwrite",
 * "lead-managed" (a wire's "co-managered" too).
 */
const FIRM_VERB_AFTER = new RegExp(
  String.raw`^(?:${SEP}${ITEM})*\s+(?:(?:will|would|to|also|jointly)\s+)?(?:co-?|lead-?)?(?:manage[ds]?|managered|underwr(?:ote|ites?|itten|iting))\b`,
  'u',
);
/** The items of a list after a name, up to where the list ends. */
const ITEMS_AFTER = new RegExp(String.raw`^(?:${SEP}${ITEM})*`, 'u');
/** The items of a list before a name, back to where the list opens. */
const ITEMS_BEFORE = new RegExp(String.raw`(?:${ITEM}${SEP})+$`, 'u');

/**
 * Whether the name from `start` to `end` of the sentence is an item of a list of firms: the list is the subject of
 * a firm's verb (any item), or it is a word alone beside a firm's legal name (`verb` both); or a firm's role opens
 * the list: in the plural before two items or more (`firms`), else (`headed`) the caller decides what a given name
 * opening the name says.
 */
export function firmList(s: string, start: number, end: number): 'verb' | 'firms' | 'headed' | null {
  const tail = s.slice(end);
  // (A bare "managed" needs a firm's work after it: "Tucker Anthony managed the issue", not "X managed to win".)
  const verb = FIRM_VERB_AFTER.exec(tail);
  if (
    verb &&
    (/(?:co-?|lead-?)manage|managered|underwr/iu.test(verb[0]) || ISSUE_AFTER.test(tail.slice(verb[0].length)))
  )
    return 'verb';
  const before = s.slice(Math.max(0, start - 200), start);
  // (The lists' walk is the costly part: only where a firm's legal name or a firm's role could be.)
  if (!LEGAL_ANYWHERE.test(s) && !FIRM_ROLE_WORD.test(before)) return null;
  const items = ITEMS_BEFORE.exec(before);
  const head = items ? before.slice(0, items.index) : before;
  const after = ITEMS_AFTER.exec(tail)![0];
  const list = `${items?.[0] ?? ''}${s.slice(start, end)}${after}`.split(new RegExp(SEP, 'u'));
  // ("Tucker, Anthony and R.L. Day Inc", "Drexel Burnham Lambert Inc and Tucker, Anthony": a word alone in a list
  // with a firm's legal name is a piece of a firm's name.)
  if (list.length >= 2 && !/\s/u.test(s.slice(start, end)) && list.some((item) => LEGAL_SUFFIX.test(item)))
    return 'verb';
  if (!FIRM_ROLE_BEFORE.test(head.slice(-40))) return null;
  // ("co-managers A.G. Edwards and Thomson McKinnon", "underwriters like Bear Stearns and Dean Witter": a role in the
  // plural before a list is no person's, given name or not, where an item opens on none: "underwriters John Smith
  // and Mary Jones" may be Lloyd's.)
  const plural = /s\s+(?:(?:such\s+as|like|including)\s+)?$/iu.test(head);
  return plural && list.length >= 2 && list.some((item) => !knownGiven(item.split(/\s+/u)[0]!)) ? 'firms' : 'headed';
}

/** A firm's legal suffixes, as a list's item ends on one ("R.L. Day Inc"). */
const LEGAL = String.raw`\s(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LP|NV|AG|SA|GmbH|Corporation|Incorporated)`;
/** A firm's legal suffix anywhere in the sentence. */
const LEGAL_ANYWHERE = new RegExp(String.raw`${LEGAL}\b`, 'u');
/** The nouns FIRM_ROLE_BEFORE ends on, looked for first (a cheap test that it may match). */
const FIRM_ROLE_WORD =
  /(?:manager|leader|developer|maker|analyst|compan|firm|corporation|bank|lender|insurer|airline|carrier|retailer|conglomerate|manufacturer|utilit|underwriter|brokerage)/iu;

/** A firm's legal suffix ending a list's item. */
const LEGAL_SUFFIX = new RegExp(String.raw`${LEGAL}\.?$`, 'u');

/** An issue a firm manages: "managed the offering", "managed the deal". */
const ISSUE_AFTER = new RegExp(String.raw`^\s+(?:the|this|that)\s+(?:\p{Ll}+\s+)?(?:${ISSUE_NOUNS})\b`, 'u');
