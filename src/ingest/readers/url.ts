// The only links a citation may carry: absolute http and https URLs, nothing a click could run or open locally.

/** The URL as a clean absolute http(s) link, or null for anything else (file:, javascript:, data:, relative, junk). */
export function safeUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text || text.length > 2048 || /[\u0000-\u001f\s]/.test(text)) return null;
  let url: URL;
  try {
    url = base ? new URL(text, safeUrl(base) ?? undefined) : new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
