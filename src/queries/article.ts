// /article: one document whole — its title, date, publisher, address, language and cleaned text — so that a
// reader can open what a citation points to.
import type { Answer, AnswerItem } from '../answer.js';
import { failure } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';

/** Text in pieces that fit a Discord field, cut between paragraphs, else between sentences, else between words. */
const PIECE = 1000;

function pieces(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let rest = para.trim();
    while (rest.length > PIECE) {
      const window = rest.slice(0, PIECE);
      const cut = Math.max(window.lastIndexOf('. ') + 1, 0) || window.lastIndexOf(' ') || PIECE;
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    if (rest) out.push(rest);
  }
  return out;
}

export function article(corpus: CorpusState, id: string): Answer {
  const wanted = id.trim();
  let at = corpus.byId.get(wanted);
  if (at === undefined) {
    // A file that holds several articles names none of them alone.
    const parts = corpus.docs.filter((d) => d.file === wanted);
    if (parts.length > 1) {
      return failure(
        'article',
        `${wanted} holds ${parts.length} articles: ask for one of them, \`${parts[0]!.doc}\` to \`${parts[parts.length - 1]!.doc}\`.`,
      );
    }
    if (parts.length === 1) at = corpus.byId.get(parts[0]!.doc);
  }
  const d = at === undefined ? undefined : corpus.docs[at];
  if (!d) {
    const skipped = corpus.skipped.find((s) => s.file === wanted || s.file === wanted.replace(/#\d+$/, ''));
    if (skipped) return failure('article', `${skipped.file} is not indexed: ${skipped.reason}.`);
    return failure(
      'article',
      `No document “${wanted}”. Use an id a citation shows, such as \`file.txt\` or \`file.txt#2\` for the second article of a file.`,
    );
  }
  const meta = [d.date ?? 'undated', d.source ?? 'unknown publisher', `language ${d.lang}`, d.doc];
  const items: AnswerItem[] = pieces(d.text).map((text) => ({ text, citations: [] }));
  return {
    command: 'article',
    title: d.title,
    summary: [meta.join(' · '), d.url].filter(Boolean).join('\n'),
    items,
    data: {
      document: {
        doc: d.doc,
        title: d.title,
        date: d.date,
        source: d.source,
        url: d.url ?? null,
        language: d.lang,
        text: d.text,
      },
    },
  };
}
