/**
 * De-duplication of reads: every DOM change re-reads the page, but the background is asked only when
 * what was read changed. A read the background refused is not sent again until the page shows
 * something else.
 */
import type { RegisterView } from '../../readers/view';

/** What identifies one read: the pupils and their marks. */
export const readFingerprint = (view: RegisterView): string => JSON.stringify([view.pupils.map((p) => p.key), view.marks]);

export type ReadDecision = 'refused-before' | 'same-as-sent' | 'send';

export class ReadTracker {
  private lastSent = '';
  private lastRefused = '';

  /** `drawn`: the last answer is on screen (or needs nothing drawn), so a repeat need not be sent. */
  decide(fingerprint: string, drawn: boolean): ReadDecision {
    if (fingerprint === this.lastRefused) return 'refused-before';
    if (fingerprint === this.lastSent && drawn) return 'same-as-sent';
    return 'send';
  }
  sent(fingerprint: string): void {
    this.lastSent = fingerprint;
  }
  refused(fingerprint: string): void {
    this.lastSent = '';
    this.lastRefused = fingerprint;
  }
  forget(): void {
    this.lastSent = '';
    this.lastRefused = '';
  }
}
