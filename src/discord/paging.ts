// Page buttons: the state of a paged answer lives in the button's custom_id (at most 100 characters):
// the page to show, when the answer was made, and the command line that makes it again.
import { randomBytes } from 'node:crypto';

const PREFIX = 'pg';
const MAX_ID = 100;

/** Command lines too long for a custom_id are kept here, by a short key, for as long as pages live. */
const long = new Map<string, { line: string; at: number }>();

interface PageState {
  page: number;
  /** Seconds since the epoch when the answer was first made. */
  at: number;
  line: string;
}

export function encodePageId(state: PageState, ttlMs: number): string {
  const head = `${PREFIX}:${state.page}:${state.at.toString(36)}:`;
  if (head.length + state.line.length + 1 <= MAX_ID) return `${head}=${state.line}`;
  const now = Date.now();
  for (const [k, v] of long) if (now - v.at * 1000 > ttlMs) long.delete(k);
  const key = randomBytes(6).toString('base64url');
  long.set(key, { line: state.line, at: state.at });
  return `${head}#${key}`;
}

type Decoded = { ok: true; state: PageState } | { ok: false; reason: 'expired' | 'invalid' };

export function decodePageId(id: string, ttlMs: number, now = Date.now()): Decoded {
  const m = /^pg:(\d{1,4}):([0-9a-z]{1,10}):([=#])([\s\S]*)$/.exec(id);
  if (!m) return { ok: false, reason: 'invalid' };
  const at = parseInt(m[2]!, 36);
  if (now - at * 1000 > ttlMs) return { ok: false, reason: 'expired' };
  const line = m[3] === '=' ? m[4]! : long.get(m[4]!)?.line;
  if (!line) return { ok: false, reason: 'expired' };
  return { ok: true, state: { page: +m[1]!, at, line } };
}
