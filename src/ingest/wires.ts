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
  [/^(?:agencies|wire services|news agencies)$/i, 'Agencies'],
];

/** The agency's usual name when `text` names a wire, else null. */
export function wireName(text: string | null | undefined): string | null {
  const t = text
    ?.trim()
    .replace(/^the\s+/i, '')
    .replace(/[.\s]+$/u, '');
  if (!t) return null;
  for (const [re, name] of WIRES) {
    if (!re.test(t)) continue;
    if (name) return name;
    // Acronyms as printed in capitals, names with a capital: "XINHUA" and "Xinhua" are one agency.
    return t.length <= 5 ? t.toUpperCase() : t[0]!.toUpperCase() + t.slice(1).toLowerCase();
  }
  return null;
}

/** A line that is only a wire credit or sign-off: "Reuter", "— Agencies", "(AP)", "With inputs from AFP". */
export function wireSignOff(line: string): string | null {
  const m =
    /^[\s(–—-]*(?:(?:with )?(?:inputs|reporting|additional reporting) from\s+|source\s*:\s*)?([\p{L} .-]{2,30}?)[\s)]*$/iu.exec(
      line,
    );
  return m ? wireName(m[1]) : null;
}

/** A sign-off run on after the last sentence: "… the sources said. REUTER". */
export function trailingWire(line: string): string | null {
  const m = /[.!?)\]"”]\s+(\p{Lu}{2,12}|Reuters?)\s*$/u.exec(line);
  return m ? wireName(m[1]) : null;
}

const OPENING_CREDIT = /^\s*[\p{Lu}][\p{Lu}\p{L} ,.'’-]{1,60}?\s*\(([^)]{2,30})\)\s*(?:--|—|–|-|_|:)/u;

/** A wire named where the story opens: "KABUL (Reuters) -", "WASHINGTON, June 3 (AP) —". */
export function openingWire(text: string): string | null {
  const m = OPENING_CREDIT.exec(text.slice(0, 200));
  return m ? wireName(m[1]) : null;
}

/** The publisher as shown: the outlet, and the wire it carries when both are known ("Dawn (via Reuters)"). */
export function withWire(outlet: string | null, wire: string | null): string | null {
  if (!wire) return outlet;
  // An outlet that is itself a wire is the wire.
  if (!outlet || wireName(outlet)) return wire;
  if (outlet.toLowerCase().includes(wire.toLowerCase())) return outlet;
  return `${outlet} (via ${wire})`;
}
