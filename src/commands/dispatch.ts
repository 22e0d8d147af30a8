// One way in for every front end: a typed line (command or question) or a parsed command, to an Answer.
import { commands } from '../commands/index.js';
import { helpAnswer } from '../commands/help.js';
import { execute, sanitise, type Args, type Caller, type Command } from './commands.js';
import { parseLine } from './adapters/parse.js';
import { failure, type Answer } from './answer.js';
import { ask } from './queries/ask.js';
import type { Turn } from './questions/context.js';
import type { Engine } from './engine.js';
import { log, requestId } from './log.js';

export const MAX_QUESTION = 500;

/** Logs an unexpected failure with a request id, and returns the id to show the user instead of the error. */
export function reportError(err: unknown, context: Record<string, unknown>): string {
  const id = requestId();
  log.error({ err, requestId: id, ...context }, 'request failed');
  return id;
}

export function runCommand(engine: Engine, cmd: Command, args: Args, caller: Caller): Promise<Answer> {
  return execute(cmd, { engine, caller }, args, (err) => reportError(err, { command: cmd.name, caller: caller.id }));
}

/** A plain question, as when the bot is mentioned. */
export function answerQuestion(engine: Engine, text: string, history: Turn[] = []): Answer {
  const question = sanitise(text);
  if (question.length > MAX_QUESTION) return failure('ask', `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION}.`);
  if (!/[\p{L}\p{N}]/u.test(question)) return helpAnswer(commands);
  if (!engine.ready) return failure('ask', 'The corpus is still loading; please try again in a moment.');
  try {
    return ask(engine.corpus, question, history);
  } catch (err) {
    return failure('ask', `Something went wrong while answering (reference ${reportError(err, { question: question.slice(0, 200) })}). Please try again.`);
  }
}

/** A line as typed in the console or kept in a page button: "/who muttaqi", or a question. */
export async function answerLine(engine: Engine, line: string, caller: Caller, history: Turn[] = []): Promise<Answer> {
  const parsed = parseLine(line, commands);
  if (parsed.kind === 'error') return failure(parsed.command, parsed.error);
  if (parsed.kind === 'command') return runCommand(engine, parsed.command, parsed.args, caller);
  return answerQuestion(engine, parsed.text, history);
}

/** What a conversation remembers of an answered question, for the follow-ups after it. */
export function turnOf(answer: Answer): Turn | null {
  if (answer.command !== 'ask' || answer.error) return null;
  const d = answer.data as { resolved?: string; person?: string | null; topic?: string | null };
  return d.resolved ? { question: d.resolved, person: d.person ?? null, topic: d.topic ?? null } : null;
}

/** The line that makes a command's answer again: "/timeline from:2025-05-01 topic:cpec". */
export function commandLine(name: string, args: Args): string {
  const parts = Object.entries(args)
    .filter(([k, v]) => k !== 'ephemeral' && v !== undefined && v !== '')
    .map(([k, v]) => `${k}:${String(v)}`);
  return `/${name}${parts.length ? ' ' + parts.join(' ') : ''}`;
}
