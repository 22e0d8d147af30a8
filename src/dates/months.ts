// Month names in the languages the corpus is likely to carry, for date lines chrono does not read.
const NAMES: Record<string, number> = {};
const LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  'januar februar marz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik',
  'janv fevr mars avr mai juin juil aout sept oct nov dec',
  'jan feb marz apr mai jun jul aug sep okt nov dez',
  'maerz',
  'ene feb mar abr may jun jul ago sep oct nov dic',
  'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
  'jan fev mar abr mai jun jul ago set out nov dez',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'gen feb mar apr mag giu lug ago set ott nov dic',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'jan feb mrt apr mei jun jul aug sep okt nov dec',
  // Arabic, as Egypt and the Gulf name the months (with Egyptian spellings), as the Maghreb does (Algeria and
  // Tunisia, then Morocco), and the Levantine and Iraqi names; hamza and madda are dropped by the key.
  'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
  '_ _ _ _ _ يونيه يوليه',
  'جانفي فيفري مارس افريل ماي جوان جويلية اوت سبتمبر اكتوبر نوفمبر ديسمبر',
  '_ _ _ _ _ _ يوليوز غشت شتنبر _ نونبر دجنبر',
  'كانون_الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين_الاول تشرين_الثاني كانون_الاول',
];
for (const list of LISTS)
  list.split(' ').forEach((name, i) => name !== '_' && (NAMES[name.replace('_', ' ')] ??= i + 1));
NAMES.sept = 9;

/** Month number for a (possibly abbreviated, accented) month name, or undefined. */
export function monthNumber(name: string): number | undefined {
  // Marks (accents, Arabic hamza, madda and vowel signs) and the tatweel dropped; two-word names by one space.
  const key = name
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ');
  return NAMES[key];
}

export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** A month's short form as English writes it, capitalised (May has none): "Jan", "Sept", "Dec". */
export const SHORT_MONTHS = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';

/** A month as English writes it, capitalised: the full name, or the short form with its full stop if any. */
export const CAPITALISED_MONTH = `(?:January|February|March|April|May|June|July|August|September|October|November|December|${SHORT_MONTHS}\\.?)`;

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
