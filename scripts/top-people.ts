// Lists the most-mentioned people of a corpus folder, with their top roles: a check that no organisation,
// place or headline is among them. usage: npx tsx scripts/top-people.ts [DIR] [--top N]
import { Engine } from '../src/engine.js';

const args = process.argv.slice(2);
const dir =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/work/shared/realnews/reuters';
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 40;
const e = new Engine({ dir, maxFileBytes: 2e6 });
const t0 = performance.now();
await e.reload();
console.log(
  `${e.corpus.docs.length} articles, ${e.corpus.people.people.length} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const ranked = [...e.corpus.people.people].sort((a, b) => b.mentions.count - a.mentions.count).slice(0, top);
for (const p of ranked) {
  const roles = [...new Set(p.roles.map((r) => r.role))].slice(0, 3).join('; ');
  console.log(`${String(p.mentions.count).padStart(5)}  ${p.name}${roles ? `  (${roles})` : ''}`);
}
