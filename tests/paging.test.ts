// Page buttons: the state of a paged answer in a custom id of at most 100 characters, a command line too long for
// one kept by a short key, and the two buttons of a page.
import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId } from '../src/discord/paging.js';
import { pageBody } from '../src/discord/replies.js';
import type { Page } from '../src/discord/render.js';

const TTL = 15 * 60_000;
const at = Math.floor(Date.now() / 1000);

describe('page ids', () => {
  it('keeps a short command line inside the id, and reads it back', () => {
    const line = '/timeline from:2025-05-01 to:2025-06-30 topic:cpec';
    const id = encodePageId({ page: 2, at, line }, TTL);
    expect(id).toContain(line);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageId(id, TTL, at * 1000)).toEqual({ ok: true, state: { page: 2, at, line } });
  });

  it('keeps a command line too long for a custom id by a short key, and reads it back whole', () => {
    const line = `/search ${'border crossing trucks at the torkham gate '.repeat(5)}`.trim();
    expect(line.length).toBeGreaterThan(100);
    const id = encodePageId({ page: 1, at, line }, TTL);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).not.toContain('border');
    expect(decodePageId(id, TTL, at * 1000)).toEqual({ ok: true, state: { page: 1, at, line } });
    // Two long lines get two keys.
    const other = encodePageId({ page: 1, at, line: line + ' again' }, TTL);
    expect(other).not.toBe(id);
    expect(decodePageId(other, TTL, at * 1000)).toMatchObject({ ok: true, state: { line: line + ' again' } });
  });

  it('uses the whole 100 characters before it needs a key', () => {
    const head = encodePageId({ page: 0, at, line: '' }, TTL).length;
    const fits = '/search ' + 'x'.repeat(100 - head - '/search '.length);
    expect(encodePageId({ page: 0, at, line: fits }, TTL)).toHaveLength(100);
    expect(encodePageId({ page: 0, at, line: fits + 'y' }, TTL)).not.toContain('xxx');
  });

  it('says expired after the pages’ lifetime, and invalid for an id that is not one', () => {
    const id = encodePageId({ page: 0, at, line: '/who dar' }, TTL);
    expect(decodePageId(id, TTL, at * 1000 + TTL).ok).toBe(true);
    expect(decodePageId(id, TTL, at * 1000 + TTL + 1000)).toEqual({ ok: false, reason: 'expired' });
    expect(decodePageId('pg:0:zz:#nokey', TTL, at * 1000)).toEqual({ ok: false, reason: 'expired' });
    for (const bad of ['', 'hello', 'pg:x:1:=/who', 'pg:1:1:/who dar'])
      expect(decodePageId(bad, TTL)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('page buttons', () => {
  const pages: Page[] = Array.from({ length: 3 }, (_, k) => ({
    embeds: [{ title: `page ${k + 1}`, color: 0, fields: [] }],
  }));
  const buttons = (page: number, line: string) => {
    const body = pageBody(pages, page, { line, at, ttlMs: TTL });
    return {
      body,
      row: (body.components[0]?.components ?? []) as unknown as {
        custom_id: string;
        disabled?: boolean;
        label: string;
      }[],
    };
  };

  it('shows the page asked for, with Previous and Next leading to its neighbours', () => {
    const { body, row } = buttons(1, '/timeline');
    expect(body.embeds[0]!.title).toBe('page 2');
    expect(row.map((b) => b.label)).toEqual(['Previous', 'Next']);
    expect(row.map((b) => decodePageId(b.custom_id.trim(), TTL, at * 1000))).toMatchObject([
      { state: { page: 0 } },
      { state: { page: 2 } },
    ]);
    expect(row.map((b) => !!b.disabled)).toEqual([false, false]);
  });

  it('disables Previous on the first page and Next on the last, two distinct ids of at most 100 characters', () => {
    const long = `/source ${'china pakistan economic corridor '.repeat(6)}`.trim();
    for (const [page, disabled] of [
      [0, [true, false]],
      [2, [false, true]],
    ] as const) {
      const { row } = buttons(page, long);
      expect(row.map((b) => !!b.disabled)).toEqual(disabled);
      expect(new Set(row.map((b) => b.custom_id)).size).toBe(2);
      for (const b of row) expect(b.custom_id.length).toBeLessThanOrEqual(100);
      const enabled = row.find((b) => !b.disabled)!;
      expect(decodePageId(enabled.custom_id.trim(), TTL, at * 1000)).toMatchObject({
        ok: true,
        state: { line: long, page: 1 },
      });
    }
  });

  it('has no buttons for one page, or without paging, and pings no one', () => {
    expect(pageBody(pages.slice(0, 1), 0, { line: '/stats', at, ttlMs: TTL }).components).toEqual([]);
    expect(pageBody(pages, 0, null).components).toEqual([]);
    expect(pageBody(pages, 0, null).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});
