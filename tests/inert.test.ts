// Text from articles and users is shown as text in Discord: no masked link, heading, list or command mention renders.
import { describe, expect, it } from 'vitest';
import { renderPages, inert } from '../src/discord/render.js';
import type { Answer } from '../src/answer.js';
import { answerConsoleLine } from '../src/console.js';
import { Engine } from '../src/engine.js';
import { tempCorpus } from './helpers.js';

/** Markdown that Discord would render live: a masked link whose brackets are not escaped. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;
const LIVE_COMMAND = /<\/[\w-]+:\d+>/;

const everything = (a: Answer) =>
  renderPages(a).flatMap((p) =>
    p.embeds.flatMap((e) => [e.title, e.description ?? '', ...e.fields.flatMap((f) => [f.name, f.value])]),
  );

describe('inert text', () => {
  it('neutralises masked links, even when a matched word in bold cuts one in pieces', () => {
    const excerpt = 'Log in at [discord.com/verify](https://evil.example/steal) to keep your account.';
    const at = excerpt.indexOf('verify');
    const a: Answer = {
      command: 'search',
      title: 'Search: “verify”',
      items: [
        {
          heading: '[Click here](https://evil.example)',
          citations: [
            { doc: 'a.txt', title: 'Account notice', date: null, source: null, excerpt, highlights: [[at, at + 6]] },
          ],
        },
      ],
      data: {},
    };
    const text = everything(a).join('\n');
    expect(text).toContain('verify');
    expect(text).not.toMatch(LIVE_LINK);
  });

  it('neutralises headings, lists, quotes, subtext and command mentions at the start of a line', () => {
    const out = inert(
      '# Breaking\n- first\n1. second\n> quoted\n-# small\nrun </reload:123456789012345678> now <t:1700000000:R>',
    );
    expect(out).toMatch(/^\\# Breaking/m);
    expect(out).toMatch(/^\\- first/m);
    expect(out).toMatch(/^1\\\. second/m);
    expect(out).toMatch(/^\\> quoted/m);
    expect(out).toMatch(/^\\-# small/m);
    expect(out).not.toMatch(LIVE_COMMAND);
    expect(out).not.toContain('<t:');
  });

  it('keeps an echoed query inert in "Nothing matches" and in titles', async () => {
    const engine = new Engine({ dir: tempCorpus({}, true), maxFileBytes: 1e6 });
    await engine.reload();
    for (const line of [
      '/search [discord.com/verify](https://evil.example)',
      '/source </reload:123456789012345678> zzqx',
      '/who [Support](https://evil.example)',
    ]) {
      const answer = await answerConsoleLine(engine, line);
      const text = everything(answer).join('\n');
      expect(text).not.toMatch(LIVE_LINK);
      expect(text).not.toMatch(LIVE_COMMAND);
    }
  });

  it('keeps a masked link in an article inert where it is cited', async () => {
    const page =
      'Harbour board warns of fake verification pages\nPublished: March 4, 2026\nThe harbour board said that messages asking staff to log in at [harbour.gov/verify](https://evil.example/steal) were fraudulent and should be deleted at once.\n';
    const engine = new Engine({ dir: tempCorpus({ 'warning.txt': page }), maxFileBytes: 1e6 });
    await engine.reload();
    const answer = await answerConsoleLine(engine, '/search fraudulent verification messages');
    const text = everything(answer).join('\n');
    expect(text).toContain('evil.example');
    expect(text).not.toMatch(LIVE_LINK);
  });
});
