// One way in for every front end: a typed line (command or question), a prepared command or a question, to an Answer.
import { commands } from './index.js';
import { helpAnswer } from './help.js';
import type { Caller } from './command.js';
import { execute, prepare, sanitise, type Prepared } from './prepare.js';
import { parseLine } from './line.js';
import { failure, type Answer } from '../answer.js';
import { ask } from '../queries/ask.js';
import type { Turn } from '../questions/context.js';
import type { Engine } from '../engine.js';
import { log, requestId } from '../log.js';

export const MAX_QUESTION = 500;

/** Logs an unexpected failure with a request id, and returns the id to show the user instead of the error. */
export function reportError(err: unknown, context: Record<string, unknown>): string {
  const id = requestId();
  log.error({ err, requestId: id, ...context }, 'request failed');
  return id;
}

/** Runs a prepared command for a caller; an unexpected failure is logged and answered with its reference. */
export function runPrepared(engine: Engine, prepared: Prepared, caller: Caller): Promise<Answer> {
  return execute(prepared, { engine, caller }, (err) =>
    reportError(err, { command: prepared.command.data.name, caller: caller.id }),
  );
}

/** /help's answer, for a mention with no question in it. */
export function helpForEveryone(): Answer {
  return helpAnswer(commands.map((c) => c.data));
}

/** A plain question, as when the bot is mentioned. */
export function answerQuestion(engine: Engine, text: string, history: Turn[] = []): Answer {
  const question = sanitise(text);
  if (question.length > MAX_QUESTION)
    return failure('ask', `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION}.`);
  if (!/[\p{L}\p{N}]/u.test(question)) return helpForEveryone();
  if (!engine.ready) return failure('ask', engine.loadingLine());
  try {
    return ask(engine.corpus, question, history);
  } catch (err) {
    return failure(
      'ask',
      `Something went wrong while answering (reference ${reportError(err, { question: question.slice(0, 200) })}). Please try again.`,
    );
  }
}

/** A line as typed in the console or kept in a page button: "/who muttaqi", or a question. */
export async function answerLine(engine: Engine, line: string, caller: Caller, history: Turn[] = []): Promise<Answer> {
  const parsed = parseLine(line, commands);
  if (parsed.kind === 'error') return failure(parsed.command, parsed.error);
  if (parsed.kind === 'question') return answerQuestion(engine, parsed.text, history);
  const ready = prepare(parsed.command, caller, parsed.options);
  return ready.ok ? runPrepared(engine, ready.prepared, caller) : ready.answer;
}

/** What a conversation remembers of an answered question, for the follow-ups after it. */
export function turnOf(answer: Answer): Turn | null {
  if (answer.command !== 'ask' || answer.error) return null;
  const d = answer.data as { resolved?: string; person?: string | null; topic?: string | null };
  return d.resolved ? { question: d.resolved, person: d.person ?? null, topic: d.topic ?? null } : null;
}
