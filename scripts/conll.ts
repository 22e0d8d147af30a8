// Reads a CoNLL-2003-format file (IOB1, IOB2 or IOBES tags in the last column) into documents of sentences,
// each written back as text with the tagger's tokens and their gold tags (BIO2). Used by training and eval:people.
import { readFileSync } from 'node:fs';
import { tagTokens, type TagToken } from '../src/people/tagger.js';

export interface GoldSentence {
  text: string;
  toks: TagToken[];
  /** BIO2 tag per tagger token. */
  tags: string[];
  /** Gold entities as character spans in text. */
  spans: { type: string; start: number; end: number }[];
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'re|'ve|'d|'ll|'m|n't)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins CoNLL tokens as a wire story writes them, and returns the text with each token's offsets. */
function join(tokens: string[]): { text: string; offsets: [number, number][] } {
  let text = '';
  const offsets: [number, number][] = [];
  let quoteOpen = false;
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1];
    let space = i > 0 && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(prev!);
    if (tok === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += ' ';
    offsets.push([text.length, text.length + tok.length]);
    text += tok;
  });
  return { text, offsets };
}

/** Entities of one sentence as [type, first token, last token], whatever the tagging scheme. */
function entities(tags: string[]): [string, number, number][] {
  const out: [string, number, number][] = [];
  let cur: [string, number, number] | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') return void (cur = null);
    const [bio, type] = [tag[0]!, tag.slice(2)];
    if (bio === 'B' || bio === 'S' || !cur || cur[0] !== type) out.push((cur = [type, i, i]));
    else cur[2] = i;
    if (bio === 'E' || bio === 'S') cur = null;
  });
  return out;
}

function sentence(rows: [string, string][]): GoldSentence {
  const { text, offsets } = join(rows.map((r) => r[0]));
  const spans = entities(rows.map((r) => r[1])).map(([type, a, b]) => ({
    type,
    start: offsets[a]![0],
    end: offsets[b]![1],
  }));
  const toks = tagTokens(text);
  const tags = toks.map((t) => {
    const e = spans.find((s) => t.start >= s.start && t.end <= s.end);
    if (!e) return 'O';
    return `${t.start === e.start ? 'B' : 'I'}-${e.type}`;
  });
  return { text, toks, tags, spans };
}

/** Documents (split at -DOCSTART-) of sentences. */
export function readConll(path: string): GoldSentence[][] {
  const docs: GoldSentence[][] = [];
  let doc: GoldSentence[] = [];
  let rows: [string, string][] = [];
  const endSentence = () => {
    if (rows.length) doc.push(sentence(rows));
    rows = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f[0] === '-DOCSTART-') endDoc();
    else if (!f[0]) endSentence();
    else rows.push([f[0], f[f.length - 1]!]);
  }
  endDoc();
  return docs;
}
