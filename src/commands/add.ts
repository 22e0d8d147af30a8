// /add: moderators attach up to ten articles; each is checked and stored in the corpus folder, then a reload.
import { text, type Command, type CommandOption } from './command.js';
import { addFiles, type Incoming } from '../corpus/add.js';
import { reloadAnswer } from '../queries/reload.js';
import { log } from '../log.js';
import { READERS } from '../ingest/readers/index.js';

const MAX_FILES = 10;

const options: CommandOption[] = Array.from({ length: MAX_FILES }, (_, k) => ({
  name: `file${k + 1}`,
  description: k === 0 ? `An article: ${READERS.map((r) => r.name).join(', ')}` : 'Another article',
  type: 'attachment' as const,
  required: k === 0,
}));

/** The attachment's bytes, read no further than the size limit; its name from its URL. */
async function download(url: string, maxBytes: number): Promise<Incoming | { name: string; reason: string }> {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'attachment';
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'error' });
    if (!res.ok || !res.body) return { name, reason: `could not be downloaded (HTTP ${res.status})` };
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      // One byte over the limit is enough to refuse it: the rest is never read.
      if (size > maxBytes + 1) break;
      chunks.push(Buffer.from(chunk));
    }
    return { name, bytes: Buffer.concat(chunks) };
  } catch (err) {
    return {
      name,
      reason: `could not be downloaded (${(err as Error).name === 'TimeoutError' ? 'timed out' : 'network error'})`,
    };
  }
}

export default {
  data: {
    name: 'add',
    description: 'Add up to ten articles to the corpus as attachments, then reload (moderators)',
    example: '/add file1:<attach a file>',
    options,
    moderatorOnly: true,
  },
  // The attachments' download addresses, in the order of the options.
  parse: (values) => ({
    args: { urls: options.map((o) => text(values, o.name)).filter((u): u is string => u !== undefined) },
  }),
  execute: async ({ engine, caller }, { urls }) => {
    const max = engine.options.maxFileBytes;
    const got = await Promise.all(urls.map((u) => download(u, max)));
    const result = await addFiles(
      engine.options.dir,
      got.filter((g): g is Incoming => 'bytes' in g),
      max,
    );
    result.refused.unshift(...got.filter((g): g is { name: string; reason: string } => 'reason' in g));
    log.info({ moderator: caller.id, added: result.added, refused: result.refused }, 'files added to the corpus');
    const answer = reloadAnswer(await engine.reload());
    answer.command = 'add';
    answer.title = result.added.length
      ? `Added ${result.added.length} file${result.added.length === 1 ? '' : 's'}`
      : 'Nothing added';
    answer.items.unshift(
      ...result.refused.map((r) => ({ heading: `Refused: ${r.name}`, text: r.reason, citations: [] })),
    );
    answer.data = { ...answer.data, stored: result.added, refused: result.refused, moderator: caller.id };
    return answer;
  },
} satisfies Command<{ urls: string[] }>;
