// Slash command definitions as Discord's API takes them, made from the shared command modules.
import { ApplicationCommandOptionType, ApplicationCommandType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../commands/command.js';

export function commandJson(cmd: CommandDefinition) {
  const options = cmd.options.map((o) => ({
    type:
      o.type === 'boolean'
        ? ApplicationCommandOptionType.Boolean
        : o.type === 'attachment'
          ? ApplicationCommandOptionType.Attachment
          : ApplicationCommandOptionType.String,
    name: o.name,
    description: o.description.slice(0, 100),
    required: !!o.required,
    ...(o.type === 'string'
      ? { max_length: Math.min(o.maxLength ?? 300, 6000), ...(o.autocomplete ? { autocomplete: true } : {}) }
      : {}),
  }));
  if (cmd.quiet)
    options.push({
      type: ApplicationCommandOptionType.Boolean,
      name: 'ephemeral',
      description: 'Show the answer to you only',
      required: false,
    });
  return {
    type: ApplicationCommandType.ChatInput,
    name: cmd.name,
    description: cmd.description.slice(0, 100),
    options,
    // Discord hides moderator commands from members without Manage Server; the handler checks again.
    default_member_permissions: cmd.moderatorOnly ? PermissionFlagsBits.ManageGuild.toString() : null,
    contexts: [0],
  };
}

/** The name of the message command ("Ask Dossier" in a message's Apps menu). */
export const ASK_MESSAGE = 'Ask Dossier';

/** "Ask Dossier" in a message's Apps menu: asks the bot about that message's text. */
export function askMessageJson(name: string) {
  return { type: ApplicationCommandType.Message, name, contexts: [0] };
}
