// Language of a text, as a two-letter code where one exists.
import { franc } from 'franc-min';

const TWO: Record<string, string> = {
  eng: 'en', pes: 'fa', fas: 'fa', prs: 'fa', urd: 'ur', tur: 'tr', arb: 'ar', ara: 'ar', deu: 'de', fra: 'fr', spa: 'es',
  por: 'pt', ita: 'it', rus: 'ru', ukr: 'uk', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn', pbu: 'ps', nld: 'nl',
  pol: 'pl', ind: 'id', zlm: 'ms', swh: 'sw', uzn: 'uz', kaz: 'kk', tgk: 'tg', vie: 'vi', tha: 'th', hau: 'ha',
};

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  // franc-min misreads Persian and Urdu as Arabic often enough; the letters that only they use settle it.
  const code = franc(sample, { minLength: 20 });
  if (code === 'arb' || code === 'und') {
    if (/[\u06af\u067e\u0686\u0698]/.test(sample)) return /[\u0679\u0688\u0691\u06ba\u06d2]/.test(sample) ? 'ur' : 'fa';
  }
  if (code === 'und') return 'und';
  return TWO[code] ?? code;
}
