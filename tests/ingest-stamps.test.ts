// Publication stamps in French, Spanish, German, Portuguese, Italian and Arabic (src/ingest/stamps.ts, lines.ts):
// a date line with both dates and their times is read, a stamp with no date is never a title or a passage.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../src/ingest/lines.js';
import { isForeignStamp } from '../src/ingest/stamps.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';

const docsOf = (name: string) => {
  const r = readDocumentsNow(name, readFileSync(join(import.meta.dirname, 'fixtures', 'ingest', name), 'utf8'));
  if ('reason' in r) throw new Error(r.reason);
  return r.docs;
};

describe('stamps in other languages', () => {
  it('knows how long ago, today or yesterday at a time, and a time under its label', () => {
    for (const t of [
      'il y a 2 heures',
      'Il y a une heure',
      'Mis à jour il y a 5 min',
      'hace 3 horas',
      'Actualizado hace una hora',
      'vor 2 Stunden',
      'vor einer Stunde',
      'há 2 horas',
      'Atualizado há 5 minutos',
      '2 ore fa',
      'Aggiornato 2 ore fa',
      'منذ ساعتين',
      'منذ ٣ ساعات',
      'آخر تحديث منذ ساعتين',
      'قبل 5 دقائق',
      'Aujourd’hui à 14h05',
      'Hier à 9h12',
      'Hoy, 14:05',
      'Heute, 14:05 Uhr',
      'Gestern 09.12 Uhr',
      'Hoje às 14h05',
      'Oggi alle 14:05',
      'اليوم ١٤:٠٥',
      'Mis à jour à 14h05',
      'Aktualisiert um 09:12 Uhr',
      '14h05',
    ])
      expect(isForeignStamp(t), t).toBe(true);
    for (const t of [
      'Hier ist die Lösung',
      'Vor dem Rathaus',
      'Hace frío en Madrid',
      'Oggi 14 arresti',
      '2.15',
      '1.50 dlrs',
      'Il y a des raisons',
      'Vor 2 Wochen kam er zurück nach Hause',
    ])
      expect(isForeignStamp(t), t).toBe(false);
    expect(classify(['vor 2 Stunden', 'Heute, 14:05 Uhr']).map((l) => l.kind)).toEqual(['stamp', 'stamp']);
  });
  it('reads a line that gives the published and the updated date, each with its time', () => {
    const lines = classify([
      'Publié le 03/03/2025 à 14h05, mis à jour le 04/03/2025 à 09h12',
      'Publié le lundi 3 mars 2025 à 14h05 - Mis à jour le 3 mars 2025 à 16h40',
      'Actualizado el 03/03/2025 14:05 h',
    ]);
    expect(lines.map((l) => [l.kind, l.dateLine?.date])).toEqual([
      ['date', '2025-03-03'],
      ['date', '2025-03-03'],
      ['date', '2025-03-03'],
    ]);
  });
});

describe('a page stamped in French or Arabic', () => {
  it('gets its headline and date, and no stamp as a title or passage', () => {
    const [fr] = docsOf('stamps-fr.txt');
    expect(fr).toMatchObject({
      title: 'La grève du port prend fin après un accord sur les salaires',
      date: '2025-03-03',
    });
    const [ar] = docsOf('stamps-ar.txt');
    expect(ar).toMatchObject({ title: 'انتهاء إضراب الميناء بعد اتفاق على مراجعة الأجور', date: '2025-03-04' });
    for (const [doc, stamps] of [
      [fr!, ['Il y a 2 heures', "Aujourd'hui", 'Publié']],
      [ar!, ['منذ ساعتين', 'اليوم']],
    ] as const)
      for (const s of stamps) {
        expect(doc.text, s).not.toContain(s);
        expect(
          doc.passages.some((p) => p.text.includes(s)),
          s,
        ).toBe(false);
      }
  });
});
