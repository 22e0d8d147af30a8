// Renders an answer as one JSON object: the console's --json contract.
import type { Answer } from '../answer.js';

export function renderJson(a: Answer): string {
  if (a.error) return JSON.stringify({ command: a.command, error: a.error });
  return JSON.stringify({ command: a.command, ...a.data, ...(a.notice ? { notice: a.notice } : {}) });
}
