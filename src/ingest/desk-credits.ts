// The credit lines a wire's desk puts under a story, naming who reported, wrote and edited it: Reuters' "Reporting
// by Jane Roe in Paris; Editing by John Doe", AP's "Associated Press writers Jane Roe in Boston and John Doe
// contributed to this report." Each is the wire's credit, and chrome: never a passage, a title or an event.
import { wireName } from './wires.js';

/** A name as credits print it: capitalised words, particles in lower case ("Bart de Vries", "Ahmed al-Masri"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:de|da|van|von|der|al|el|bin|le|la|du|dos)\s)?\p{Lu}[\p{L}'’.-]*){0,4}`;
/** "in Paris", "in New York", "in Providence, Rhode Island". */
const PLACE = String.raw`(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)?)?`;
/** Names with their places, joined as credits join them: "Jane Roe in Paris, John Doe and Ana Ruiz in Madrid". */
const NAMES = String.raw`${NAME}${PLACE}(?:(?:,\s+|,?\s+and\s+)${NAME}${PLACE})*`;
/** The roles Reuters credits, each "<role> by <names>": "Reporting by", "Additional reporting by", "Editing by". */
const ROLE = String.raw`(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompil(?:ed|ing)|[Gg]raphics|[Ff]act-checking)\s+by`;
/** Reuters' credit line: its roles, semicolons between them ("Reporting by X in CITY; Editing by Y"). */
const REUTERS_CREDIT = new RegExp(String.raw`^\(?${ROLE}\s+${NAMES}(?:\s*;\s*${ROLE}\s+${NAMES})*\s*\.?\)?$`, 'u');
/** A wire's staff credited at the end: "Associated Press writers Jane Roe and John Doe contributed to this report." */
const STAFF_CONTRIBUTED = new RegExp(
  String.raw`^(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|researchers?|videojournalists?|photographers?)\s+${NAMES},?\s+contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting|from\s+\p{Lu}[\p{L}]*))?\s*\.?$`,
  'u',
);

/**
 * What every credit line holds, looked for first: a role's " by " or "contributed". isByline asks about nearly every
 * short line of a page, and the two patterns above try a name at each capital.
 */
const MAY_CREDIT = /\sby\s|contributed/;

/**
 * The wire a desk's credit line names: Reuters for its house style — roles joined by semicolons ("Reporting by …;
 * Editing by …"), or its reporters with their places ("Reporting by Jane Roe in Paris") — and the agency named
 * before "writers … contributed" ("Associated Press writer … contributed."). Null for any other line, and for a lone
 * "Additional reporting by Jane Roe", which any outlet prints for its own staff.
 */
export function deskCredit(line: string): string | null {
  const t = line.trim();
  if (t.length > 400 || !MAY_CREDIT.test(t)) return null;
  if (REUTERS_CREDIT.test(t) && (/;/.test(t) || /^\(?[Rr]eporting\s+by\s.*\sin\s\p{Lu}/u.test(t))) return 'Reuters';
  const m = STAFF_CONTRIBUTED.exec(t);
  return m ? wireName(m[1]) : null;
}

/** One role of a credit and the capitalised name it opens on, whatever follows: "Editing by Ken Lowe on May 13". */
const ROLE_PART = new RegExp(String.raw`^${ROLE}\s+\p{Lu}`, 'u');

/**
 * Roles credited as a credit line is set out, whatever else each names (a day, a desk, a long place): in brackets
 * ("(Additional reporting by Ana Ruiz on May 13)") or two roles or more joined by semicolons, each opening on a
 * capitalised name. A sentence that opens "Reporting by Jane Roe showed …" is neither.
 */
function rolesSetOut(t: string): boolean {
  const bracketed = /^\(.*\)\.?$/su.test(t);
  const parts = t
    .replace(/^\(|\)\.?$/gu, '')
    .split(/\s*;\s*/u)
    .filter(Boolean);
  return (bracketed || parts.length >= 2) && parts.length > 0 && parts.every((p) => ROLE_PART.test(p));
}

/** A desk's credit line of any outlet: "Additional reporting by Jane Roe", "Reporting by …; Editing by …". */
export function isDeskCredit(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 400 && MAY_CREDIT.test(t) && (REUTERS_CREDIT.test(t) || STAFF_CONTRIBUTED.test(t) || rolesSetOut(t))
  );
}
