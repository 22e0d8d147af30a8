// What a time stamp says of the day: the date a stamp prints with its clock time ("Updated 3:42 PM ET Fri May 23,
// 2025", "2025-05-23T10:32:00Z"), and how long ago a relative stamp puts the article ("2 hours ago", "Updated 3
// days ago", "il y a 2 heures"), which dates it once the page's "now" is known from a sibling (meta.ts).
import { parseDateLine } from '../dates/pubdate.js';

/** An ISO 8601 date and time as feeds and page metadata print it: "2025-05-23T10:32:00Z", "…T10:32+03:00". */
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/iu;
/**
 * A clock time with its zone and what joins it to the date: "3:42 PM ET", "10:32 AM EDT,", "8:05 a.m. ET", "10.32
 * BST", "14:05 GMT+3", "at 10:32".
 */
const CLOCK =
  /(?:\bat\s+)?\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[ECMP][SD]?T|ET|GMT|UTC|BST|CET|CEST|IST|PKT|AEST|JST|KST)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?(?:\s*[,|/·•–—-]\s*|\s+)?/giu;

/** The day a time stamp prints beside its clock time, as YYYY-MM-DD; null when it prints none with its year. */
export function stampDate(text: string): string | null {
  const t = text.trim();
  const iso = ISO_DATETIME.exec(t);
  if (iso) return validDay(iso[1]!);
  const dated = parseDateLine(t.replace(CLOCK, ' ').replace(/\s+/g, ' ').trim());
  // What is left beside the date is a zone's place or a label ("UK", "local time"), never a sentence.
  if (dated && dated.rest.split(/\s+/).filter(Boolean).length <= 2) return dated.date;
  // A stamp of parts set apart by slashes or bars, the date in one of them: "May 21, 2025 / 2:30 PM / Updated an
  // hour ago", "21 May 2025 | 14:30 BST | Updated".
  const parts = t.split(/\s+[/|·•]\s+/u);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const day = stampDate(part);
    if (day) return day;
  }
  return null;
}

function validDay(iso: string): string | null {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const HOURS: [RegExp, number][] = [
  [/^(?:second|sec|secondes?|segundos?|sekunden?|secondi)/iu, 0],
  [/^(?:minute|min|minutes?|minutos?|minuten?|minuti)/iu, 1 / 60],
  [/^(?:hour|hr|h|heures?|horas?|stunden?|ore|ora)$|^(?:hour|hr|heure|hora|stunde)/iu, 1],
  [/^(?:day|jours?|días?|dias?|tagen?|giorn[oi])/iu, 24],
  [/^(?:week|semaines?|semanas?|wochen?|settiman[ae])/iu, 24 * 7],
  [/^(?:month|mois|mes(?:es)?|monaten?|mes[ei])/iu, 24 * 30],
];
const COUNT_WORD = /^(?:an?|one|une?|una?|uno|einer?|einem|um|uma)$/iu;
/** "2 hours ago", "an hour ago", "a few minutes ago", "Updated 3 days ago", "il y a 2 heures", "vor 3 Stunden",
 * "hace 2 horas", "2 ore fa"; "timean hour ago" as scraping glues a label's word to it. */
const AGO =
  /^(?:time|(?:last\s+)?(?:updated|published|posted)\s*:?|publié|mis à jour|aktualisiert)?\s*(?:(\d{1,3}|an?|one|a few|few)\s*(\p{L}+)\s+ago|(?:il y a|hace|vor|há)\s+(\d{1,3}|\p{L}+)\s+(\p{L}+)|(\d{1,3}|\p{L}+)\s+(\p{L}+)\s+fa)$/iu;

/** How many hours ago a relative stamp puts its article: 2 for "2 hours ago", 24 for "yesterday"; null for no stamp. */
export function hoursAgo(text: string): number | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (/^(?:just now|now|today)$/iu.test(t)) return 0;
  if (/^yesterday$/iu.test(t)) return 24;
  const m = AGO.exec(t);
  if (!m) return null;
  const count = m[1] ?? m[3] ?? m[5]!;
  const unit = m[2] ?? m[4] ?? m[6]!;
  const per = HOURS.find(([re]) => re.test(unit))?.[1];
  if (per === undefined) return null;
  const n = /^\d+$/.test(count) ? Number(count) : COUNT_WORD.test(count) ? 1 : /few/i.test(count) ? 3 : null;
  return n === null ? null : n * per;
}

/**
 * The day of an article stamped `ago` hours before the page was taken, when a sibling on the page, stamped
 * `anchorAgo` hours before, is known to date from `anchorDate`. The page was taken between the anchor's day plus
 * its hours and a day later; the article's day is read at the middle of that span.
 */
export function dayBefore(anchorDate: string, anchorAgo: number, ago: number): string {
  const taken = Date.parse(`${anchorDate}T00:00:00Z`) + (anchorAgo + 12) * 3_600_000;
  return new Date(taken - ago * 3_600_000).toISOString().slice(0, 10);
}
