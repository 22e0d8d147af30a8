// The people directory as a corpus part: mentions found per article at ingestion (kept packed), a directory built
// or extended from them, its registry of names carried inside it for the next extension.
import type { Document } from '../../types.js';
import type { CorpusPart } from '../part.js';
import { passageSlices } from '../part.js';
import { extractMentions, type Mention } from '../../people/extract.js';
import { packMentions, packPeople, unpackMentions, unpackPeople } from '../../people/packed.js';
import { buildPeople, extendPeople, prepareRegistry, type MentionsOf } from '../../people/build.js';
import type { PeopleDirectory } from '../../people/directory.js';

/** The mentions of each article, unpacked when a people build reads them. */
function mentionsOf(docs: Document[], packed: string[]): MentionsOf {
  return (doc) => unpackMentions(docs[doc]!, packed[doc]!);
}

/**
 * Passages of an article read in one pass: what one paragraph shows holds for the others (a senator's full name
 * early makes a late "Tarrant spokesman Bill Moss" the senator's spokesman, no firm's; a firm's legal name early makes
 * its short name late no person), so an article is read whole, up to far beyond any news article's length.
 */
const ARTICLE_PASSAGES = 256;

/** How the people part's extensions went: carried on, or built whole (a new publisher's name was a person's). */
export const peopleExtensions = { extended: 0, rebuilt: 0 };

export const peoplePart: CorpusPart<PeopleDirectory, string, 'people'> = {
  name: 'people',
  version: 4,
  *extract(doc) {
    const found: Mention[] = [];
    for (const slice of passageSlices(doc, ARTICLE_PASSAGES)) {
      found.push(...extractMentions(slice));
      yield;
    }
    return packMentions(doc, found);
  },
  build: (docs, packed, p) => buildPeople(docs, mentionsOf(docs, packed), p),
  async extend(previous, docs, packed, from, p) {
    const mentions = mentionsOf(docs, packed);
    const extended = await extendPeople(previous, docs, mentions, from, p);
    if (extended) peopleExtensions.extended++;
    else peopleExtensions.rebuilt++;
    return extended ?? buildPeople(docs, mentions, p);
  },
  prepare: (dir, docs, packed, p) => prepareRegistry(dir, docs, mentionsOf(docs, packed), p),
  save: (dir, docs) => ({ count: dir.people.length, rows: (from, to) => packPeople(dir.people.slice(from, to), docs) }),
  load: ({ rows }, docs) => unpackPeople(rows, docs),
};
