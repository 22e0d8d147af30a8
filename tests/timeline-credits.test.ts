// Credit lines never become timeline events, from the files a moderator drops to the /timeline reply: desk credits
// ("Reporting by …; Editing by …", "(Additional reporting by …)", "Compiled by …"), photo credits ("Photo taken on
// <date>. REUTERS/…", a caption's "(Photo: …)") in plain text and HTML, while the story's own sentences are events.
import { describe, expect, it } from 'vitest';
import { answered, builtEngine } from './helpers.js';

const CREDIT = /reporting by|editing by|writing by|compiled by|photo taken|REUTERS\/|\(photo:|getty images/i;

const wire = (credits: string) => `Port workers end strike after pay deal
 date 2025-05-22

LONDON, May 21 (Reuters) - Dock workers at the city's container port returned to work on Wednesday after their union accepted a two-year pay deal, ending a strike that began on May 12.

Exporters said on Monday that the stoppage had cost them millions of dollars a day.

${credits}
`;

const CREDITS = [
  '(Reporting by Jane Roe in London on April 19; Editing by John Doe on April 20)',
  '(Additional reporting by Ana Ruiz in Madrid on April 18, 2025)',
  'Compiled by the Paris newsroom on April 17, 2025; Writing by Sami Aziz',
  'Photo taken on April 16, 2025. REUTERS/Bart de Vries',
].join('\n\n');

const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes from June</title>
<link rel="canonical" href="https://www.harbourcourier.com/news/ferry-timetable">
<meta property="og:site_name" content="The Harbour Courier">
<meta property="article:published_time" content="2025-05-23T09:00:00Z"></head>
<body><article><h1>Ferry timetable changes from June</h1>
<figure><img src="/img/ferry.jpg" alt=""><figcaption>The morning ferry leaves the harbour on April 15, 2025. (Photo: Jane Roe/Getty Images)</figcaption></figure>
<p>The island's ferry operator said on Thursday it would add two evening crossings from June 2, after months of complaints from commuters about the last boat leaving at six.</p>
<p>The council approved the new timetable at a meeting on May 14, and the operator said fares would not change this year.</p>
<p>Passenger numbers rose by a fifth last summer, according to the operator's annual report, published in March.</p>
<p>(Additional reporting by Ana Ruiz on April 13, 2025; Editing by Ken Lowe)</p>
</article></body></html>
`;

async function timeline(files: Record<string, string>) {
  const engine = await builtEngine(files);
  return (await answered(engine, '/timeline from:2025-01-01 to:2025-12-31')).events;
}

describe('credit lines on the timeline of a built corpus', () => {
  it('are never events, in a wire story or an HTML page; the stories’ own sentences are', async () => {
    const events = await timeline({ 'wire.txt': wire(CREDITS), 'page.html': page });
    for (const e of events) expect(e.text).not.toMatch(CREDIT);
    const dates = events.map((e) => e.date);
    // The dates only the credit lines print are on no event.
    for (const d of ['2025-04-13', '2025-04-15', '2025-04-16', '2025-04-17', '2025-04-18', '2025-04-19', '2025-04-20'])
      expect(dates).not.toContain(d);
    // The stories are on the timeline: the strike's start, the council's vote, the new crossings.
    expect(dates).toEqual(expect.arrayContaining(['2025-05-12', '2025-05-14', '2025-06-02']));
  });

  it('are events when the same words are a sentence of the story, not a credit', async () => {
    const told = wire('Jane Roe, a union official, said the ballot closed on April 19 after a week of voting.');
    const dates = (await timeline({ 'wire.txt': told })).map((e) => e.date);
    expect(dates).toContain('2025-04-19');
  });
});
