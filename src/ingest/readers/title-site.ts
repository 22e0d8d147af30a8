// The outlet a page's <title> names after its headline ("Headline - The Valley Times", "Headline | Outlet"), taken
// only when the page vouches for it: its URL's domain spells the name or its first words ("cbsnews.com" for "CBS
// News", "vortexcannon.org" for "Vortex Cannon Entertainment", "nytimes.com" for "The New York Times"), or its
// copyright line names it ("© 2019 Sputnik").
import { nameKey } from '../masthead.js';
import { copyrightHolders } from '../copyright.js';

/** The part a <title> adds after its last separator, when it has the shape of a name. */
function titleTail(title: string): string | null {
  const parts = title.split(/\s+[|–—·•:]\s+|\s+-\s+/u);
  if (parts.length < 2) return null;
  const tail = parts[parts.length - 1]!.replace(/\s+/g, ' ').trim();
  const words = tail.split(' ');
  return words.length <= 5 && /^[\p{Lu}\p{N}]/u.test(tail) && !/[.!?]$/u.test(tail) ? tail : null;
}

/** Whether a label of the URL's host spells the name, its first words or their initials. */
export function spelledByHost(name: string, url: string | null): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const words = name.replace(/^The\s+/u, '').split(/\s+/);
  const labels = host.split('.').filter((l) => l.length >= 3 && l !== 'www');
  // The name's first words ("vortexcannon"), or its first words by their initials and the rest in full ("nytimes"
  // for "New York Times", "latimes", "wsj").
  const spellings = words.map((_, k) => nameKey(words.slice(0, k + 1).join(' ')));
  const initials = (k: number) =>
    words
      .slice(0, k)
      .map((w) => nameKey(w)[0] ?? '')
      .join('');
  for (let k = 2; k <= words.length; k++) spellings.push(initials(k) + nameKey(words.slice(k).join(' ')));
  return labels.some((l) => spellings.some((p) => p === l && p.length >= 3) || l === nameKey(name));
}

/** Whether the page's copyright line names the outlet, or the outlet's name opens with the holder's. */
function copyrighted(name: string, html: string): boolean {
  const want = nameKey(name);
  const bare = nameKey(name.replace(/^The\s+/u, ''));
  return copyrightHolders(html).some((h) => {
    const holder = nameKey(h);
    return holder.length >= 4 && (holder.startsWith(want) || holder.startsWith(bare) || want.startsWith(holder));
  });
}

/** The outlet the page's <title> names after its headline, when the page's URL or copyright vouches for it. */
export function outletFromTitle(title: string, url: string | null, html: string): string | null {
  const tail = titleTail(title);
  if (!tail) return null;
  return spelledByHost(tail, url) || copyrighted(tail, html) ? tail : null;
}
