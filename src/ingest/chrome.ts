// Signals that a line or sentence is site chrome rather than article text.
// These are the generic vocabularies of web pages (navigation, apps, sharing, comments, subscriptions,
// cookie and consent banners in several languages, ads, lists of other stories), not any one site's strings.
import { isCredit } from './credits.js';
import { isDeskCredit } from './desk-credits.js';
import { isForeignStamp } from './stamps.js';

/** Credits have their own module; lines.ts and segment.ts ask for them here with the other chrome tests. */
export { isCredit };

const CUES = [
  // navigation
  String.raw`skip to (?:the )?(?:main )?content`,
  String.raw`main menu`,
  String.raw`toggle navigation`,
  String.raw`back to top`,
  String.raw`exit mobile version`,
  String.raw`^(?:home|menu|search|logo|close|open)$`,
  // apps
  String.raw`download (?:the|our) app`,
  String.raw`get the app`,
  String.raw`app ?store`,
  String.raw`play ?store`,
  String.raw`google play`,
  // sharing and following
  String.raw`^(?:share|share this|share on|follow|follow us|short url|copy link|print|email|tweet)\b.{0,20}$`,
  String.raw`follow us on`,
  String.raw`share (?:this|on) (?:article|story|facebook|twitter|x|whatsapp)`,
  // comments
  String.raw`^comments?\b`,
  String.raw`no comments yet`,
  String.raw`comments are closed`,
  String.raw`leave a (?:comment|reply)`,
  String.raw`be the first to comment`,
  String.raw`post a comment`,
  // subscriptions and accounts (the bare words "subscribe", "newsletter" and "sign up for" are in READER_CUES)
  String.raw`^(?:sign up|sign in|log ?in|register)$`,
  String.raw`free for \d+ (?:day|week|month|year)`,
  String.raw`free trial`,
  String.raw`unlimited access`,
  String.raw`try (?:our|the) [\w ]{0,20}(?:free|features?)\b`,
  // cookies, consent, legal, in several languages
  String.raw`\bcookies?\b`,
  String.raw`privacy (?:policy|settings|notice)`,
  String.raw`all rights reserved`,
  String.raw`©`,
  String.raw`datenschutz`,
  String.raw`akzeptieren`,
  String.raw`einwilligung`,
  String.raw`accepter`,
  String.raw`confidentialité`,
  String.raw`aceptar`,
  String.raw`privacidad`,
  String.raw`çerez`,
  String.raw`kabul et`,
  String.raw`\bkvkk\b`,
  String.raw`کوکی`,
  String.raw`حریم خصوصی`,
  // ads and promotions
  String.raw`^advertisement$`,
  // A label alone or before its sponsor, never a headline that opens with the word ("Ad sales boost profits").
  String.raw`^(?:ad|sponsored|promoted)(?:\s*[:|·•–—-].*|\s+(?:by|content|stories|links?|posts?|from)\b.*)?$`,
  String.raw`award-winning \w+ journalism`,
  String.raw`broaden your horizons`,
  String.raw`\bis in beta\b`,
  String.raw`translations may contain`,
  String.raw`refer to the original content`,
  // lists of other stories
  String.raw`^(?:related|recommended|trending|popular|latest|more)(?: \w+)?(?: articles| stories| news| posts| content| from \w+)?$`,
  String.raw`^(?:read more|see also|you may also like|most read|also read|read also)\b`,
];

// Without the u flag: every cue is a literal of the Basic Multilingual Plane and ASCII classes, which /i folds as
// /iu does, and V8 scans a non-unicode pattern about four times faster (36,012 lines of news: 2.8 s -> 0.7 s).
const CUE = new RegExp(CUES.join('|'), 'i');

/**
 * Words that are chrome only when the page speaks to its reader ("Subscribe to our newsletter",
 * "You agree to our terms of use", "Sign up for free") or stand as a label; in a reported sentence ("the right to
 * subscribe to the issue", "terms and conditions of the contract", "with the consent of the board", "judges are in
 * talks to sign up for the new series") they are news.
 */
const READER_CUE =
  /\bsubscri(?:be|bers?|ption)\b|\bnewsletters?\b|\bconsent\b|\bterms (?:of|and) (?:use|service|conditions)\b|\bsign (?:up|in) (?:for|to|now|here)\b/i;
