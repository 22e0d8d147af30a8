// Evidence that a person-shaped name is a company's: the words its run goes on with ("Mark IV Industries Inc",
// "Key Savings and Loan Association", "Royal Dutch/Shell Group"), a stock ticker after it ("Royal Dutch <RD>"),
// a wire's angle brackets around it, or the longer foreign name it ends ("Regie Nationale des Usines Renault").
import type { TagToken } from './tagger.js';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Words that close a firm's or an institution's name and are hardly ever a surname: "Mark IV Industries", "Key
 * Savings and Loan", "Salomon Brothers". (Not "bank", "trust", "post": people are called so.)
 */
const COMPANY_TAILS = words(`
  industries airlines airways savings loan loans associates securities holdings holding enterprises bancorp
  bancshares corporation corp company companies cos laboratories labs pharmaceuticals partners motors systems
  technologies communications chemicals electronics resources investments investors properties brothers bros group
  association financial insurance assurance petroleum shipping mining steel utilities manufacturing foods dynamics
  instruments brokerage bottling division computer computers software semiconductor semiconductors trucks toys
  yarns textiles apparel stores mines minerals diagnostics footwear beverages breweries brewing restaurants realty
  tobacco telecom telecoms studios entertainment distillers research utd products
  inc ltd plc co llc gmbh ag nv sa spa bv
`);
/**
 * The regions naming a firm's arm, closing its name ("Yukos USA", "Sony Europe"); never after "and" ("Paul Volcker
 * and International Monetary Fund head"), nor a country people are called after ("Holland", "England").
 */
const ARM_TAILS = words('usa uk europe international worldwide');

/** The legal forms that close a company's name. */
const LEGAL = words('inc ltd plc co corp corporation company cos llc');

/** A word as the lists above hold it: lower case, without a closing full stop ("Corp." is "corp"). */
const listed = (w: string) => w.toLowerCase().replace(/\.$/u, '');
const isTail = (w: string) => COMPANY_TAILS.has(listed(w)) || ARM_TAILS.has(listed(w));

/**
 * Whether a name ends on a word that closes a firm's name ("Southwest Forest Industries Inc"): a firm, no place. A
 * region closes one only after another word ("Yukos USA"; "Europe" alone is the place).
 */
export const namedAsCompany = (name: string) => {
  const words = name.split(/\s+/u);
  const last = listed(words.at(-1) ?? '');
  return COMPANY_TAILS.has(last) || (words.length > 1 && ARM_TAILS.has(last));
};
const capital = (w: string) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w);

/**
 * The last token of a company's name that a person-shaped name opens, when the capitalised run goes on after it
 * (a space, a slash, or "and" / "&" before a company's word) to a word that closes a company's name, at
 * most four words on, or to a stock ticker: "Mark [IV Industries] Inc", "Key [Savings and Loan]", "Royal Dutch[/Shell
 * Group]", "Royal Dutch[/Shell] <RD.AS>"; else -1.
 * `to`: the name's last token.
 */
export function companyRunEnd(s: string, tt: TagToken[], to: number): number {
  let k = to;
  for (let n = 0; n < 4; n++) {
    const next = tt[k + 1];
    if (!next) break;
    const gap = s.slice(tt[k]!.end, next.start);
    if (gap === '' && next.text === '/' && tt[k + 2] && capital(tt[k + 2]!.text) && tt[k + 2]!.start === next.end) {
      k += 2;
    } else if (
      gap === ' ' &&
      (next.text === 'and' || next.text === '&') &&
      tt[k + 2] &&
      capital(tt[k + 2]!.text) &&
      COMPANY_TAILS.has(listed(tt[k + 2]!.text))
    ) {
      // Only a company's word after "and", capitalised ("Pesch and Co", "Savings and Loan"): "Redstone and MCV
      // Holdings Inc" are a man and a company, "Tabby Callaghan and group G4" a woman and a band.
      k += 2;
    } else if (
      gap === ' ' &&
      next.text === 'and' &&
      k > 0 &&
      capital(tt[k - 1]!.text) &&
      s.slice(tt[k - 1]!.end, tt[k]!.start) === ' ' &&
      tt[k + 2] &&
      capital(tt[k + 2]!.text) &&
      LEGAL.has(listed(tt[k + 3]?.text ?? ''))
    ) {
      // "Firestone Tire and Rubber Co": a run of two words or more, "and" one more and a legal form, is one firm's
      // name ("Redstone and MCV Holdings Inc", one word before "and", are a man and a company).
      return k + 3;
    } else if (gap === ' ' && capital(next.text)) k++;
    else {
      // ("Morgan Guaranty (Switzerland) AG": a place in brackets before the legal form.)
      const bracket = next.text === '(' ? bracketedPlaceEnd(tt, k + 1) : -1;
      if (bracket < 0) break;
      k = bracket;
    }
    if (isTail(tt[k]!.text) || tickerAfter(s, tt[k]!.end)) return k;
  }
  return -1;
}

