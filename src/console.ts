// The offline console: one command or question a line on standard input, one answer per line out.
// With --json each answer is exactly one JSON object on standard output; logs go to standard error.
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { commands } from '../commands/index.js';
import { execute } from './commands.js';
import { parseLine } from './adapters/parse.js';
import { renderJson } from './adapters/json.js';
import { renderText } from './adapters/text.js';
import { failure, type Answer } from './answer.js';
import { ask } from './queries/ask.js';
import { Engine } from './engine.js';
import { loadConfig, type Config } from './config.js';
import { log, requestId } from './log.js';
import { sanitise } from './commands.js';

export const MAX_QUESTION = 500;

/** Answers one console line as the bot would in Discord. The console user is the operator, so a moderator. */
export async function answerLine(engine: Engine, line: string): Promise<Answer> {
  const parsed = parseLine(line, commands);
  const ctx = { engine, caller: { id: 'console', moderator: true } };
  const onError = (err: unknown) => {
    const id = requestId();
    log.error({ err, requestId: id, line: line.slice(0, 200) }, 'command failed');
    return id;
  };
  if (parsed.kind === 'error') return failure(parsed.command, parsed.error);
  if (parsed.kind === 'command') return execute(parsed.command, ctx, parsed.args, onError);
  const question = sanitise(parsed.text);
  if (question.length > MAX_QUESTION) return failure('ask', `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION}.`);
  if (!question) return (await import('../commands/help.js')).helpAnswer(commands);
  try {
    return ask(engine.corpus, question);
  } catch (err) {
    return failure('ask', `Something went wrong while answering (reference ${onError(err)}). Please try again.`);
  }
}

export async function runConsole(config: Config, json: boolean): Promise<void> {
  const engine = new Engine({ dir: config.CORPUS_DIR, maxFileBytes: config.MAX_FILE_MB * 1024 * 1024 });
  const report = await engine.reload();
  if (!report.ok) log.error({ error: report.error }, 'corpus failed to load');
  else log.info({ documents: report.documents, skipped: report.skipped.length, ms: report.ms }, 'corpus loaded');
  const interactive = process.stdin.isTTY && !json;
  if (interactive) process.stdout.write(`Dossier console — ${report.documents} documents. Type /help, a command, or a question. Ctrl-D to quit.\n> `);
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (!line.trim()) {
      if (interactive) process.stdout.write('> ');
      continue;
    }
    const answer = await answerLine(engine, line);
    process.stdout.write((json ? renderJson(answer) : renderText(answer) + '\n') + '\n');
    if (interactive) process.stdout.write('> ');
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  try {
    await runConsole(loadConfig(), process.argv.includes('--json'));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
