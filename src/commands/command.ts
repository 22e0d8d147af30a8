// What a command is, independent of where it is typed: its definition (name, options) and its handler.
import type { Answer } from './answer.js';
import { failure } from './answer.js';
import type { Engine } from './engine.js';

/** An attachment arrives as its download URL (Discord's CDN); only /add takes one. */
export type OptionType = 'string' | 'boolean' | 'attachment';

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  autocomplete?: boolean;
  /** Longest accepted value, in characters. */
  maxLength?: number;
}

export interface Caller {
  id: string;
  /** Whether the caller may change the corpus (Manage Server, or a moderator role). */
  moderator: boolean;
}

export interface CommandContext {
  engine: Engine;
  caller: Caller;
}

export type Args = Record<string, string | boolean | undefined>;

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  name: string;
  description: string;
  options: CommandOption[];
  /** One example of its use, shown by /help. */
  example?: string;
  /** Only moderators may run it; Discord hides it from others by default too. */
  moderatorOnly?: boolean;
  /** A user may ask for the answer to be shown to them alone. */
  quiet?: boolean;
  run(ctx: CommandContext, args: Args): Answer | Promise<Answer>;
  autocomplete?(ctx: CommandContext, option: string, typed: string): Choice[];
}

export const DEFAULT_MAX_LENGTH = 300;

/**
 * Removes characters that only hide or reorder text: zero-width spaces, bidi controls, and other invisibles. The
 * zero-width non-joiner and joiner stay: they are part of how some scripts and emoji sequences are spelled.
 */
export function sanitise(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u200c' || c === '\u200d' ? c : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks arguments against the definition; returns the cleaned arguments or what is wrong, in words. */
export function validate(cmd: Command, args: Args): { args: Args } | { error: string } {
  const out: Args = {};
  for (const opt of cmd.options) {
    const raw = args[opt.name];
    if (raw === undefined || raw === '') {
      if (opt.required) return { error: `/${cmd.name} needs a ${opt.name}: try \`/${cmd.name} ${opt.name}:…\`.` };
      continue;
    }
    if (opt.type === 'boolean') {
      out[opt.name] = raw === true || raw === 'true' || raw === 'yes';
      continue;
    }
    if (opt.type === 'attachment') {
      const url = String(raw).trim();
      if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048) return { error: `${opt.name} must be a file attached to the command.` };
      out[opt.name] = url;
      continue;
    }
    const value = sanitise(String(raw));
    const max = opt.maxLength ?? DEFAULT_MAX_LENGTH;
    if (value.length > max) return { error: `That ${opt.name} is ${value.length} characters long; please keep it under ${max}.` };
    if (!value && opt.required) return { error: `/${cmd.name} needs a ${opt.name} with some letters or numbers in it.` };
    if (value) out[opt.name] = value;
  }
  const unknown = Object.keys(args).filter((k) => !cmd.options.some((o) => o.name === k) && k !== 'ephemeral');
  if (unknown.length) return { error: `/${cmd.name} has no option ${unknown.map((u) => `\`${u}\``).join(', ')}.` };
  return { args: out };
}

/** Why this caller may not run this command, or null when they may. */
export function refusal(cmd: Command, caller: Caller): string | null {
  return cmd.moderatorOnly && !caller.moderator ? `Only moderators (Manage Server, or a moderator role) may use /${cmd.name}.` : null;
}

/** Runs a command safely: validation, the moderator check, and no exception or stack trace ever reaches the user. */
export async function execute(cmd: Command, ctx: CommandContext, args: Args, onError?: (err: unknown) => string): Promise<Answer> {
  const refused = refusal(cmd, ctx.caller);
  if (refused) return failure(cmd.name, refused);
  const checked = validate(cmd, args);
  if ('error' in checked) return failure(cmd.name, checked.error);
  if (!ctx.engine.ready) return failure(cmd.name, 'The corpus is still loading; please try again in a moment.');
  try {
    return await cmd.run(ctx, checked.args);
  } catch (err) {
    const ref = onError?.(err);
    return failure(cmd.name, `Something went wrong while answering${ref ? ` (reference ${ref})` : ''}. The team has been told; please try again.`);
  }
}
