import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
for (const n of [100, 200, 400, 800]) {
  const deep = `<html><body>${'<div>'.repeat(n)}<p>${'Deep text of an article that is long enough. '.repeat(10)}</p>${'</div>'.repeat(n)}</body></html>`;
  let t = performance.now();
  const { document } = parseHTML(deep);
  const a = performance.now() - t; t = performance.now();
  new Readability(document as any).parse();
  console.log(n, a.toFixed(0), (performance.now() - t).toFixed(0));
}
