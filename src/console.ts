// The offline console: one command or question a line on standard input, one answer per line out.
// With --json each answer is exactly one JSON object on standard output; logs go to standard error.
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { renderJson } from './adapters/json.js';
import { renderText } from './adapters/text.js';
import { failure, type Answer } from './answer.js';
import { Engine } from './engine.js';
import { loadConfig, type Config } from './config.js';
import { log } from './log.js';
import { answerLine, turnOf } from './dispatch.js';
import type { Turn } from './questions/context.js';

/** Answers one console line as the bot would in Discord. The console user is the operator, so a moderator. */
export function answerConsoleLine(engine: Engine, line: string, history: Turn[] = []): Promise<Answer> {
  return answerLine(engine, line, { id: 'console', moderator: true }, history);
}

export async function runConsole(config: Config, json: boolean): Promise<void> {
  const engine = new Engine({ dir: config.CORPUS_DIR, maxFileBytes: config.MAX_FILE_MB * 1024 * 1024, snapshotPath: config.SNAPSHOT_PATH || undefined });
  const started = await engine.start();
  // The console answers from the folder as it is now, so it waits for files changed since the snapshot.
  const report = await started.caughtUp;
  if (!report.ok) log.error({ error: report.error }, 'corpus failed to load');
  else log.info({ documents: report.documents, skipped: report.skipped.length, ms: started.ms, snapshot: started.snapshot }, 'corpus loaded');
  const interactive = process.stdin.isTTY && !json;
  if (interactive) process.stdout.write(`Dossier console — ${report.documents} documents. Type /help, a command, or a question. Ctrl-D to quit.\n> `);
  const rl = createInterface({ input: process.stdin, terminal: false });
  // The session's earlier questions are the context of a follow-up ("and what did he say about India?").
  const history: Turn[] = [];
  for await (const line of rl) {
    if (!line.trim()) {
      // --json promises one object a line, an empty line included; a person at a terminal just gets the prompt.
      if (json) process.stdout.write(renderJson(failure('empty', 'An empty line: type a command such as /help, or a question.')) + '\n');
      if (interactive) process.stdout.write('> ');
      continue;
    }
    const answer = await answerConsoleLine(engine, line, history);
    const turn = turnOf(answer);
    if (turn) history.push(turn);
    if (history.length > 20) history.shift();
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
