/**
 * The pages (origin + path, never the query or anything read there) whose last read drew badges,
 * while the worker runs: page-settings tells such a page so, and its script loads the overlay while
 * the page is still arriving instead of after the read. Memory only, a bounded few.
 */
const MAX_PAGES = 200;

export class RegisterPages {
  private readonly pages = new Set<string>();
  constructor(private readonly max = MAX_PAGES) {}

  private static key(url: string): string | null {
    try {
      const u = new URL(url);
      return u.origin + u.pathname;
    } catch {
      return null;
    }
  }

  /** After a read: `drew` when its answer had badges to draw. */
  remember(url: string, drew: boolean): void {
    const k = RegisterPages.key(url);
    if (!k) return;
    this.pages.delete(k);
    if (!drew) return;
    this.pages.add(k); // the newest last: the oldest is dropped first
    if (this.pages.size > this.max) this.pages.delete(this.pages.values().next().value!);
  }

  has(url: string): boolean {
    const k = RegisterPages.key(url);
    return k !== null && this.pages.has(k);
  }
}
