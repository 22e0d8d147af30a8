// The objects of a page's JSON-LD blocks, each block's @graph and arrays walked, for readers that look for one type.

type Scripts = { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> };

/**
 * Every object of the page's first 20 JSON-LD blocks, an object before those of its @graph, at most `limit` values
 * walked a block. `lenient`: a block that does not parse is read again without its `//` comments ('//"Person",'),
 * which some sites leave in.
 */
export function* jsonLdObjects(doc: Scripts, limit: number, lenient = false): Generator<Record<string, unknown>> {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]!.textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      if (!lenient) continue;
      try {
        data = JSON.parse(text.replace(/(^|[\s,{[])\/\/[^\n]*/g, '$1'));
      } catch {
        continue;
      }
    }
    const stack = [data];
    let seen = 0;
    while (stack.length && seen++ < limit) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o['@graph']) stack.push(o['@graph']);
        yield o;
      }
    }
  }
}
