// Month names in the languages the corpus is likely to carry, for date lines chrono does not read.
const NAMES: Record<string, number> = {};
const LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  'januar februar marz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik',
];
for (const list of LISTS) list.split(' ').forEach((name, i) => (NAMES[name] ??= i + 1));
NAMES.sept = 9;

/** Month number for a (possibly abbreviated, accented) month name, or undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
  return NAMES[key];
}

export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