/**
 * Where a place in brackets inside a firm's name ends, before the legal form: ")" of "Morgan Guaranty (Switzerland)
 * AG", "Jardine Fleming (Asia) Ltd"; else -1. `open`: the bracket's index.
 */
function bracketedPlaceEnd(tt: TagToken[], open: number): number {
  let k = open + 1;
  while (k < tt.length && k < open + 4 && capital(tt[k]!.text)) k++;
  const after = tt[k + 1];
  return k > open + 1 && tt[k]?.text === ')' && !!after && isTail(after.text) ? k : -1;
}

/** Whether a name's own last word closes a company's name: "Progressive Savings", "Acme Industries", "Savings". */
export function endsAsCompany(tt: TagToken[], to: number): boolean {
  return isTail(tt[to]!.text);
}

/** Whether a stock ticker in angle brackets follows a name, as wires give a company's: "Royal Dutch <RD.AS>". */
export function tickerAfter(s: string, end: number): boolean {
  return /^\s?<\p{Lu}[\p{Lu}\p{N}.]*(?: \p{Lu}{1,2})?>/u.test(s.slice(end, end + 16));
}

/** Whether a name stands inside a wire's angle brackets, which hold a company's name: "<Regie Nationale ...>". */
export function insideAngles(s: string, start: number, end: number): boolean {
  const open = s.lastIndexOf('<', start);
  if (open < 0 || s.lastIndexOf('>', start) > open) return false;
  const close = s.indexOf('>', end);
  return close >= 0 && close - end < 60 && !s.slice(end, close).includes('<');
}

/** Linking words of another language's institution names: "Regie Nationale des Usines Renault". */
const LINKS = words('des de du del della dei di da do dos das van von der den');

/**
 * Whether a name ends a longer capitalised name tied to it by another language's linking word, whose first part
 * the tagger did not take for a person's: "Regie Nationale des [Usines Renault]". `from`: the name's first token.
 */
export function tailOfLinkedName(s: string, tt: TagToken[], tags: string[], from: number): boolean {
  if (from < 2) return false;
  const link = tt[from - 1]!;
  const head = tt[from - 2]!;
  return (
    LINKS.has(link.text) &&
    s.slice(link.end, tt[from]!.start) === ' ' &&
    s.slice(head.end, link.start) === ' ' &&
    /^\p{Lu}\p{Ll}/u.test(head.text) &&
    /^[BI]-(?:ORG|MISC|LOC)$/u.test(tags[from - 2]!)
  );
}

/**
 * The last token of the short name a company goes by, of a company's name from `from` to `end`: its words up to
 * a slash, an "and" or a company's word ("Mark IV" of "Mark IV Industries Inc", "Royal Dutch" of "Royal
 * Dutch/Shell Group"); `from` when there is no other.
 */
export function shortNameEnd(s: string, tt: TagToken[], from: number, end: number): number {
  let k = from;
  while (
    k < end &&
    s.slice(tt[k]!.end, tt[k + 1]!.start) === ' ' &&
    capital(tt[k + 1]!.text) &&
    !isTail(tt[k + 1]!.text)
  )
    k++;
  return k;
}

/**
 * A company's name, as written before its legal form, without the company's words that close it ("Lionel VII" of
 * "Lionel VII Industries"); null if none. A bank's word goes too, which before a legal form no surname is ("Marine
 * Midland" of "Marine Midland Banks Inc").
 */
export function companyShortName(name: string): string | null {
  const words = name.split(' ');
  let k = words.length;
  while (k > 0 && isTail(words[k - 1]!)) k--;
  if (k > 1 && /^Banks?$/u.test(words[k - 1]!)) k--;
  return k > 0 && k < words.length ? words.slice(0, k).join(' ') : null;
}
