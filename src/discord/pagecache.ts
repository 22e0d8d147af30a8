// Paged answers kept for as long as their Previous/Next buttons work: a press shows a page of the answer that was
// made, by the message it is on, instead of working the query out again.
import type { Page } from './render.js';

/** Most answers kept at once; the oldest go first (a press on one of them works the query out again). */
const MAX_ANSWERS = 500;

export class PageCache {
  private answers = new Map<string, { pages: Page[]; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = MAX_ANSWERS,
  ) {}

  /** Keeps the pages of the answer in message `id`, if it has more than one. */
  set(id: string, pages: Page[], now = Date.now()): void {
    if (pages.length <= 1) return;
    this.answers.delete(id);
    this.answers.set(id, { pages, until: now + this.ttlMs });
    for (const [k, v] of this.answers) {
      if (this.answers.size <= this.max && v.until > now) break;
      this.answers.delete(k);
    }
  }

  get(id: string, now = Date.now()): Page[] | undefined {
    const hit = this.answers.get(id);
    if (hit && hit.until > now) return hit.pages;
    if (hit) this.answers.delete(id);
    return undefined;
  }

  get size(): number {
    return this.answers.size;
  }
}
