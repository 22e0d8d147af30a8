// Title, publication date and publisher of an article, from the signals its page carries.
import { isDateLine, type Line } from './lines.js';
import { isTableRow, isTitleLike, type Segment } from './segment.js';
import { findDateline, nearestYear, parseDateLine } from '../dates/pubdate.js';
import { clip, sentences, terms } from '../text.js';
import { dayBefore, hoursAgo, stampDate } from './stamp-dates.js';
import { isLoneMasthead, personOrPlace } from './masthead.js';
import { accountBar, isByline } from './chrome.js';
import { noticeHolder } from './copyright.js';
import { deskCredit } from './desk-credits.js';
import {
  bylineWire,
  bylineCredit,
  capitalWireAtEnd,
  openingWire,
  outletWithWire,
  trailingWireAt,
  wireName,
  wireSignOff,
  withWire,
} from './wires.js';

export interface Meta {
  title: string | null;
  date: string | null;
  /** A wire dateline without a year, settled once the file's other dates are known. */
  yearless: { month: number; day: number } | null;
  /** How many hours before the page was taken a relative stamp puts the article ("2 hours ago"), settled over the file. */
  ago: number | null;
  source: string | null;
  /** The news agency the article credits (Reuters, AP…), kept beside the outlet. */
  wire: string | null;
  /** How the source was found: from the page's own labels, or inferred from the text. */
  sourceFrom: 'label' | 'text' | null;
  /** Short chrome lines of the header, to recognise siblings from the same site. */
  chrome: Set<string>;
}

const norm = (t: string) => t.toLowerCase().replace(/\W+/gu, ' ').trim();

const SOURCE_LINE =
  /^(?:source|sources|via|courtesy|credit|published by|originally published (?:by|in|at)|المصدر)\s*[:;,–—-]\s*(.{2,60}?)\.?$/iu;