// The page speaking as itself ("our newsletter"; case matters: "us" speaks to the reader, "US" is a country), or
// telling the reader what to do.
const TO_READER =
  /\b(?:[Oo]ur|[Ww]e|us)\b|^(?:[Ss]ubscribe|SUBSCRIBE|[Ss]ign (?:up|in)|[Jj]oin|[Gg]et|[Mm]anage|[Aa]ccept|[Rr]ead|[Cc]lick|[Tt]ap|[Rr]egister|[Cc]ontinue)\b/u;
/** "You" alone speaks to the reader in a short notice ("Your subscription has expired"), not in a long explanation. */
const YOU = /\b(?:[Yy]ou|[Yy]our)\b/u;
/** Someone quoted or reported: the words are theirs, never the page's ("'We offer a subscription,' she said"). */
const SPEECH = /["“”«»]|\b(?:said|says|told|tells|explains|explained|added|adds|according to)\b/u;

export function hasChromeCue(text: string): boolean {
  const t = text.trim();
  if (CUE.test(t)) return true;
  if (!READER_CUE.test(t) || SPEECH.test(t)) return false;
  const words = t.split(/\s+/).length;
  return TO_READER.test(t) || (YOU.test(t) && words <= 10) || words <= 4;
}

/**
 * Relative time stamps that stand in for a date on listing pages ("2 hours ago", "timean hour ago", "Updated 3 days
 * ago", "Last updated: 3 hours ago").
 */
export function isRelativeStamp(text: string): boolean {
  return (
    /^(?:time|(?:last\s+)?(?:updated|published|posted)\s*:?)?\s*(?:an?|\d+|one|a few)\s*(?:second|minute|min|hour|hr|day|week|month)s?\s+ago$/iu.test(
      text.trim(),
    ) || /^(?:just now|yesterday|today)$/iu.test(text.trim())
  );
}

const BYLINE =
  /^(?:by|written by|story by|words by|reported by|reporting by|par|von|por|di|door)\s+(?:\p{Lu}|\p{Lu}\p{Ll}+\s)/u;
/**
 * A clock time: an hour to 23 and minutes to 59, never a figure with its unit after it ("7.08 BILLION YUAN",
 * "2.50/SHR", "4.25 DLRS", "12.50 PCT"), as wire headlines print amounts.
 */
const TIME_OF_DAY =
  /\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?!\s*(?:mln|million|bln|billion|trillion|dlrs?|dollars?|pct|percent|per\s+cent|cts|cents?|pence|yen|marks|francs|stg|tonnes?|%|\/))(?:\s*[ap]\.?m\.?)?/i;
const DATE_WORDS = new RegExp(
  String.raw`\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|pkt)\b|\b[ap]\.?m\.?(?:\s|$)`,
  'i',
);

