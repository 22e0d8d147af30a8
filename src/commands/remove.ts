// /remove doc:<id>: moderators take an article's file out of the corpus (into the trash beside it), then reload.
import { text, type Command } from './command.js';
import { failure } from '../answer.js';
import { moveToTrash } from '../corpus/trash.js';
import { reloadAnswer } from '../queries/reload.js';
import { log } from '../log.js';

export default {
  data: {
    name: 'remove',
    description: 'Move an article’s file to the trash beside the corpus and reload (moderators)',
    example: '/remove doc:004_a35ab58e4f30d57d.txt',
    options: [
      {
        name: 'doc',
        description: 'The document id a citation shows: file.txt, or file.txt#2',
        type: 'string',
        required: true,
        maxLength: 300,
      },
    ],
    moderatorOnly: true,
  },
  parse: (values) => ({ args: { doc: text(values, 'doc')! } }),
  execute: async ({ engine, caller }, args) => {
    const id = args.doc;
    const corpus = engine.corpus;
    const at = corpus.byId.get(id);
    // An article, or a file by its name; a file holding several articles goes whole.
    const file = at !== undefined ? corpus.docs[at]!.file : corpus.files.has(id) ? id : null;
    if (!file) return failure('remove', `No document or file “${id}” in the corpus.`);
    const articles = corpus.docs.filter((d) => d.file === file).length;
    let to: string;
    try {
      to = await moveToTrash(engine.options.dir, file);
    } catch (err) {
      log.warn({ moderator: caller.id, file, err: (err as Error).message }, 'remove failed');
      return failure(
        'remove',
        `Could not move ${file} to the trash (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
      );
    }
    log.info({ moderator: caller.id, file, to, articles }, 'file removed from the corpus');
    const answer = reloadAnswer(await engine.reload());
    answer.command = 'remove';
    answer.title = `Removed ${file}${articles > 1 ? ` (${articles} articles)` : ''}`;
    answer.data = { ...answer.data, file, trashed: to, moderator: caller.id };
    return answer;
  },
} satisfies Command<{ doc: string }>;
