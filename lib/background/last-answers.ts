/**
 * The last register-read answer of a few pages (by full address), while the worker runs, so a page
 * opened again can draw its badges as soon as it is parsed, from the same stored state, before its own
 * read comes back (which it still sends: that answer is drawn over it). Memory only, a bounded few.
 *
 * Exactly right or absent: an answer is kept only if nothing was written to the store (any table, by any
 * of the extension's pages or workers: Dexie announces every committed write, across contexts too) and no
 * page setting changed between the start of the read it came from and its keeping; any such write or
 * change drops them all; one from another day is never given out (today's figures differ).
 */
import type { RegisterReadAnswer } from '../messages';

const MAX_PAGES = 20;

interface Kept {
  view: string;
  answer: RegisterReadAnswer;
  today: string;
}

export class LastAnswers {
  private readonly pages = new Map<string, Kept>();
  private generation = 0;
  constructor(private readonly max = MAX_PAGES) {}

  /** Call just before the read transaction an answer will come from; hand the token to `keep`. */
  token(): number {
    return this.generation;
  }

  /** A store write or settings change: nothing kept describes the store any more. */
  drop(): void {
    this.generation++;
    this.pages.clear();
  }

  /**
   * After a read's answer: kept when it drew badges with nothing to say about identity, and nothing was
   * written or changed since `token`. Any other answer forgets the page's last one. `view` is asked for only
   * when the answer is kept (the key of a 2,000-row grid is a large string).
   */
  keep(url: string, view: () => string, answer: RegisterReadAnswer, today: string, token: number): void {
    this.pages.delete(url);
    if (token !== this.generation || !answer.ok || !answer.showFlags || answer.identity || answer.badges.length === 0) return;
    this.pages.set(url, { view: view(), answer, today });
    if (this.pages.size > this.max) this.pages.delete(this.pages.keys().next().value!);
  }

  get(url: string, today: string): { view: string; answer: RegisterReadAnswer } | undefined {
    const k = this.pages.get(url);
    if (!k || k.today !== today) return undefined;
    return { view: k.view, answer: k.answer };
  }
}