/** A byline: "By Jane Doe", "By JANE DOE, Associated Press", "Reporting by … Editing by …". */
export function isByline(text: string): boolean {
  // The opening words in lower case, the name after them as written ("BY JANE DOE" too).
  const t = text
    .trim()
    .replace(/^\(|\)$/g, '')
    // A credit in brackets after the names: "Par Jeanne Martin (avec AFP)", "By Jane Roe (Reuters)".
    .replace(/(?<=\S)\s*\([^()]{2,40}\)?$/u, '')
    .replace(/^(?:\p{L}+\s+)?by\b/iu, (w) => w.toLowerCase())
    .replace(/^\p{Lu}\p{L}*/u, (w) => w.toLowerCase());
  if (/^reporting by .+(?:;|editing by)/i.test(t) || isDeskCredit(text)) return true;
  const m = BYLINE.exec(t);
  if (!m || t.split(/\s+/).length > 12 || (/[.!?]$/.test(t) && !/\b\p{Lu}\.$/u.test(t))) return false;
  // What follows is names: capitalised words, joined by "and", commas, a slash or a role after a separator.
  const names = t.slice(m[0].length - 1).split(/\s*(?:[,|/·•–—-]|\band\b|\bet\b|\bund\b|\by\b)\s*/u)[0]!;
  return names
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^[\p{Lu}'’.-]/u.test(w) || /^(?:de|da|van|von|der|al|el|bin|ibn|la|le|du)$/.test(w));
}

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** A day of the week with its date and no year, as a fixture or a programme prints it: "Tuesday, 1 March". */
const WEEKDAY_DATE = new RegExp(String.raw`^${WEEKDAY},?\s+(?:${DAY}\s+${MONTH}|${MONTH}\s+${DAY})$`, 'iu');
/** A clock time in 24-hour figures with its zone: "1945 GMT", "0800 UTC" (no year carries a zone). */
/** A date and time in ISO 8601, as page metadata prints it: "2025-05-23T10:32:00Z". */
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const CLOCK_WITH_ZONE = /^(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc|bst|cet|cest|[ecmp][sd]t)$/iu;

/**
 * A line that only tells when: when the page was published or updated ("Updated 3:42 PM EDT, Tue June 3, 2025"),
 * or when what it announces happens ("Tuesday, 1 March", "1945 GMT").
 */
export function isTimestamp(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (words > 14 || (/[.!?]$/.test(t) && words > 6)) return false;
  if (WEEKDAY_DATE.test(t) || CLOCK_WITH_ZONE.test(t) || ISO_DATETIME.test(t) || isForeignStamp(t)) return true;
  if (!TIME_OF_DAY.test(t) || !DATE_WORDS.test(t)) return false;
  // A clock time and its zone with no day beside them stamp a page only under a label ("Updated 12:50 EDT"); with
  // other words they are part of a headline ("MIDWEST GRAIN FUTURES 12:50 EDT").
  if (DAY_WORDS.test(t)) return true;
  const rest = t.replace(CLOCK_AND_ZONE, ' ').trim();
  return rest.split(/\s+/).every((w) => !w || STAMP_LABEL.test(w));
}

/** What dates a stamp besides its clock: a year, a month, a weekday, a day of the month. */
const DAY_WORDS = new RegExp(
  String.raw`\b(?:19|20)\d{2}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])|\b${WEEKDAY}(?![a-z])|\b(?:today|yesterday)\b|\d{1,2}[/.-]\d{1,2}`,
  'iu',
);
const CLOCK_AND_ZONE =
  /\b\d{1,2}[:.h]\d{2}\b(?:\s*[ap]\.?m\.?)?|\b(?:gmt|utc|[ecmp][sd]?t|bst|cet|cest|ist|pkt)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b[ap]\.?m\.?(?=\s|$)|[,|·•–—()-]/giu;
/** Words a stamp labels its time with. */
const STAMP_LABEL = /^(?:last|updated?|published|posted|modified|at|on|time|local|news|as|of)[:.]?$/iu;

/** A site's account and navigation buttons, as a header prints them beside the masthead. */
const ACCOUNT_ITEM =
  /^(?:subscribe|subscribe now|sign in|sign up|sign out|log ?in|log ?out|register|my account|account|menu|search|newsletters?|e-?paper|donate|s['’]abonner|abonnez-vous|se connecter|connexion|mon compte|rechercher|اشترك|اشترك الآن|تسجيل الدخول|دخول|بحث|القائمة)$/iu;
const ACCOUNT_TAIL =
  /(?:\s+(?:subscribe(?: now)?|sign in|sign up|log ?in|register|menu|search|s['’]abonner|se connecter|connexion|اشترك|تسجيل الدخول|بحث))+$/iu;

/**
 * A header bar of account and navigation buttons, the masthead often among them ("The Valley Times | Subscribe |
 * Sign in", "Harbour Gazette Sign in Subscribe"): the line's other pieces, or null for a line that is no such bar.
 */
export function accountBar(text: string): string[] | null {
  const items = text
    .split(/\s*[|•·]\s*/u)
    .map((t) => t.trim())
    .filter(Boolean);
  if (items.length >= 2 && items.some((i) => ACCOUNT_ITEM.test(i)) && items.every((i) => i.split(/\s+/).length <= 4))
    return items.filter((i) => !ACCOUNT_ITEM.test(i));
  const tail = items.length === 1 ? ACCOUNT_TAIL.exec(text) : null;
  if (!tail || tail.index === 0 || text.split(/\s+/).length > 8) return null;
  // Two buttons at least, so that a headline ending with "search" or "register" is never one.
  if (tail[0].trim().split(/\s+/).length < 2) return null;
  return [text.slice(0, tail.index).trim()];
}
