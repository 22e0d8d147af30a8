// Hostile variants of every format's fixture — cut short, in a wrong encoding, 50 MB, with file: and javascript:
// links, an entity bomb — each read to a document or refused with its reason, never a crash, never an unsafe link.
import { describe, expect, it } from 'vitest';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../src/corpus/ingest.js';
import { decode, readCorpusDir } from '../src/corpus/read.js';
import { tempCorpus } from './helpers.js';

const FIX = join(import.meta.dirname, 'fixtures', 'formats');
const FORMATS = ['page.html', 'feed.rss', 'feed.atom', 'export.json', 'export.jsonl'];
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');
const ingest = (file: string, text: string) => ingestFile({ file, text, hash: 'h' });

describe('hostile variants of every format', () => {
  it('reads each fixture whole to documents with http(s) links (the baseline the variants are measured against)', () => {
    for (const name of FORMATS) {
      const r = ingest(name, fixture(name));
      expect(r.docs.length, name).toBeGreaterThan(0);
      expect(
        r.docs.some((d) => d.url?.startsWith('https://')),
        name,
      ).toBe(true);
    }
  });

  it('lets no file: or javascript: link through in any format', () => {
    for (const name of FORMATS)
      for (const unsafe of ['javascript:alert(document.cookie)', 'file:///etc/passwd']) {
        // Every article link the fixture gives, replaced by the unsafe one.
        const text = fixture(name).replace(/https:\/\/[\w.-]+\.example\b[^"'<\s]*/g, unsafe);
        const r = ingest(name, text);
        expect(r.docs.length, `${name} ${unsafe}`).toBeGreaterThan(0);
        for (const d of r.docs) expect(d.url, `${name} ${unsafe}`).toBeNull();
      }
  });

  it('reads a file cut short at any point to what it holds, or refuses it with a reason, never throwing', () => {
    for (const name of FORMATS) {
      const text = fixture(name);
      for (const part of [0.2, 0.5, 0.8]) {
        const cut = text.slice(0, Math.floor(text.length * part));
        const r = ingest(name, cut);
        // Either documents, each with a title and text, or one skip with its reason in words.
        if (r.docs.length) for (const d of r.docs) expect(d.title && d.text, `${name} ${part}`).toBeTruthy();
        else expect(r.skipped?.reason, `${name} ${part}`).toMatch(/\w{3,}/);
      }
    }
  });

  it('expands no entity a feed or a page declares: an entity bomb stays small, an external entity is not read', () => {
    const xhtml = fixture('bomb.html');
    const variants: [string, string][] = [
      ['bomb.rss', fixture('bomb.rss')],
      ['bomb.atom', fixture('bomb.atom')],
      ['bomb.html', xhtml],
      // The same page as HTML5 declares it, the doctype's internal subset and all, with no XML declaration.
      ['bomb5.html', xhtml.replace(/^<\?xml[^>]*>\s*/, '')],
    ];
    for (const [name, text] of variants) {
      const r = ingest(name, text);
      expect(r.docs, name).toHaveLength(1);
      const d = r.docs[0]!;
      expect(d.text.length + d.title.length, name).toBeLessThan(text.length);
      for (const got of [d.title, d.text, ...d.passages.map((p) => p.text)]) {
        expect(got, name).not.toContain('aaaaaaaaaa');
        expect(got, name).not.toContain('root:');
        // Nothing of the doctype's declarations is read as text either.
        expect(got, name).not.toContain('ENTITY');
      }
      expect(d.text, name).toMatch(/never expanded/);
      expect(d.url, name).toMatch(/^https:\/\/bomb\.example\//);
    }
  });

  it('refuses a file of each format in a wrong encoding with that reason', () => {
    for (const name of FORMATS) {
      const latin = Buffer.from(`${fixture(name)}\n<!-- Autorité portuaire -->`, 'latin1');
      expect(decode(latin), name).toEqual({ reason: 'not valid UTF-8 text' });
    }
  });

  it('refuses a 50 MB file of each format by its size, before reading it', async () => {
    const dir = tempCorpus({});
    for (const name of FORMATS) {
      const path = join(dir, `big-${name}`);
      writeFileSync(path, fixture(name));
      // A sparse 50 MB file: the size is what a reader would meet, without writing 50 MB to disk.
      truncateSync(path, 50 * 1024 * 1024);
    }
    writeFileSync(join(dir, 'small.rss'), fixture('feed.rss'));
    const read = await readCorpusDir(dir, { maxFileBytes: 2 * 1024 * 1024 });
    expect(read.files.map((f) => f.file)).toEqual(['small.rss']);
    expect(read.skipped.map((s) => s.file).sort()).toEqual(FORMATS.map((n) => `big-${n}`).sort());
    for (const s of read.skipped) expect(s.reason, s.file).toMatch(/^over the size limit/);
  });
});
