// The one step between a request and a command's answer, shared by Discord and the console: refusal, validation,
// parsing into typed arguments (`prepare`), then running it safely (`execute`).
import { failure, type Answer } from '../answer.js';
import type { Caller, Command, CommandContext, OptionValues, RawOptions } from './command.js';
import { commandLine } from './line.js';

const DEFAULT_MAX_LENGTH = 300;

/**
 * Removes characters that only hide or reorder text: zero-width spaces, bidi controls, and other invisibles. The
 * zero-width non-joiner and joiner stay: they are part of how some scripts and emoji sequences are spelled.
 */
export function sanitise(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0000-\u0008\u000b-\u001f\u007f]/g, (c) =>
      c === '\u200c' || c === '\u200d' ? c : '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks option values against the definition; returns the cleaned values or what is wrong, in words. */
export function validate(cmd: Command, raw: RawOptions): { values: OptionValues } | { error: string } {
  const { name, options } = cmd.data;
  const out: Record<string, string | boolean> = {};
  for (const opt of options) {
    const value = raw[opt.name];
    if (value === undefined || value === '') {
      if (opt.required) return { error: `/${name} needs a ${opt.name}: try \`/${name} ${opt.name}:…\`.` };
      continue;
    }
    if (opt.type === 'boolean') {
      out[opt.name] = value === true || value === 'true' || value === 'yes';
      continue;
    }
    if (opt.type === 'attachment') {
      const url = String(value).trim();
      if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048)
        return { error: `${opt.name} must be a file attached to the command.` };
      out[opt.name] = url;
      continue;
    }
    const cleaned = sanitise(String(value));
    const max = opt.maxLength ?? DEFAULT_MAX_LENGTH;
    if (cleaned.length > max)
      return { error: `That ${opt.name} is ${cleaned.length} characters long; please keep it under ${max}.` };
    if (!cleaned && opt.required) return { error: `/${name} needs a ${opt.name} with some letters or numbers in it.` };
    if (cleaned) out[opt.name] = cleaned;
  }
  const unknown = Object.keys(raw).filter((k) => !options.some((o) => o.name === k) && k !== 'ephemeral');
  if (unknown.length) return { error: `/${name} has no option ${unknown.map((u) => `\`${u}\``).join(', ')}.` };
  return { values: out };
}

/** Why this caller may not run this command, or null when they may. */
function refusal(cmd: Command, caller: Caller): string | null {
  return cmd.data.moderatorOnly && !caller.moderator
    ? `Only moderators (Manage Server, or a moderator role) may use /${cmd.data.name}.`
    : null;
}

/** A request ready to run: the command, its typed arguments, and what the front end needs to show the answer. */
export interface Prepared {
  command: Command;
  args: unknown;
  /** The line that makes this answer again ("/timeline from:2025-05-01 topic:cpec"), for page buttons. */
  line: string;
  /** Only the asker sees the answer: they asked for it, or the command changes the corpus. */
  ephemeral: boolean;
}

/** Ready, or the answer that says why not; `refused` when the caller may not use the command (worth a log line). */
type Preparation = { ok: true; prepared: Prepared } | { ok: false; answer: Answer; refused: boolean };

/** Refusal, validation and parsing, once, before anything is acknowledged or worked out. */
export function prepare(cmd: Command, caller: Caller, raw: RawOptions): Preparation {
  const refused = refusal(cmd, caller);
  if (refused) return { ok: false, answer: failure(cmd.data.name, refused), refused: true };
  const checked = validate(cmd, raw);
  if ('error' in checked) return { ok: false, answer: failure(cmd.data.name, checked.error), refused: false };
  const parsed = cmd.parse(checked.values);
  if ('error' in parsed) return { ok: false, answer: failure(cmd.data.name, parsed.error), refused: false };
  const ephemeral =
    raw.ephemeral === true || raw.ephemeral === 'true' || raw.ephemeral === 'yes' || !!cmd.data.moderatorOnly;
  return {
    ok: true,
    prepared: { command: cmd, args: parsed.args, line: commandLine(cmd.data.name, checked.values), ephemeral },
  };
}

/** Runs a prepared command: no exception or stack trace ever reaches the user, only a reference to the log. */
export async function execute(p: Prepared, ctx: CommandContext, onError?: (err: unknown) => string): Promise<Answer> {
  if (!ctx.engine.ready) return failure(p.command.data.name, ctx.engine.loadingLine());
  try {
    return await p.command.execute(ctx, p.args);
  } catch (err) {
    const ref = onError?.(err);
    return failure(
      p.command.data.name,
      `Something went wrong while answering${ref ? ` (reference ${ref})` : ''}. The team has been told; please try again.`,
    );
  }
}
