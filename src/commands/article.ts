// /article doc:<id>: one document whole, as a citation names it.
import type { Command } from '../src/commands.js';
import { article } from '../src/queries/article.js';

export default {
  name: 'article',
  description: 'One document whole: title, date, publisher, link, language and its cleaned text',
  example: '/article doc:003_5b70376f1ebe71c1.txt#2',
  options: [{ name: 'doc', description: 'The document id a citation shows: file.txt, or file.txt#2', type: 'string', required: true, maxLength: 300 }],
  quiet: true,
  run: ({ engine }, args) => article(engine.corpus, String(args.doc)),
} satisfies Command;