const SELF_REFERENCE =
  /((?:\p{Lu}[\p{L}'’&.-]*)(?:\s\p{Lu}[\p{L}'’&.-]*){0,3}) (?:has been|was|is|were) (?:unable|not able) to (?:independently )?(?:verify|confirm)|((?:\p{Lu}[\p{L}'’&.-]*)(?:\s\p{Lu}[\p{L}'’&.-]*){0,3}) (?:could not|cannot|can't|did not) independently (?:verify|confirm)|((?:\p{Lu}[\p{L}'’&.-]*)(?:\s\p{Lu}[\p{L}'’&.-]*){0,3}) has reached out to/u;

/** Words that open sentences or count things, never an outlet's name: "He", "Year", "Nine mths". */
const NOT_A_NAME =
  /^(?:he|she|it|they|we|i|you|this|that|these|those|there|here|police|officials?|authorities|year|years|month|months|week|weeks|day|days|quarter|period|today|yesterday|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|net|shr|revs?|qtr|mths?|the|a|an)$/i;

/** A name in a script without letter case (Arabic: "الجزيرة", "العربية نت"), a few words of letters only. */
const isCaselessName = (t: string) => /^[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+){0,3}$/u.test(t);
/** An outlet's name with the particles names hold in lower case: "Le Monde", "Corriere della Sera", "El País". */
const isOutletName = (t: string) =>
  isName(t.replace(/\s(?:de|du|des|della|del|di|da|la|le|les|el|al|of|the|und)(?=\s)/giu, '')) && /^\p{Lu}/u.test(t);
/** A name as outlets print theirs: every word capitalised (or a number), none a pronoun, a count or a time word. */
const isName = (t: string) =>
  /^\p{Lu}[\p{L}\d&.'’ -]{0,40}$/u.test(t) &&
  t.split(' ').length <= 4 &&
  t.split(/[\s-]+/).every((w) => /^[\p{Lu}\d&]/u.test(w) && !NOT_A_NAME.test(w));

export function readMeta(seg: Segment): Meta {
  const meta: Meta = {
    title: null,
    date: null,
    yearless: null,
    ago: null,
    source: null,
    wire: null,
    sourceFrom: null,
    chrome: new Set(),
  };
  const header = seg.header;

  // Title: the headline the page repeats, else the last headline-shaped line before the text. A section heading
  // loses to any headline, however it is printed.
  const titleLike = header.filter(isTitleLike);
  const headlines = titleLike.filter((l) => !isSectionHeading(l, seg.all));
  const counts = new Map<string, { line: Line; n: number }>();
  for (const l of headlines.length ? headlines : titleLike) {
    const k = norm(l.text);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { line: l, n: 1 });
  }
  // A headline the page repeats first; then one a date or time stamp follows, as headlines are printed; then
  // by where it stands (headlineAmong).
  const datedBy = (is: (h: Line) => boolean) => (l: Line) =>
    header
      .filter((h) => h.i > l.i)
      .slice(0, 2)
      .some(is);
  const most = Math.max(0, ...[...counts.values()].map((c) => c.n));
  let pool = [...counts.values()].filter((c) => c.n === most).map((c) => c.line);
  // A date line under a headline says more than a stamp ("2 hours ago" under a masthead and its section label).
  const byDate = datedBy((h) => h.kind === 'date');
  const dated = datedBy(isDateLine);
  if (pool.some(byDate)) pool = pool.filter(byDate).slice(0, 1);
  else if (pool.some(dated)) pool = pool.filter(dated).slice(0, 1);
  const chosen = headlineAmong(pool);
  // Without the full stop a wire sets after some headlines; an initialism's stays ("… TO U.S.").
  if (chosen) meta.title = (standfirstUnder(header, chosen) ?? chosen).text.replace(/(?<!\b\p{Lu})\.$/u, '');
  // A brief's headline is the line right above its date line, however short or stopped as wires print them
  // ("MARKET HOLIDAYS", "SUMMER/WINTER TIME CHANGES.").
  const dateAt = header.findIndex(isDateLine);
  const aboveDate = header[dateAt - 1];
  if (!meta.title && seg.brief && aboveDate?.kind === 'short' && !isTableRow(aboveDate.text))
    meta.title = aboveDate.text.replace(/\.$/u, '');

  // Date: a date line in the header, or a date opening the first paragraph ("date 2025-06-16 After ...").
  for (const l of header) {
    if (l.kind === 'date' && l.dateLine) {
      meta.date ??= l.dateLine.date;
      if (l.dateLine.prefix && isName(l.dateLine.prefix)) setSource(meta, l.dateLine.prefix, 'label');
    }
  }
  // A time stamp: the day it prints with its clock time ("Updated 3:42 PM ET Fri May 23, 2025"), or how long ago
  // ("2 hours ago"), dated once the page's moment is known (settleFile).
  for (const l of header) {
    if (l.kind !== 'stamp' || l.dateline) continue;
    meta.date ??= stampDate(l.text);
    meta.ago ??= hoursAgo(l.text);
  }
  // A wire dateline on its own line above the story: its agency, and its month and day (the year from the
  // dateline, else settled with the file's dates).
  for (const l of header) {
    const d = l.dateline;
    if (!d) continue;
    if (d.agency) meta.wire ??= wireName(d.agency);
    if (!d.month || !d.day || meta.date || meta.yearless) continue;
    if (d.year) meta.date = nearestYear(d.month, d.day, `${d.year}-06-30`);
    else meta.yearless = { month: d.month, day: d.day };
  }
  const first = seg.body[0];
  if (first) {
    const opening = parseDateLine(first.text.split(/\s+/).slice(0, 8).join(' '));
    if (opening && opening.rest && /^\p{Lu}/u.test(opening.rest)) {
      meta.date ??= opening.date;
      first.text = first.text.slice(first.text.indexOf(opening.rest.split(' ')[0]!));
    }
  }
  const bodyStart = seg.body
    .filter((l) => l.kind === 'prose')
    .slice(0, 2)
    .map((l) => l.text)
    .join(' ');
  const dateline = findDateline(bodyStart);
  if (dateline) {
    if (!meta.date && dateline.year) meta.date = nearestYear(dateline.month, dateline.day, `${dateline.year}-06-30`);
    else if (!meta.date) meta.yearless = { month: dateline.month, day: dateline.day };
    // "(Reuters)" is a wire; "June 3, 2025 (KABUL)" is a place.
    meta.wire ??= wireName(dateline.agency);
  }
  meta.wire ??= openingWire(bodyStart);
  // A byline's agency: "By Jane Roe and John Doe, Associated Press", "Par Jeanne Martin (avec AFP)".
  // A desk's credit line: "Reporting by … in Paris; Editing by …" (Reuters), "Associated Press writer … contributed".
  for (const l of seg.all)
    if (l.kind === 'chrome' && isByline(l.text)) meta.wire ??= deskCredit(l.text) ?? bylineWire(l.text);

  // Publisher: an explicit "Source:" line, a label the header repeats, or how the text names itself.
  for (const l of seg.all) {
    const m = l.words <= 10 ? SOURCE_LINE.exec(l.text) : null;
    const wire = m ? wireName(m[1]) : null;
    if (wire) meta.wire = wire;
    else if (m && (isName(m[1]!.trim()) || isCaselessName(m[1]!.trim()))) {
      meta.source = m[1]!.trim();
      meta.sourceFrom = 'label';
    }
    // An outlet with the wire it carries ("Le Monde avec AFP", "Source: Al Jazeera + agencies"), or a place with
    // the wire ("القاهرة - رويترز").
    const both =
      l.kind !== 'prose' && l.words <= 8 && l.text.trim() !== meta.title?.trim()
        ? outletWithWire(m ? m[1]! : l.text)
        : null;
    if (both) {
      meta.wire ??= both.wire;
      const outlet = both.outlet;
      if (outlet && (isOutletName(outlet) || isCaselessName(outlet)) && !personOrPlace(outlet))
        setSource(meta, outlet, 'label');
    }
    // "© Agence France-Presse": the wire's copyright on its copy.
    if (l.kind === 'chrome') meta.wire ??= wireName(noticeHolder(l.text));
  }
  // A wire alone on a line of the header, as a byline: "AFP", "Reuters".
  for (const l of header)
    if ((l.kind === 'short' || l.kind === 'chrome') && l.words <= 3) meta.wire ??= wireSignOff(l.text);
  // A sign-off under the story: "Reuter", "— Agencies", "(AP)".
  const tail = seg.all.filter((l) => l.kind !== 'blank').slice(-3);
  for (const l of tail) {
    const alone = l.words <= 5 ? wireSignOff(l.text) : null;
    meta.wire ??= alone;
    // Run on to a sentence, or in capitals after a table's last row ("Electronics 1.0 mln vs 0.1 mln REUTER").
    const atRowEnd = capitalWireAtEnd(l.text);
    const signOff = alone
      ? null
      : (trailingWireAt(l.text) ?? (atRowEnd && isTableRow(l.text.slice(0, atRowEnd.at)) ? atRowEnd : null));
    if (!signOff) continue;
    meta.wire ??= signOff.wire;
    // The sign-off is the wire's, not the story's: off the last sentence or table row it was run on to (a row
    // may be the end of the table's one line of rows).
    const line = seg.body.find((b) => b.i <= l.i && b.text.endsWith(l.text));
    if (line) line.text = line.text.slice(0, line.text.length - l.text.length + signOff.at);
  }
  const shortLabels = new Map<string, { text: string; n: number }>();
  for (const l of header) {
    if (l.kind !== 'short' || l.words > 4 || !isName(l.text) || (meta.title && norm(l.text) === norm(meta.title)))
      continue;
    const k = norm(l.text);
    const c = shortLabels.get(k) ?? { text: l.text, n: 0 };
    c.n++;
    shortLabels.set(k, c);
  }
  for (const c of shortLabels.values()) if (c.n >= 2 && !wireName(c.text)) setSource(meta, c.text, 'label');
  if (!meta.source) {
    const body = seg.body.map((l) => l.text).join(' ');
    // The words every form holds, looked for first: the full pattern tries a name at every capital of the body.
    const m = /verify|confirm|reached out/.test(body) ? SELF_REFERENCE.exec(body) : null;
    const name = m ? (m[1] ?? m[2] ?? m[3])!.replace(/^(?:The|But|And|However)\s+/u, '') : null;
    if (name && isName(name)) setSource(meta, name, 'text');
  }
  for (const l of header) if (l.kind === 'short' || l.kind === 'chrome') meta.chrome.add(norm(l.text));
  return meta;
}

/** The publisher to show: the outlet, with the wire it credits. */
export function publisherOf(meta: Meta): string | null {
  return withWire(meta.source, meta.wire);
}

function setSource(meta: Meta, name: string, from: 'label' | 'text') {
  if (meta.source && meta.sourceFrom === 'label') return;
  meta.source = name;
  meta.sourceFrom = from;
}

/** A name as a masthead prints one: a few words, each capitalised ("The Valley Times"), or a title-case line. */
const isNameShaped = (l: Line) => l.words <= 4 && l.text.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&]/u.test(w));

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAMES = String.raw`${CAPITALISED}(?:\s${CAPITALISED}){0,3}`;
/**
 * Capitalised names and nothing else, the second in brackets or a place of a word or two after a comma: "Jane Roe
 * (Kent)", "Mill Park, Leeds".
 */
