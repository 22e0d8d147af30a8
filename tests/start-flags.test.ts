// The bot's heap settings live in one place, package.json's start script, and the benches that measure its reloads
// run with what they read there (bench/start-flags.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flagsOf, startFlags } from '../bench/start-flags.js';

describe('the start flags', () => {
  it("are the flags of a node command line before its loader, and none of another program's", () => {
    expect(flagsOf('node --max-semi-space-size=64 --expose-gc --import tsx src/main.ts')).toEqual([
      '--max-semi-space-size=64',
      '--expose-gc',
    ]);
    expect(flagsOf('node --import tsx src/main.ts')).toEqual([]);
    expect(flagsOf('node src/main.js --max-semi-space-size=64')).toEqual([]);
    expect(flagsOf('tsx --max-semi-space-size=64 src/main.ts')).toEqual([]);
  });

  it("are read from package.json's start script", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(startFlags()).toEqual(flagsOf(pkg.scripts.start!));
  });
});
