// News agencies (wires) as pages credit them: "(Reuters) -", "(AP) —", "SOURCE: AA", "— Agencies", a "Reuter"
// sign-off. A closed class, like month names: the few agencies whose copy the world's outlets carry.

const WIRES: [RegExp, string][] = [
  [/^reuters?$/i, 'Reuters'],
  [/^(?:ap|associated press)$/i, 'AP'],
  [/^(?:afp|agence france[- ]presse)$/i, 'AFP'],
  [/^(?:upi|united press international)$/i, 'UPI'],
  [/^(?:aa|anadolu(?: agency| ajansı)?)$/i, 'Anadolu Agency'],
  [/^(?:dpa|deutsche presse-agentur)$/i, 'dpa'],
  [
    /^(?:efe|ansa|kyodo|yonhap|xinhua|tass|ria novosti|interfax|bernama|wam|spa|irna|isna|tasnim|mena|qna|kuna|pti|ians|ani|app|bss|unb|nna|apa|kna|anp|belga|ctk|pap|tanjug|ukrinform|antara|pna|vna|bloomberg)$/i,
    '',
  ],
  [/^(?:agencies|wire services|news agencies|agences|agences de presse)$/i, 'Agencies'],
  // Arabic, as pages print the agencies' names (hamza seats and "agency" folded first, arabicFold).
  [/^(?:رويترز|رويتر)$/u, 'Reuters'],
  [/^(?:ا ف ب|اف ب|ا\.ف\.ب|فرانس برس|فرانس بريس|الفرنسية|الصحافة الفرنسية|الانباء الفرنسية)$/u, 'AFP'],
  [/^(?:اسوشيتد برس|اسوشيتدبرس|ا ب|اب)$/u, 'AP'],
  [/^(?:الاناضول|اناضول)$/u, 'Anadolu Agency'],
  [/^(?:د ب ا|الالمانية)$/u, 'dpa'],
  [/^(?:شينخوا|شينحوا)$/u, 'Xinhua'],
  [/^(?:وام)$/u, 'WAM'],
  [/^(?:واس)$/u, 'SPA'],
  [/^(?:قنا)$/u, 'QNA'],
  [/^(?:كونا)$/u, 'KUNA'],
  [/^(?:سانا)$/u, 'SANA'],
  [/^(?:بترا)$/u, 'Petra'],
  [/^(?:الوكالات|وكالات|وكالات الانباء)$/u, 'Agencies'],
];

/**
 * Arabic as agencies' names are matched: hamza seats and madda as bare alif, vowel signs and tatweel dropped,
 * "agency" before the name ("وكالة الأناضول", "وكالة الصحافة الفرنسية") left off.
 */
function arabicFold(t: string): string {
  return t
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/^(?:ال)?وكالة\s+(?!الانباء$)/u, '')
    .replace(/^انباء\s+/u, '')
    .trim();
}

/** The agency's usual name when `text` names a wire, else null. */
export function wireName(text: string | null | undefined): string | null {
  const t = text
    ?.trim()
    .replace(/^the\s+/i, '')
    .replace(/[.\s]+$/u, '');
  if (!t) return null;
  if (/[\u0600-\u06ff]/u.test(t)) {
    const folded = arabicFold(t);
    return WIRES.find(([re, name]) => name && re.test(folded))?.[1] ?? null;
  }
  for (const [re, name] of WIRES) {
    if (!re.test(t)) continue;
    if (name) return name;
    // Acronyms as printed in capitals, names with a capital: "XINHUA" and "Xinhua" are one agency.
    return t.length <= 5 ? t.toUpperCase() : t[0]!.toUpperCase() + t.slice(1).toLowerCase();
  }
  return null;
}

/**
 * What a wire's transmission leaves after its sign-off: an ellipsis, the desk's time and initials ("11:43/VB"), a
 * slug of letters or a figure ("REUTER E", "REUTER TAW", "Reuter4").
 */
// (Each piece is taken whole, a run of dots or figures one way only: split any way, a long dotted table line tried
// against the end took minutes.)
const TRANSMISSION =
  /(?:\s*(?:\.{2,}(?!\.)|…|\d{1,2}(?::\d{2})?(?:\/\p{Lu}{1,4})?(?![\d:/])|(?<=\s)\p{Lu}{1,3}(?!\p{Lu})))+\s*$/u;

/** Wires whose one-word names are long enough that a letter more or less cannot make another word. */
const LONG_NAMES = ['reuter', 'reuters', 'xinhua', 'yonhap', 'interfax', 'bernama', 'anadolu', 'bloomberg'];

/** Whether `a` is `b` with one letter dropped or one added. */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** A sign-off keyed with a letter dropped or added, in capitals as wires print it: "REUTE", "REUITER", "RUTER". */
function misspeltSignOff(line: string): string | null {
  const t = line.trim();
  if (!/^\p{Lu}{5,12}$/u.test(t)) return null;
  const name = LONG_NAMES.find((n) => oneLetterApart(t.toLowerCase(), n));
  return name ? wireName(name) : null;
}

/**
 * A line that is only a wire credit or sign-off: "Reuter", "— Agencies", "(AP)", "With inputs from AFP", "(With AFP)",
 * "avec AFP", "SOURCE: Anadolu", "المصدر: رويترز", "REUTER...".
 */
export function wireSignOff(line: string): string | null {
  const re =
    /^[\s(–—-]*(?:(?:with )?(?:inputs|reporting|additional reporting) from\s+|(?:with|avec|mit|con|com|مع)\s+|(?:source|sources|المصدر)\s*:\s*)?([\p{L}\p{M} .-]{2,30}?)[\s)]*$/iu;
  for (const text of [line, line.replace(TRANSMISSION, '')]) {
    const wire = wireName(re.exec(text)?.[1]);
    if (wire) return wire;
  }
  return misspeltSignOff(line);
}

