// A caption block closed by a photo credit is chrome as a whole, however many sentences it runs to, in the shapes
// the agencies print (AP, Reuters, Getty, AFP); a story's paragraph that ends with a source credit, or names a poll
// "Reuters/Ipsos", keeps its text; a story sentence before a caption on the same line is kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { cutCaptions } from '../src/ingest/captions.js';
import { classify } from '../src/ingest/lines.js';

const page = readFileSync(join(__dirname, 'fixtures/ingest/caption-blocks.txt'), 'utf8');
const text = () => {
  const read = readDocumentsNow('caption-blocks.txt', page);
  if ('reason' in read) throw new Error(read.reason);
  expect(read.docs).toHaveLength(1);
  return read.docs[0]!.text;
};

describe('caption blocks closed by a credit', () => {
  it('cuts every caption block of the page and keeps every paragraph of the story', () => {
    const t = text();
    for (const caption of [
      'speaks during a news conference',
      'The council had been unable to agree',
      'hold placards during a protest',
      'Thousands of workers joined the march',
      'arrives for the vote',
      'Rescue workers search the rubble',
      'The regional government has declared a state of emergency',
      'A container ship waits at anchor',
      'Cranes unload a container ship',
      'Dock workers returned after nine days',
      'looks on during the vote',
      'The vote passed by 31 to 12',
      'Brenner',
      'Marren',
      'Tolland',
    ])
      expect(t, caption).not.toContain(caption);
    for (const story of [
      'Members of the regional council in Port Alder approved a revised budget',
      'The agreement raises spending on road repairs',
      'Port traffic returned to normal within a day of the vote, the harbour authority said.',
      'according to a Reuters/Ipsos poll of councillors.',
      'nine days. (Reuters)',
      "The city's auditor will review the spending plan in June, the council said on Friday.",
      'Reuters/Ipsos polling shows support for the coalition',
      'The coalition still trails the opposition',
    ])
      expect(t, story).toContain(story);
  });

  it('takes a block of four sentences as one caption when its first shows a picture with its place and day', () => {
    const lead = 'Firefighters battle a blaze at a timber yard in Lindholm, Norway, on August 2, 2024.';
    const rest = 'The fire spread to two houses. Nobody was hurt. Roads around the yard stay closed.';
    expect(cutCaptions(`${lead} ${rest} (Photo by Jane Roe / AFP)`)).toBe('');
    // Without the opening sentence nothing marks the block as a caption: only the credit goes.
    expect(cutCaptions(`${rest} (Photo by Jane Roe / AFP)`)).toBe(rest);
    // A quote stops the block: the story's words are never a caption's.
    const quoted = `"We lost everything," the owner said. ${rest}`;
    expect(cutCaptions(`${quoted} REUTERS/Jane Roe`)).toBe(quoted);
  });

  it('reads an agency written as it writes itself before the slash, and a photographer before the agency', () => {
    const caption = 'Farmers drive tractors through Lindholm, Norway, August 2, 2024. The protest lasted a day.';
    for (const credit of [
      'Reuters/Jane Roe',
      'Anadolu Agency/Jane Roe',
      'Jane Roe/Getty Images',
      'Jane Roe | Bloomberg | Getty Images',
    ])
      expect(cutCaptions(`${caption} ${credit}`), credit).toBe('');
  });

  it('keeps the story sentence a short caption line opens with when it reports someone', () => {
    const story = 'Talks resumed on Monday after a pause of two months, officials in both capitals said.';
    const [line] = classify([`${story} Ana Costa speaks in Brussels, Belgium, June 26, 2025. REUTERS/Yves Herman`]);
    expect(line!.kind).toBe('prose');
    expect(line!.text).toBe(story);
    // A caption's own second sentence reports no one: the line is a caption whole.
    const [caption] = classify([
      'Not all duvets have real feathers in them. Some are filled with down. (Photo: Getty Images)',
    ]);
    expect(caption!.kind).toBe('chrome');
  });
});
