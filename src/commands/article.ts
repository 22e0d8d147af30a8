// /article doc:<id>: one document whole, as a citation names it.
import { text, type Command } from './command.js';
import { article } from '../queries/article.js';

export default {
  data: {
    name: 'article',
    description: 'One document whole: title, date, publisher, link, language and its cleaned text',
    example: '/article doc:003_5b70376f1ebe71c1.txt#2',
    options: [
      {
        name: 'doc',
        description: 'The document id a citation shows: file.txt, or file.txt#2',
        type: 'string',
        required: true,
        maxLength: 300,
      },
    ],
    quiet: true,
  },
  parse: (values) => ({ args: { doc: text(values, 'doc')! } }),
  execute: ({ engine }, args) => article(engine.corpus, args.doc),
} satisfies Command<{ doc: string }>;
