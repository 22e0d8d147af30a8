// The console's input: at a terminal, a prompt with line editing, history kept in a file and Tab completion;
// from a pipe or file, plain lines with no prompt and no echo.
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { completeLine, type CompletionSource } from './complete.js';
import { HISTORY_SIZE, readHistory, writeHistory } from './history.js';

interface ConsoleInputOptions {
  input: Readable;
  output: Writable;
  /** A person types at a terminal: prompt, editing, history, completion. Otherwise lines are read as they come. */
  interactive: boolean;
  historyFile?: string;
  historySize?: number;
  completion?: CompletionSource;
  /** Told once if the history file cannot be written. */
  onHistoryError?: (err: Error) => void;
}

interface ConsoleInput {
  lines: AsyncIterable<string>;
  /** Shows the prompt (at a terminal only). */
  prompt(): void;
  close(): void;
}

export function consoleInput(options: ConsoleInputOptions): ConsoleInput {
  if (!options.interactive) {
    const rl = createInterface({ input: options.input, terminal: false });
    return { lines: rl, prompt: () => {}, close: () => rl.close() };
  }
  const size = options.historySize ?? HISTORY_SIZE;
  const rl: Interface = createInterface({
    input: options.input,
    output: options.output,
    terminal: true,
    prompt: '> ',
    history: readHistory(options.historyFile, size),
    historySize: size,
    removeHistoryDuplicates: true,
    completer: options.completion ? (line: string) => completeLine(line, options.completion!) : undefined,
  });
  // Ctrl-C clears a line being typed, and on an empty line ends the session as Ctrl-D does.
  rl.on('SIGINT', () => {
    if (rl.line) {
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      options.output.write('^C\n');
      rl.prompt();
    } else rl.close();
  });
  let told = false;
  rl.on('history', (lines: string[]) => {
    const err = writeHistory(options.historyFile, lines, size);
    if (err && !told) {
      told = true;
      options.onHistoryError?.(err);
    }
  });
  return { lines: rl, prompt: () => rl.prompt(), close: () => rl.close() };
}
