// Publication dates in the shapes pages print them: "date 2025-06-16", "Updated 21 May 2025",
// "Yahoo23-05-2025", "June 7 (UPI) --", "Published: March 4, 2026 10:02 am".
import { MONTH_PATTERN, isoDay, monthNumber } from './months.js';

export interface DateLine {
  date: string;
  /** Words before the date that are not a label: usually the publisher ("Yahoo"). */
  prefix: string | null;
  /** Text after the date on the same line, when the date opens a paragraph. */
  rest: string;
}

/** Labels a date line opens with, each language's with the article or preposition it takes ("Publié le"). */
const LABEL_WORDS = [
  '(?:last\\s+)?(?:updated|update|published|posted|date|dated|modified|created)(?:\\s+on)?',
  '(?:zuletzt\\s+)?(?:aktualisiert|veröffentlicht|publiziert|geändert|stand|erstellt)(?:\\s+am)?',
  '(?:publié|mis à jour|modifié|mise à jour)(?:\\s+le)?',
  '(?:publicado|actualizado|modificado|atualizado|última actualización|última atualização)(?:\\s+(?:el|em|a|en))?',
  "(?:pubblicato|aggiornato|ultimo aggiornamento)(?:\\s+(?:il|l’|l'))?",
  '(?:gepubliceerd|bijgewerkt|laatst bijgewerkt|geplaatst)(?:\\s+op)?',
  'güncelleme',
  'yayınlanma',
  // Arabic (hamza and vowel signs are dropped before matching): "published on", "date of publication", "last update".
  'نشر(?:\\s+(?:في|بتاريخ))?',
  'تاريخ النشر',
  'اخر تحديث',
  'تم التحديث',
  'تحديث',
  'محدث',
  'بتاريخ',
  // Korean ("기사입력", "입력 2018.08.25", "수정일") and Russian ("Опубликовано: 24.09.2018").
  '(?:기사)?(?:입력|수정|등록|승인|발행)(?:\\s*(?:시간|일시|일자|일))?',
  '(?:опубликовано|обновлено|дата публикации|дата обновления)',
];
const WEEKDAY_WORDS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  '(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag',
  'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
  'الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت',
];
/** A label or a weekday as a whole word anywhere in the words before a date ("Le Monde | Publié le mercredi"). */
const LABELS = new RegExp(
  `(?<![\\p{L}\\d])(?:${[...LABEL_WORDS, ...WEEKDAY_WORDS].join('|')})\\.?(?![\\p{L}\\d])[\\s:：|,،-]*`,
  'giu',
);
/** A preposition or article just before the date ("on", "Le", "am", "في"): a label, never part of a name. */
const LEADING_PARTICLE = /(?:^|\s)(?:on|at|am|le|el|il|op|em|في)$/iu;
/** Small words a publisher's name may hold in lower case ("Corriere della Sera", "El País", "The Times of India"). */
const NAME_PARTICLE =
  /^(?:de|du|des|del|della|dei|di|da|do|dos|das|la|le|les|el|of|the|van|von|der|den|het|und|and|y|e|&|\|)$/u;

