// The layout's rules, checked on every file of src/: no import cycle (type-only imports included), discord.js
// imported only under src/discord/ and by src/bot.ts, and Discord message bodies made in one place.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(import.meta.dirname, '..', 'src');

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function specifiers(source: string): string[] {
  const found = source.matchAll(
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
  );
  return [...found].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** The graph of src/: each file (relative to src/) to the files of src/ it imports, and its package imports. */
function graph(): Map<string, { files: string[]; packages: string[] }> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const out = new Map<string, { files: string[]; packages: string[] }>();
  for (const f of files) {
    const specs = specifiers(readFileSync(join(SRC, f), 'utf8'));
    const local = specs
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(SRC, resolve(SRC, dirname(f), s)).replace(/\.js$/, '.ts'));
    out.set(f, { files: local, packages: specs.filter((s) => !s.startsWith('.')) });
  }
  return out;
}

/** The cycles of a graph, each as the path that closes it (depth-first search, white/grey/black). */
export function cycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found: string[][] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    path.push(n);
    for (const m of edges.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...path.slice(path.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    path.pop();
    state.set(n, 'done');
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe('architecture', () => {
  const g = graph();

  it('finds the imports of a file, and a cycle when there is one', () => {
    expect(
      specifiers(
        `import a from './a.js';\nimport type { B } from "../b.js";\nexport { c } from './c.js';\nconst d = await import('./d.js');\nimport './e.js';`,
      ),
    ).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
    expect(g.get('bot.ts')?.packages).toContain('discord.js');
    expect(g.get('commands/index.ts')?.files).toContain('commands/who.ts');
  });

  it('has no import cycle in src/', () => {
    const edges = new Map([...g].map(([f, { files }]) => [f, files.filter((t) => g.has(t))]));
    expect(cycles(edges).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('imports discord.js only under src/discord/ and in src/bot.ts', () => {
    const outside = [...g].filter(
      ([f, { packages }]) =>
        packages.some((p) => p === 'discord.js' || p.startsWith('@discordjs/')) &&
        !f.startsWith('discord/') &&
        f !== 'bot.ts',
    );
    expect(outside.map(([f]) => f)).toEqual([]);
  });

  it('makes Discord message bodies in src/discord/replies.ts alone, which says whom they ping (the client too)', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const elsewhere = files.filter(
      (f) =>
        f !== join('discord', 'replies.ts') &&
        /\brepliedUser\b|\ballowedMentions\s*:\s*\{/.test(readFileSync(join(SRC, f), 'utf8')),
    );
    expect(elsewhere).toEqual([]);
  });

  it('reaches the term searcher only through the Searcher port: the port and the queries import no implementation', () => {
    const implementation = (t: string) => t === 'search/term-index.ts' || t === 'search/term-searcher.ts';
    const reaching = [...g]
      .filter(([f]) => f === 'search/searcher.ts' || /^(queries|questions|timeline|commands)\//.test(f))
      .filter(([, { files }]) => files.some(implementation))
      .map(([f]) => f);
    expect(reaching).toEqual([]);
  });
});
