// The offline console: one command or question a line on standard input, one answer per line out.
// With --json each answer is exactly one JSON object on standard output; logs go to standard error.
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { renderJson } from './adapters/json.js';
import { renderText, textStyleFor } from './adapters/text.js';
import { failure, type Answer } from './answer.js';
import { Engine } from './engine.js';
import { loadConfig, snapshotPathFor, type Config } from './config.js';
import { log } from './log.js';
import { answerLine, turnOf } from './commands/dispatch.js';
import type { Turn } from './questions/context.js';

const CONSOLE_USAGE = `
Usage: npm run console [-- --json]

The offline console on CORPUS_DIR: type a command (/who muttaqi, /source cpec, /help) or a question, one a line.
Earlier questions are the context of a follow-up ("and what did he say about India?").

  --json     one JSON object per input line on standard output, logs on standard error (for scripts and pipes)
  -h, --help this text
`;

/** Answers one console line as the bot would in Discord. The console user is the operator, so a moderator. */
export function answerConsoleLine(engine: Engine, line: string, history: Turn[] = []): Promise<Answer> {
  return answerLine(engine, line, { id: 'console', moderator: true }, history);
}

export async function runConsole(config: Config, json: boolean): Promise<void> {
  const engine = new Engine({ dir: config.CORPUS_DIR, maxFileBytes: config.MAX_FILE_MB * 1024 * 1024, snapshotPath: snapshotPathFor(config) });
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
    process.stdout.write((json ? renderJson(answer) : renderText(answer, textStyleFor(process.stdout)) + '\n') + '\n');
    if (interactive) process.stdout.write('> ');
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  const { corpusDirProblem, quietOnClosedOutput, readFlags } = await import('./cli.js');
  const flags = readFlags('npm run console', CONSOLE_USAGE, { json: { type: 'boolean' } });
  quietOnClosedOutput();
  try {
    const config = loadConfig();
    const problem = corpusDirProblem(config.CORPUS_DIR);
    if (problem) throw new Error(problem);
    await runConsole(config, !!flags.json);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
