// The offline console: one command or question a line on standard input, one answer per line out.
// With --json each answer is exactly one JSON object on standard output; logs go to standard error.
import 'dotenv/config';
import { renderJson } from './adapters/json.js';
import { renderText, textStyleFor } from './adapters/text.js';
import { failure, type Answer } from './answer.js';
import { Engine } from './engine.js';
import { loadConfig, snapshotPathFor, type Config } from './config.js';
import { log } from './log.js';
import { answerLine, turnOf } from './commands/dispatch.js';
import { progressOnStderr } from './progress.js';
import type { Turn } from './questions/context.js';
import { commands } from './commands/index.js';
import { consoleInput } from './console/input.js';
import { historyPath } from './console/history.js';
import type { CompletionSource } from './console/complete.js';

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

/** What Tab completes at the console: the commands, their options, and the names in the serving corpus. */
export function completionFor(engine: Engine): CompletionSource {
  return { commands, names: (typed) => engine.corpus.people.autocomplete(typed, 50).map((p) => p.name) };
}

export async function runConsole(config: Config, json: boolean): Promise<void> {
  // Logs go to standard error at warn unless LOG_LEVEL says otherwise, so info lines never land on the prompt.
  if (!process.env.LOG_LEVEL) log.level = 'warn';
  const engine = new Engine({
    dir: config.CORPUS_DIR,
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
    snapshotPath: snapshotPathFor(config),
  });
  const stopProgress = progressOnStderr(engine, log);
  const started = await engine.start();
  // The console answers from the folder as it is now, so it waits for files changed since the snapshot.
  const report = await started.caughtUp;
  stopProgress();
  if (!report.ok) log.error({ error: report.error }, 'corpus failed to load');
  else
    log.info(
      { documents: report.documents, skipped: report.skipped.length, ms: started.ms, snapshot: started.snapshot },
      'corpus loaded',
    );
  const interactive = !!process.stdin.isTTY && !!process.stdout.isTTY && !json;
  if (interactive)
    process.stdout.write(
      `Dossier console — ${report.documents} documents. Type /help, a command, or a question; Tab completes, ↑ recalls. Ctrl-D to quit.\n`,
    );
  const input = consoleInput({
    input: process.stdin,
    output: process.stdout,
    interactive,
    historyFile: historyPath(config.CONSOLE_HISTORY),
    completion: completionFor(engine),
    onHistoryError: (err) => log.warn({ err: err.message }, 'the console history cannot be saved'),
  });
  input.prompt();
  // The session's earlier questions are the context of a follow-up ("and what did he say about India?").
  const history: Turn[] = [];
  for await (const line of input.lines) {
    if (!line.trim()) {
      // --json promises one object a line, an empty line included; a person at a terminal just gets the prompt.
      if (json)
        process.stdout.write(
          renderJson(failure('empty', 'An empty line: type a command such as /help, or a question.')) + '\n',
        );
      input.prompt();
      continue;
    }
    const answer = await answerConsoleLine(engine, line, history);
    const turn = turnOf(answer);
    if (turn) history.push(turn);
    if (history.length > 20) history.shift();
    process.stdout.write((json ? renderJson(answer) : renderText(answer, textStyleFor(process.stdout)) + '\n') + '\n');
    input.prompt();
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
