// The console's command history, kept in a file between sessions: where it lives, reading it, writing it capped.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Lines kept: the newest, when there are more. */
export const HISTORY_SIZE = 1000;

/**
 * Where the history is kept: CONSOLE_HISTORY when set (empty for nowhere), else `$XDG_STATE_HOME/dossier/history`
 * when XDG_STATE_HOME is set, else `~/.dossier_history`.
 */
export function historyPath(setting: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (setting !== undefined) return setting.trim() || undefined;
  if (env.XDG_STATE_HOME?.trim()) return join(env.XDG_STATE_HOME.trim(), 'dossier', 'history');
  return join(homedir(), '.dossier_history');
}

/** The saved lines, newest first as readline keeps them; none when there is no file or it cannot be read. */
export function readHistory(path: string | undefined, size = HISTORY_SIZE): string[] {
  if (!path) return [];
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(-size)
      .reverse();
  } catch {
    return [];
  }
}

/**
 * Saves readline's history (newest first), oldest line first in the file, at most `size` lines. Written beside and
 * renamed over, readable by its owner alone (questions can be private). A failure is returned, never thrown.
 */
export function writeHistory(path: string | undefined, lines: readonly string[], size = HISTORY_SIZE): Error | null {
  if (!path) return null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(
      tmp,
      lines
        .slice(0, size)
        .reverse()
        .map((l) => l.replace(/[\r\n]+/g, ' '))
        .join('\n') + '\n',
      { mode: 0o600 },
    );
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
    return null;
  } catch (err) {
    return err as Error;
  }
}
