/**
 * The overlay's two kinds of waiting: at most one measuring pass per animation frame, however many
 * scrolls, resizes and renders ask for one; and the hover delays before a preview opens or closes.
 */

/** The frame functions of the page's window (injected so tests can run frames by hand). */
export interface FrameClock {
  requestAnimationFrame(cb: () => void): number;
  cancelAnimationFrame(id: number): void;
}

/** Runs `pass` once in the next frame, however often it is asked; never after `stop`. */
export class FrameScheduler {
  private id = 0;
  private stopped = false;

  constructor(
    private readonly clock: FrameClock,
    private readonly pass: () => void,
  ) {}

  /** A pass in the next frame (one already asked for stays the only one). */
  schedule(): void {
    if (!this.id && !this.stopped) this.id = this.clock.requestAnimationFrame(() => this.run());
  }

  /** A pass is running now (from the frame or called directly): any pending frame is dropped. */
  cancel(): void {
    if (this.id) this.clock.cancelAnimationFrame(this.id);
    this.id = 0;
  }

  get pending(): boolean {
    return this.id !== 0;
  }

  stop(): void {
    this.cancel();
    this.stopped = true;
  }

  private run(): void {
    this.id = 0;
    this.pass();
  }
}

/** Delays before a hover preview opens, and before it closes once the pointer left. */
export const HOVER_OPEN_MS = 150;
export const HOVER_CLOSE_MS = 250;

/** One pending open and one pending close at most; a new one replaces the old. */
export class HoverTimers {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  openLater(fn: () => void): void {
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(fn, HOVER_OPEN_MS);
  }

  closeLater(fn: () => void): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(fn, HOVER_CLOSE_MS);
  }

  cancelOpen(): void {
    clearTimeout(this.openTimer);
  }

  cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  cancel(): void {
    this.cancelOpen();
    this.cancelClose();
  }
}