const NAME_WITH_PLACE = new RegExp(
  String.raw`^${NAMES}(?:\s\(${NAMES}\)|,\s${CAPITALISED}(?:\s${CAPITALISED})?)\.?$`,
  'u',
);
const isNameWithPlace = (text: string) => NAME_WITH_PLACE.test(text);

/** Two topics paired as sites name their sections: "Science and technology", "Middle East & Africa news". */
const TOPIC_PAIR =
  /^[\p{L}'’-]+(?:\s[\p{L}'’-]+)?\s(?:and|&|und|et|y|e)\s[\p{L}'’-]+(?:\s(?:news|stories|actualités|noticias|nachrichten|notizie|notícias))?$/iu;
/** A menu printed as one line: items between bars or bullets ("Home | World | Business | Climate"). */
const menuItems = (text: string) => {
  const items = text.split(/\s*[|•·]\s*/u);
  return items.length >= 3 ? items.map(norm) : [];
};

/**
 * A section heading: a short line without a figure that pairs two topics, or that the page's menu lists; or the
 * menu line itself. It is the site's, not the story's, even when it shares a word with the headline ("Science and technology news" over
 * "Technology firms face a new tax").
 */
function isSectionHeading(l: Line, all: Line[]): boolean {
  // The menu itself, each item a word or a few.
  const items = menuItems(l.text);
  if (items.length && items.every((i) => i.split(' ').length <= 3)) return true;
  if (l.words > 4 || /\d/.test(l.text)) return false;
  if (TOPIC_PAIR.test(l.text)) return true;
  const k = norm(l.text);
  return all.some((o) => o !== l && menuItems(o.text).includes(k));
}

/** Words that say what a line is about: index terms of two letters or more, figures left out. */
const subjectWords = (text: string) => new Set(terms(text).filter((t) => t.length >= 2 && /\p{L}/u.test(t)));

/**
 * The headline among headline-shaped lines of equal standing, in page order. When one of the lines under the first
 * picks up one of its words, they are a headline and what is printed under it about the same subject (a result,
 * a box's heading, a link to a graphic): the first is the headline. A line above the headline that says nothing
 * of what follows (a section heading, a tagline) or a masthead gives way to the last, nearest the text.
 */
function headlineAmong(lines: Line[]): Line | null {
  // A name with its club, county or city ("Jane Roe (Kent)", "Quayside Park, Port Ellen") is an entry of a team
  // sheet or a fixture's venue, never a headline beside a line that is one.
  const headlines = lines.filter((l) => !isNameWithPlace(l.text));
  const pool = headlines.length ? headlines : lines;
  const [first] = pool;
  if (!first || pool.length === 1) return first ?? null;
  if (!isNameShaped(first)) {
    const words = subjectWords(first.text);
    if (pool.slice(1).some((l) => [...subjectWords(l.text)].some((w) => words.has(w)))) return first;
  }
  return pool[pool.length - 1]!;
}

/**
 * The headline above a standfirst: when the line chosen is a sentence without its stop (eight words or more, most
 * in lower case) right under a headline-shaped line it outgrows by half, that line is the headline ("Japan turns
 * to beer alternatives" over "Japanese brewers are increasingly making money from beer-flavoured drinks…").
 */
function standfirstUnder(header: Line[], chosen: Line): Line | null {
  const at = header.indexOf(chosen);
  const above = header[at - 1];
  if (!above || !isTitleLike(above) || header.slice(0, at - 1).some(isTitleLike)) return null;
  const words = chosen.text.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (words.length < 8 || lower * 10 < words.length * 6 || words.length * 2 < above.words * 3) return null;
  // A masthead above a headline in sentence case ("The Valley Courier" over "Harbour strike ends after…") says
  // nothing of it; a headline over its standfirst does ("Japan turns to beer…" over "…beer-flavoured drinks").
  const about = subjectWords(chosen.text);
  return isNameShaped(above) && ![...subjectWords(above.text)].some((w) => about.has(w)) ? null : above;
}

/** A title for an article whose page gave none: its first sentence, shortened. */
export function fallbackTitle(text: string): string {
  const first = sentences(text.slice(0, 600))[0]?.text ?? text;
  return clip(first.replace(/^[\p{Lu}\s,]+:\s+/u, ''), 100);
}

/**
 * The outlet's name as its masthead prints it: a short name among the first lines of the page that the page
 * prints again after its text begins (a footer, a sign-off), or prints once and vouches for.
 */
export function mastheadOf(lines: Line[]): string | null {
  const shown = lines.filter((l) => l.kind !== 'blank');
  const firstProse = shown.findIndex((l) => l.kind === 'prose');
  if (firstProse < 0) return null;
  const top = shown.slice(0, Math.min(2, firstProse));
  for (const l of top) {
    if (l.kind !== 'short' || l.words > 4 || !isName(l.text) || wireName(l.text)) continue;
    if (shown.slice(firstProse).some((o) => norm(o.text) === norm(l.text))) return l.text;
  }
  // Printed once: at the very top above a headline (never the headline itself: a line must stand between it and
  // the text), or among the last lines after the text, and vouched for by the page (masthead.ts).
  const lastProse = shown.map((l) => l.kind === 'prose').lastIndexOf(true);
  const page = lines.map((l) => l.text).join('\n');
  const candidates = [...top.filter((l) => shown.indexOf(l) < firstProse - 1), ...shown.slice(lastProse + 1).slice(-2)];
  const lone = candidates.find((l) => isLoneMasthead(l, page, isName));
  if (lone) return lone.text;
  // Cleaning marks as chrome the lines a masthead is often printed on: a header bar of account buttons ("The Valley
  // Times | Subscribe | Sign in") and the footer's copyright ("© 2025 The Valley Times. All rights reserved.").
  // Their name is read there, the page vouching for it as for a masthead alone; a copyright line never vouches for
  // its own holder.
  const edges = [...shown.slice(0, Math.min(3, firstProse)), ...shown.slice(lastProse + 1).slice(-3)];
  for (const l of edges) {
    if (l.kind !== 'chrome') continue;
    for (const piece of accountBar(l.text) ?? []) {
      const named: Line = { ...l, text: piece, kind: 'short', words: piece.split(/\s+/).length };
      if (isLoneMasthead(named, page, isName)) return piece;
    }
    const holder = noticeHolder(l.text);
    if (!holder) continue;
    const named: Line = { ...l, text: holder, kind: 'short', words: holder.split(/\s+/).length };
    if (
      isLoneMasthead(
        named,
        lines
          .filter((o) => o !== l)
          .map((o) => o.text)
          .join('\n'),
        isName,
      )
    )
      return holder;
  }
  // A byline crediting the outlet after its writers ("By Jane Roe, CNN", "By John Doe, The Valley Times"): its name,
  // the page vouching for it as for a masthead; a role ("Senior Correspondent") or a place ("Paris") never is one.
  for (const l of shown) {
    if (l.kind !== 'chrome' || !isByline(l.text)) continue;
    const credit = bylineCredit(l.text);
    if (!credit || wireName(credit)) continue;
    const named: Line = { ...l, text: credit, kind: 'short', words: credit.split(/\s+/).length };
    if (isLoneMasthead(named, page, isName)) return credit;
  }
  return null;
}

/**
 * Settles what only the whole file can tell: yearless datelines, relative stamps, the masthead's outlet, and a
 * publisher shared by articles of one site.
 */
export function settleFile(metas: Meta[], masthead: string | null = null): void {
  if (masthead) for (const m of metas) setSource(m, masthead, 'label');
  const dated = metas
    .map((m) => m.date)
    .filter((d): d is string => !!d)
    .sort();
  const reference = dated[dated.length - 1];
  for (const m of metas) {
    if (!m.date && m.yearless && reference) m.date = nearestYear(m.yearless.month, m.yearless.day, reference);
  }
  // Relative stamps on one page were all printed at the moment it was taken: a dated article stamped "2 hours ago"
  // tells that moment, and dates its siblings stamped "an hour ago" or "3 days ago". The latest such moment wins
  // (the page was taken after every dated article was published).
  const anchor = metas
    .filter((m) => m.date && m.ago !== null)
    .sort((a, b) => Date.parse(a.date!) + a.ago! * 3_600_000 - (Date.parse(b.date!) + b.ago! * 3_600_000))
    .pop();
  for (const m of metas) if (!m.date && m.ago !== null && anchor) m.date = dayBefore(anchor.date!, anchor.ago!, m.ago);
  for (const m of metas) {
    if (m.source) continue;
    const sibling = metas.find((o) => o !== m && o.source && [...o.chrome].some((c) => c && m.chrome.has(c)));
    if (sibling) {
      m.source = sibling.source;
      m.sourceFrom = sibling.sourceFrom;
    }
  }
}
