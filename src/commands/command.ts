// What a command is, wherever it is typed: its definition (`data`), how its option values become typed arguments
// (`parse`), and its answer (`execute`). Platform-neutral: Discord's JSON is made from `data` in src/discord/.
import type { Answer } from '../answer.js';
import type { Engine } from '../engine.js';

/** An attachment arrives as its download URL (Discord's CDN); only /add takes one. */
type OptionType = 'string' | 'boolean' | 'attachment';

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  autocomplete?: boolean;
  /** Longest accepted value, in characters. */
  maxLength?: number;
}

/** A command's definition: what Discord registers, what /help lists, what the console parses. */
export interface CommandDefinition {
  name: string;
  description: string;
  options: CommandOption[];
  /** One example of its use, shown by /help. */
  example?: string;
  /** Only moderators may run it; Discord hides it from others by default too. */
  moderatorOnly?: boolean;
  /** A user may ask for the answer to be shown to them alone (the `ephemeral` option). */
  quiet?: boolean;
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

/** Option values as they arrive, from Discord or from a typed line: not yet checked. */
export type RawOptions = Record<string, string | boolean | undefined>;

/** Option values once checked against the definition: cleaned, within length, only the options it has. */
export type OptionValues = Readonly<Record<string, string | boolean>>;

export interface Choice {
  name: string;
  value: string;
}

/**
 * One command. `parse` turns checked option values into the arguments `execute` takes, or says what is wrong
 * with them in words; `execute` never sees raw values. Methods (not function properties), so that a command
 * of any argument type fits the registry's `Command`.
 */
export interface Command<A = unknown> {
  data: CommandDefinition;
  parse(values: OptionValues): { args: A } | { error: string };
  execute(ctx: CommandContext, args: A): Answer | Promise<Answer>;
  autocomplete?(ctx: CommandContext, option: string, typed: string): Choice[];
}

/** A string option's value; validation has made a required one present. */
export function text(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}
