// Time stamps that news pages print in French, Spanish, German, Portuguese, Italian and Arabic, where no date line
// can be read (src/dates/pubdate.ts reads those): how long ago ("il y a 2 heures", "vor 3 Stunden", "منذ ساعتين"),
// today or yesterday at a time ("Aujourd'hui à 14h05", "Heute, 14:05 Uhr", "اليوم ١٤:٠٥"), a time alone or under
// its label ("Mis à jour à 14h05", "Aktualisiert um 09:12 Uhr"). A stamp is never a title, a passage or an event.

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits as ASCII, Arabic vowel signs and tatweel dropped. */
const ascii = (t: string) =>
  t
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا');

/** "Published" and "updated" as pages label a stamp, with the particle after them ("le", "am", "el", "em", "il"). */
const LABEL = String.raw`(?:(?:publié|mis à jour|modifié|actualisé|publicado|actualizado|atualizado|modificado|veröffentlicht|aktualisiert|zuletzt aktualisiert|geändert|stand|pubblicato|aggiornato|modificato|نشر|تم النشر|اخر تحديث|تحديث|محدث)\s*(?:le|am|um|el|em|il|alle|a las|às|à|في|:)?\s*:?\s*)`;
/** A clock time as these languages print it: "14h05", "14:05", "14.05 Uhr", "9h", "2:05 م" (Arabic a.m./p.m.). */
const CLOCK = String.raw`(?:[01]?\d|2[0-3])(?:[:h][0-5]\d|h|\.[0-5]\d(?=\s*uhr))(?:\s*(?:uhr|h|hrs?|horas?|ore|ص|م|صباحا|مساء))?(?:\s*\(?(?:gmt|utc|cet|cest|mez|mesz|wet|west|ect)(?:\s*[+-]\s*\d{1,2})?\)?)?`;
/** Today and yesterday, with the particle before a time ("à", "a las", "um", "às", "alle"). */
const DAY_WORD = String.raw`(?:aujourd['’]hui|hier|hoy|ayer|heute|gestern|hoje|ontem|oggi|ieri|اليوم|امس)`;
const AT = String.raw`(?:\s*,?\s*(?:à|a las|a la|um|às|as|alle|ore|في|الساعة)?\s*)`;
/** How long ago, in each language's order: "il y a 2 heures", "hace una hora", "vor 5 Minuten", "2 ore fa", "منذ ساعتين". */
const UNIT = String.raw`(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|sekunden|minuten|stunden?|tagen?|wochen?|monaten?|secondi|minuti|ore|ora|giorni|giorno|settimane|mesi|ثوان|ثانية|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|اشهر)`;
const COUNT = String.raw`(?:\d{1,3}|une?|una?|einer?|einem|um|uma|un['’]|qualche|quelques|unos|unas|alguns|algumas|wenigen)`;
const AGO = String.raw`(?:(?:il y a|hace|vor|há|ha|منذ|قبل)\s*${COUNT}?\s*${UNIT}|${COUNT}\s*${UNIT}\s+fa|(?:منذ|قبل)\s+${UNIT})`;

const STAMP = new RegExp(String.raw`^${LABEL}?(?:${AGO}|${DAY_WORD}(?:${AT}${CLOCK})?|${CLOCK})\.?$`, 'iu');

/** Whether a line is a time stamp in one of these languages (a date line with a date is src/dates/pubdate.ts's). */
export function isForeignStamp(text: string): boolean {
  const t = ascii(text.trim()).replace(/\s+/g, ' ');
  return t.length <= 60 && STAMP.test(t);
}
