// npm run eval:dates -- DIR [--sentences] [--failures]: scores findDates against the TimeML DATE expressions (TIMEX3
// type="DATE") of a folder of .tml files, each read with its document creation time as publication date, its
// sentences in order with what the ones before told (as the timeline reads them); --sentences reads each alone.
// A found expression matches a gold one it overlaps (one to one, exact extents first); its value is right when it
// equals the gold value. Reported: extent P/R/F1, value accuracy on matches, and value F1 (right values over all
// found, over all gold), for the DATE values the timeline can write and for all DATE values. --kinds counts the failures
// of the --view by kind and by the shape of the values (digits as 9: "wrong value | 9999-WXX | 9999-W99").
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findDates } from '../src/dates/expressions.js';
import { splitPassages } from '../src/corpus/passages.js';
import { passageSentences } from '../src/text.js';

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}
interface Found {
  start: number;
  end: number;
  value: string;
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** The plain text of a TimeML document's TEXT element, its TIMEX3 spans in it, and its creation date. */
export function readTimeML(xml: string): { dct: string | null; text: string; timexes: Timex[] } {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? attr(dctTag, 'value').slice(0, 10) || null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  const open: { tag: string; start: number }[] = [];
  for (const [token] of body.matchAll(/<\/?[^>]+>|&#?\w+;|[^<&]+/g)) {
    if (token.startsWith('<TIMEX3')) open.push({ tag: token, start: text.length });
    else if (token === '</TIMEX3>') {
      const o = open.pop();
      if (o)
        timexes.push({
          start: o.start,
          end: text.length,
          type: attr(o.tag, 'type'),
          value: attr(o.tag, 'value'),
          text: text.slice(o.start),
        });
    } else if (token.startsWith('<')) continue;
    else if (token.startsWith('&')) {
      const name = token.slice(1, -1);
      text += name.startsWith('#')
        ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
        : (ENTITY[name] ?? token);
    } else text += token;
  }
  return { dct, text, timexes };
}

/** Values findDates writes: days, months, years, weeks, weekends, quarters, halves, seasons, decades, centuries, the REFs. */
const WRITABLE =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-(?:W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)|\d{2,3}|(?:PRESENT|PAST|FUTURE)_REF)$/;

/** Every date of a document, its sentences read in order; with `article`, each read with what the ones before told. */
function dated(text: string, dct: string | null, article: boolean): Found[] {
  const out: Found[] = [];
  const context = article ? {} : undefined;
  for (const p of splitPassages(text)) {
    // Asides (bylines, results rows) give no dates: ingestion reads them for names only.
    if (p.aside) continue;
    for (const s of passageSentences(p)) {
      const base = p.start + s.start;
      for (const d of findDates(s.text, dct, context))
        out.push({ start: base + d.index, end: base + d.index + d.text.length, value: d.date, text: d.text });
    }
  }
  return out;
}

interface Tally {
  gold: number;
  found: number;
  matched: number;
  right: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, matched: 0, right: 0 });
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(
  found: Found[],
  timexes: Timex[],
  inView: (t: Timex) => boolean,
  t: Tally,
  fail?: (kind: string, g?: Timex, f?: Found) => void,
): void {
  const gold = timexes.filter((x) => x.type === 'DATE' && inView(x));
  const elsewhere = timexes.filter((x) => !gold.includes(x));
  const pairs = new Map<Found, Timex>();
  const used = new Set<Timex>();
  for (const exact of [true, false]) {
    for (const f of found) {
      if (pairs.has(f)) continue;
      const g = gold.find((x) => !used.has(x) && (exact ? x.start === f.start && x.end === f.end : overlap(x, f)));
      if (g) {
        pairs.set(f, g);
        used.add(g);
      }
    }
  }
  t.gold += gold.length;
  for (const f of found) {
    const g = pairs.get(f);
    // Found on a TIME, DURATION or a value outside the view: neither right nor wrong here.
    if (!g && elsewhere.some((x) => overlap(x, f))) continue;
    t.found++;
    if (!g) {
      fail?.('spurious', undefined, f);
      continue;
    }
    t.matched++;
    if (g.value === f.value) t.right++;
    else fail?.('wrong value', g, f);
  }
  for (const g of gold) if (!used.has(g)) fail?.('missed', g);
}

/** The text around a position, on one line, for reading a failure (--context). */
const around = (text: string, at: number) => text.slice(Math.max(0, at - 160), at + 80).replace(/\s+/g, ' ');

function report(name: string, t: Tally): string {
  const f1 = (tp: number) => {
    const p = t.found ? tp / t.found : 0;
    const r = t.gold ? tp / t.gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const pc = (x: number) => (100 * x).toFixed(1);
  const e = f1(t.matched);
  const v = f1(t.right);
  return `| ${name} | ${t.gold} | ${t.found} | ${pc(e.p)}/${pc(e.r)}/${pc(e.f)} | ${pc(t.matched ? t.right / t.matched : 0)} | ${pc(v.p)}/${pc(v.r)}/${pc(v.f)} |`;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(
      'usage: npm run eval:dates -- DIR [--sentences] [--failures [--view=0|1|2] [--context]] [--kinds]   (DIR: a folder of TimeML .tml files)',
    );
    process.exitCode = 2;
    return;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort();
  if (!files.length) {
    console.error(`no .tml files in ${dir}`);
    process.exitCode = 2;
    return;
  }
  const views: [string, (t: Timex) => boolean][] = [
    ['DATE, values the timeline writes', (t) => WRITABLE.test(t.value)],
    ['DATE, day/month/year values', (t) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t.value)],
    ['DATE, all values', () => true],
  ];
  const tallies = views.map(tally);
  // --view=N picks whose failures --failures lists (0: values the timeline writes, 1: day/month/year, 2: all).
  const failView = Number(/^--view=(\d)$/.exec(args.find((a) => a.startsWith('--view=')) ?? '')?.[1] ?? 0);
  const failures: string[] = [];
  const kinds = new Map<string, number>();
  const shape = (v?: string) => (v === undefined ? '-' : v.replace(/\d/g, '9'));
  for (const file of files) {
    const { dct, text, timexes } = readTimeML(readFileSync(join(dir, file), 'utf8'));
    const found = dated(text, dct, !args.includes('--sentences'));
    views.forEach(([, view], i) =>
      score(
        found,
        timexes,
        view,
        tallies[i]!,
        i === failView && args.includes('--kinds')
          ? (kind, g, f) => {
              const k = `${kind}\t${shape(g?.value)}\t${shape(f?.value)}`;
              kinds.set(k, (kinds.get(k) ?? 0) + 1);
            }
          : i === failView && args.includes('--failures')
            ? (kind, g, f) =>
                failures.push(
                  `${kind}: ${file} (${dct}) gold ${g ? `"${g.text}" = ${g.value}` : '-'} | found ${f ? `"${f.text}" = ${f.value}` : '-'}${args.includes('--context') ? `\n    …${around(text, (g ?? f)!.start)}…` : ''}`,
                )
            : undefined,
      ),
    );
  }
  console.log(`${files.length} documents`);
  console.log('| view | gold | found | extent P/R/F1 | value acc. | value P/R/F1 |');
  console.log('|---|---|---|---|---|---|');
  views.forEach(([name], i) => console.log(report(name, tallies[i]!)));
  if (failures.length) console.log('\n' + failures.join('\n'));
  if (kinds.size) {
    console.log('\n| failures | kind | gold | found |\n|---|---|---|---|');
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`| ${n} | ${k.split('\t').join(' | ')} |`);
  }
}

// Run as a script, not when a test imports the reader.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
