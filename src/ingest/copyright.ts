// Copyright notices, read one way for plain text and HTML alike: "© 2025 The Valley Times. All rights reserved.",
// "Copyright (c) 2019-2025 Name", "© <span>2019</span> Name", "Copyright ⓒ Entermedia.co.kr" — the holder they name.

/** The signs and words a notice opens with; "(с)" with a Cyrillic letter, as Russian pages print it. */
const SIGN = /©|ⓒ|&copy;|&#169;|\([cс]\)|copyright/giu;
/** What stands between the sign and the name: more signs, years, "by". */
const LEAD = /^(?:\s*(?:©|ⓒ|\([cс]\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?|by\b|[-–:]))*\s*/iu;
/**
 * The name: up to a full stop that ends a sentence (a domain's dots stay: "Entermedia.co.kr"), a comma, a bar, a
 * line's end or "All rights reserved".
 */
const HOLDER = /^([^\n<>|,]{2,60}?)\s*(?:\.(?:\s|$)|[\n<>|,]|all rights? reserved|$)/iu;

/** The holders a text's copyright notices name, in order; markup between the sign and the name skipped. */
export function copyrightHolders(text: string, max = 50): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SIGN)) {
    if (out.length >= max) break;
    // A sign right after another ("Copyright © 2019") is the same notice.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:©|ⓒ|&copy;|&#169;|\([cс]\)|copyright)[\s\d–-]*$/iu.test(before)) continue;
    const after = text
      .slice(m.index + m[0].length, m.index + 400)
      .replace(/<[^>]*>/g, ' ')
      .replace(/[^\S\n]+/g, ' ');
    const holder = HOLDER.exec(after.replace(LEAD, ''));
    const name = holder?.[1]!.trim();
    // A name with letters, never the inside of a tag ('name="copyright" content="…"').
    if (name && /\p{L}/u.test(name) && !/^["=]|="/u.test(name)) out.push(name);
  }
  return out;
}

/** The holder a line that is a copyright notice names: "© 2025 The Valley Times. All rights reserved." */
export function noticeHolder(line: string): string | null {
  const t = line.trim();
  if (!/^(?:copyright\s*)?(?:©|ⓒ|\([cс]\))/iu.test(t)) return null;
  return copyrightHolders(t, 1)[0] ?? null;
}
