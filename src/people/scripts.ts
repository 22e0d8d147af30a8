// Names in other scripts (Arabic, Persian, Russian, Chinese…): a native name the article also gives in Latin
// letters, and a native name written after a role word of its language. Simple patterns, precision first.

/** A name in another script: the Latin spelling the text gives beside it, or the role written before it. */
interface ScriptName {
  native: string;
  latin: string | null;
  role: string | null;
}

/** Letters of scripts other than Latin whose names news gives beside a Latin spelling. */
const NATIVE =
  '[\\p{Script=Arabic}\\p{Script=Cyrillic}\\p{Script=Han}\\p{Script=Hebrew}\\p{Script=Greek}\\p{Script=Devanagari}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Georgian}\\p{Script=Armenian}\\p{M}]';
const NATIVE_WORD = `${NATIVE}+(?:[-‐]${NATIVE}+)*`;
const NATIVE_NAME = `${NATIVE_WORD}(?:[ \\u200c]${NATIVE_WORD}){0,4}`;
/** A Latin name: capitalised words, with small particles ("al-", "bin", "de") between or glued to them. */
const LATIN_WORD = "(?:(?:al|el|bin|ibn|de|van|von|da|di|du|le|la)[- ])?\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)*";
const LATIN_NAME = `${LATIN_WORD}(?: (?:(?:bin|ibn|bint|de|del|van|von|da|di|al|el)\\s)?${LATIN_WORD}){1,4}`;

/** "محمد شياع السوداني (Mohammed Shia al-Sudani)" and "Vladimir Putin (Владимир Путин)". */
const NATIVE_THEN_LATIN = new RegExp(`(${NATIVE_NAME})\\s*[(（]\\s*(${LATIN_NAME})\\s*[)）]`, 'gu');
const LATIN_THEN_NATIVE = new RegExp(`(?<![\\p{L}-])(${LATIN_NAME})\\s*[(（]\\s*(${NATIVE_NAME})\\s*[)）]`, 'gu');

/**
 * Russian role words (nominative) before a name of two or three capitalised words, with lower-case words of the
 * role between ("министр иностранных дел Сергей Лавров").
 */
const RUSSIAN =
  /(?<![\p{L}-])((?:премьер-министр|президент|министр|глава|председатель|посол|генерал|канцлер|мэр|губернатор|спикер|пресс-секретарь|лидер)(?: \p{Ll}+){0,3}) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?![\p{L}-])/gu;

/**
 * Arabic and Persian role words, their complements written with the article ("وزير الخارجية السعودي"), then two
 * to four words of a name ended by punctuation or a word that starts what the sentence says next.
 */
const ARABIC_ROLE =
  '(?:رئيس الوزراء|رئيس الحكومة|رئيس|الرئيس|وزير|وزيرة|الوزير|السفير|اللواء|الفريق|العميد|العقيد|الشيخ|الملك|الأمير|نائب الرئيس|رئیس جمهور|رئیس|وزیر|سفیر|سردار)';
const ARABIC_STOP = '(?:إن|أن|إنه|أنه|في|على|خلال|من|إلى|عن|مع|قال|يوم|الذي|التي|و|که|در|با|از|به|را|گفت)';
const ARABIC = new RegExp(
  `(?<!\\p{L})(${ARABIC_ROLE}(?: ال\\p{L}+){0,3}) ((?!ال)(?!${ARABIC_STOP} )\\p{Script=Arabic}{2,}(?: (?!${ARABIC_STOP}(?!\\p{L}))\\p{Script=Arabic}{2,}){1,3})(?=\\s*[،,.:؛(]|\\s+${ARABIC_STOP}(?!\\p{L})|$)`,
  'gu',
);

/** The names in other scripts a sentence gives, paired with their Latin spelling or their role. */
export function otherScriptNames(s: string): ScriptName[] {
  if (!/[^\u0000-\u024f\u2000-\u206f]/u.test(s)) return [];
  const out: ScriptName[] = [];
  const paired = new Set<string>();
  const pairs = [
    ...[...s.matchAll(NATIVE_THEN_LATIN)].map((m) => [m[1]!, m[2]!]),
    ...[...s.matchAll(LATIN_THEN_NATIVE)].map((m) => [m[2]!, m[1]!]),
  ];
  for (const [wide, latin] of pairs) {
    const native = nameWords(wide!, latin!);
    if (!native) continue;
    out.push({ native, latin: latin!, role: null });
    paired.add(native);
  }
  // A role word opening the sentence is capitalised ("Президент Владимир Путин"): read as written in lower case.
  const lowered = s.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  for (const re of [RUSSIAN, ARABIC])
    for (const m of lowered.matchAll(re)) {
      const [role, native] = [m[1]!, m[2]!];
      // A name given with its Latin spelling: the role goes with that pair.
      const pair = out.find(
        (x) => x.latin && (x.native === native || x.native.endsWith(` ${native}`) || native.endsWith(x.native)),
      );
      if (pair) pair.role ??= role;
      else if (!paired.has(native)) out.push({ native, latin: null, role });
    }
  return out;
}

/**
 * The words of a native run that are the name: lower-case words of a cased script (a Russian role) are left out
 * before it, and no more words kept than the Latin spelling has ("رئيس الوزراء محمد شياع السوداني" for three
 * Latin words keeps the last three). A run of Chinese or Japanese characters longer than a name is no name.
 */
function nameWords(run: string, latin: string): string | null {
  const words = run.split(/[ \u200c]/u);
  while (words.length && /^\p{Ll}/u.test(words[0]!)) words.shift();
  const kept = words.slice(-latin.split(' ').length);
  const name = kept.join(' ');
  if (
    !name ||
    (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name) && name.replace(/\s/gu, '').length > 4)
  )
    return null;
  return name;
}