/** A month name: one word, two in Levantine Arabic ("كانون الثاني"), or two names for one month ("آذار/مارس"). */
const MONTH_WORD = '(\\p{L}+(?:\\s+ال\\p{L}+)?)\\.?(?:\\s*/\\s*\\p{L}+(?:\\s+ال\\p{L}+)?)?';
/** A year and what may follow it: "2025", Arabic "2025م" (of the Gregorian calendar). */
const YEAR = '(\\d{4})(?!\\d)(?:\\s*م(?!\\p{L}))?';
/** "12 March 2025", "1er mars 2025", "12. März 2025", "12 de marzo de 2025", "12 آذار 2025". */
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?${YEAR}`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN}|\\p{L}+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
/**
 * A time after a date: "10:02 am", "at 9:14 AM EDT", "07:45 PM GMT+03:00", "| 14h30 UTC", "à 10h15", "um 10:15 Uhr",
 * "- 10:15", Arabic "10:15 ص".
 */
const TIME =
  /^[\s,،|–-]*(?:(?:at|à|às|as|um|a las|a la|alle|ore|om|الساعة)\s+)?(?:\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{2}|h)(?::\d{2})?(?:\s*[ap]\.?m\.?|\s*uhr|\s*(?:ص|م)(?!\p{L}))?(?:\s*\(?(?:GMT|UTC|[ECMPA][SD]?T|BST|CEST|CET|MEZ|MESZ|EEST|EET|MSK|IST|PKT|AFT|IRST|GST|JST|KST|HKT|SGT|AEST|AEDT|WIB)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?|[ap]\.?m\.?)(?![\p{L}\d])/iu;

/** Arabic-Indic and Eastern Arabic-Indic (Persian) digits as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

/** Reads a date with a year at the very start of text. */
export function leadingDate(text: string): { date: string; length: number } | null {
  let m = YMD.exec(text);
  if (m) return found(isoDay(+m[1]!, +m[2]!, +m[3]!), m[0].length);
  m = DMY.exec(text);
  if (m) {
    const a = +m[1]!,
      b = +m[2]!,
      y = +m[3]!;
    // Day first, as most of the world writes it; month first only when the day-first reading is impossible.
    return found(isoDay(y, b, a) ?? isoDay(y, a, b), m[0].length);
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return found(isoDay(+m[3]!, month, +m[1]!), m[0].length);
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return found(isoDay(+m[3]!, month, +m[2]!), m[0].length);
  }
  return null;
}

function found(date: string | null, length: number) {
  return date ? { date, length } : null;
}

/**
 * A line that is (or opens with) a publication date: optional label or publisher, the date,
 * an optional time, and either nothing or the first sentence of the article.
 */
export function parseDateLine(line: string): DateLine | null {
  // Split words glued to numbers by scraping ("Yahoo23-05-2025"); read Arabic digits, and Arabic letters without
  // their vowel signs, tatweel and hamza or madda seats, as month names and labels are listed.
  const text = asciiDigits(line.trim())
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/(\p{L})(\d)/gu, '$1 $2');
  const words = text.split(/\s+/);
  for (let skip = 0; skip <= Math.min(8, words.length - 1); skip++) {
    const before = words.slice(0, skip).join(' ');
    const after = words.slice(skip).join(' ');
    const hit = leadingDate(after);
    if (!hit) continue;
    const prefix = before
      .replace(LABELS, ' ')
      .replace(/[\s:：|•·,،[(-]+$/u, '')
      .replace(LEADING_PARTICLE, '')
      .replace(/^[\s:：|•·,،[(-]+|[\s:：|•·,،[(-]+$/gu, '');
    if (prefix && !isNameLike(prefix)) return null;
    return { date: hit.date, prefix: prefix || null, rest: restAfter(after.slice(hit.length)) };
  }
  return null;
}

/** Words before a date that may be a publisher: at most four words, capitalised but for small particles. */
function isNameLike(prefix: string): boolean {
  const words = prefix.split(/\s+/);
  return (
    words.length <= 4 && /^\p{Lu}/u.test(prefix) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_PARTICLE.test(w))
  );
}

/** Text after a date and its time, less a second date the line gives ("…, mis à jour le 13 mars 2025 à 11h30"). */
function restAfter(after: string): string {
  // A bracket closing round the date ("기사입력 :[ 2018-08-25 15:24 ]") goes with it.
  const rest = after.replace(TIME, '').replace(/^[\s,،|–—:-]*[\])]?[\s,،|–—:-]*/u, '');
  if (!rest) return rest;
  return /^\p{L}/u.test(rest) && isLabelledDate(rest) ? '' : rest;
}

/** A labelled date that is all that is left of a line: the "updated" date beside the "published" one. */
function isLabelledDate(rest: string): boolean {
  const words = rest.split(/\s+/);
  for (let skip = 1; skip <= Math.min(4, words.length - 1); skip++) {
    const label = words.slice(0, skip).join(' ');
    if (label.replace(LABELS, '').trim()) continue;
    const hit = leadingDate(words.slice(skip).join(' '));
    if (hit)
      return !words
        .slice(skip)
        .join(' ')
        .slice(hit.length)
        .replace(TIME, '')
        .replace(/^[\s,،|–—:.-]+/u, '');
  }
  return false;
}

interface Dateline {
  /** Month and day; the year is often left out of wire datelines. */
  month: number;
  day: number;
  year: number | null;
  agency: string;
}

const DATELINE = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s+\\(([\\p{Lu}][\\p{L}&. ]{1,30})\\)\\s*(?:--|—|–|-|_|:)`,
  'iu',
);

/** A wire-service dateline: "June 7 (UPI) --", "WASHINGTON, March 3 (Reuters) -". */
export function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 800));
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (!month) return null;
  return { month, day: +m[2]!, year: m[3] ? +m[3] : null, agency: m[4]!.trim() };
}

/** A dateline on a line of its own, as wire copy prints it above the story. */
export interface DatelineAlone {
  /** Month and day when the dateline gives them ("BEIJING, Jan. 5 (Xinhua) --"); null for "NEW YORK (AP) _". */
  month: number | null;
  day: number | null;
  year: number | null;
  /** The agency in brackets, as printed; null for a bare "MIAMI _". */
  agency: string | null;
}

/**
 * "BEIJING, Jan. 5 (Xinhua) --", "NAIROBI, Kenya (AP) _", "MIAMI _": a place in capitals, optionally a region or a
 * month and day, optionally the agency in brackets, then the dash (or underscore) that opens the story — and nothing
 * after it on the line.
 */
const DATELINE_ALONE = new RegExp(
  `^(?:\\p{Lu}[\\p{Lu}.'’-]*)(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}` +
    `(?:,\\s*(?:(${MONTH_PATTERN}|\\p{L}+\\.?)\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}))?` +
    `(?:\\s+\\(([\\p{Lu}][\\p{L}&. ]{1,30})\\))?\\s*(?:--|—|–|_)$`,
  'u',
);

export function parseDatelineAlone(line: string): DatelineAlone | null {
  const m = DATELINE_ALONE.exec(line.trim());
  if (!m) return null;
  const month = m[1] ? (monthNumber(m[1]) ?? null) : null;
  // "CITY, Word 5" with a word that is no month is no dateline.
  if (m[1] && !month) return null;
  return { month, day: month ? +m[2]! : null, year: m[3] ? +m[3] : null, agency: m[4]?.trim() ?? null };
}

/** The year that puts month/day closest to a reference date. */
export function nearestYear(month: number, day: number, reference: string): string | null {
  const ref = Date.parse(reference);
  const y = new Date(ref).getUTCFullYear();
  let best: string | null = null;
  let bestGap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const iso = isoDay(year, month, day);
    if (!iso) continue;
    const gap = Math.abs(Date.parse(iso) - ref);
    if (gap < bestGap) [best, bestGap] = [iso, gap];
  }
  return best;
}