/** A sign-off run on after the last sentence, and where it starts: "… the sources said. REUTER", "… said. reuter...". */
export function trailingWireAt(line: string): { wire: string; at: number } | null {
  for (const text of [line, line.replace(TRANSMISSION, '')]) {
    // After a sentence's end; after a figure or a ticker ("0.1 mln REUTER", "<NTNN.AS> REUTER") only in capitals,
    // as sign-offs print them, never a name ending a sentence ("… according to Reuters").
    const m = /([.!?)\]"”])\s+(\p{Lu}{2,12}|[Rr]euters?)\s*$/u.exec(text) ?? /([\d>])\s+(\p{Lu}{2,12})\s*$/u.exec(text);
    const wire = m ? wireName(m[2]) : null;
    if (wire) return { wire, at: m!.index + m![1]!.length };
  }
  return null;
}

/** The last word of a line when it is a wire's name in capitals, and where it starts: "… 0.1 mln REUTER". */
export function capitalWireAtEnd(line: string): { wire: string; at: number } | null {
  const m = /\s(\p{Lu}{2,12})\s*$/u.exec(line.replace(TRANSMISSION, ''));
  const wire = m ? wireName(m[1]) : null;
  return wire ? { wire, at: m!.index } : null;
}

/** A city in capitals, or in a script without letter case, then the agency in brackets and a dash. */
const OPENING_CREDIT = /^\s*[\p{Lu}\p{Lo}][\p{L}\p{M} ,.'’-]{1,60}?\s*\(([^)]{2,30})\)\s*(?:--|—|–|-|_|:)/u;

/** A wire named where the story opens: "KABUL (Reuters) -", "WASHINGTON, June 3 (AP) —", "القاهرة (الأناضول) -". */
export function openingWire(text: string): string | null {
  const m = OPENING_CREDIT.exec(text.slice(0, 200));
  return m ? wireName(m[1]) : null;
}

/** What a byline opens with before its writers' names: "By", "Par", "Von", "Por". */
const BY = /^\(?(?:by|par|von|por|di|door|بقلم)\s+/iu;

/**
 * The agency a byline credits: after its writers ("By Jane Roe and John Doe, Associated Press", "By Jane Roe |
 * AFP"), in brackets after them ("Par Jeanne Martin (avec AFP)"), or as the writer itself ("By Reuters").
 */
export function bylineWire(byline: string): string | null {
  return wireName(
    bylineCredit(byline) ??
      creditName(
        byline
          .trim()
          .replace(/^\((.*)\)$/u, '$1')
          .replace(BY, ''),
      ),
  );
}

/**
 * What a byline credits after its writers: "Associated Press" of "By Jane Roe and John Doe, Associated Press", "AFP"
 * of "Par Jeanne Martin (avec AFP)", "CNN" of "By Jane Roe, CNN"; null when it names its writers only. A wire, an
 * outlet, a role or a place: the caller tells which.
 */
export function bylineCredit(byline: string): string | null {
  const t = byline.trim().replace(/^\((.*)\)$/u, '$1');
  const bracket = /\(([^()]{2,40})\)\s*$/u.exec(t);
  const parts = t.split(/\s*(?:[,|·•;]|\s[–—-]\s)\s*/u);
  const tail = bracket ? bracket[1]! : parts.length > 1 ? parts[parts.length - 1]! : null;
  return tail === null ? null : creditName(tail);
}

/** A credit without its joining word or its staff: "with AFP" and "AFP journalists" are AFP, "Reuters Staff" Reuters. */
function creditName(credit: string): string | null {
  return (
    credit
      .replace(/^(?:with|avec|mit|con|com|via|and|et|مع)\s+/iu, '')
      .replace(/\s+(?:staff(?: writers?| reporters?)?|reporters?|journalists?|news ?desk|desk)$/iu, '')
      .trim() || null
  );
}

/**
 * An outlet and the wire it carries, on a line of their own: "Le Monde avec AFP", "Par Le Figaro avec AFP", "The
 * Valley Times with AP", "الجزيرة + وكالات"; or a place and the wire, as Arabic sites print a dateline on its own
 * line ("القاهرة - رويترز", "دبي - (رويترز)"), where the place is never the outlet.
 */
export function outletWithWire(line: string): { outlet: string | null; wire: string } | null {
  const t = line.trim().replace(BY, '');
  if (t.split(/\s+/).length > 8) return null;
  const joined = /^(.{2,50}?)\s+(?:avec|with|and|et|\+|و|مع)\s+(.{2,40})$/iu.exec(t);
  if (joined) {
    const wire = wireName(joined[2]!.replace(/^\((.*)\)$/u, '$1'));
    return wire && !wireName(joined[1]) ? { outlet: joined[1]!.trim(), wire } : null;
  }
  const dashed = /^(.{2,40}?)\s+[–—-]{1,2}\s+\(?([^()]{2,40}?)\)?$/u.exec(t);
  const wire = dashed ? wireName(dashed[2]) : null;
  return wire ? { outlet: null, wire } : null;
}

/** The publisher as shown: the outlet, and the wire it carries when both are known ("Dawn (via Reuters)"). */
export function withWire(outlet: string | null, wire: string | null): string | null {
  if (!wire) return outlet;
  // An outlet that is itself a wire is the wire.
  if (!outlet || wireName(outlet)) return wire;
  if (outlet.toLowerCase().includes(wire.toLowerCase())) return outlet;
  return `${outlet} (via ${wire})`;
}
