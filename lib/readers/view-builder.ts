/**
 * Collects one read into a RegisterView. Two kinds of trouble are kept apart:
 *  - `note`: something the view states honestly and that the engine handles (an unknown code kept
 *    verbatim); the view stays complete;
 *  - `fail`: something not read (a row without a name, an unreadable cell, a header date that does
 *    not parse); the view is marked incomplete, so nothing from it is stored or flagged.
 * The finished view is validated with zod; a view that fails validation is incomplete too.
 */
import { type PageKind, type ReadResult, type RegisterView, type ViewMark, type ViewPupil } from './view';

export class ViewBuilder {
  readonly view: RegisterView;
  readonly rows = new Map<string, Element>();
  private readonly sessionKeys = new Set<string>();
  private readonly markKeys = new Set<string>();
  private readonly pupilKeys = new Set<string>();

  /** `mis`: the MIS whose ids the page shows; a reader's id is its MIS's name unless it says otherwise. */
  constructor(reader: string, confidence: number, kind: PageKind, mis = reader) {
    this.view = { reader, mis, confidence, kind, context: {}, pupils: [], sessions: [], marks: [], problems: [], complete: true };
  }

  note(where: string, what: string): void {
    this.view.problems.push({ where, what });
  }

  fail(where: string, what: string): void {
    this.view.problems.push({ where, what });
    this.view.complete = false;
  }

  /** Adds a pupil; false (and a failure) when the key is already taken by another row. */
  addPupil(pupil: ViewPupil, row: Element, where: string): boolean {
    if (this.pupilKeys.has(pupil.key)) {
      this.fail(where, `two rows read as the same pupil (${pupil.name}); cannot tell them apart`);
      return false;
    }
    this.pupilKeys.add(pupil.key);
    this.view.pupils.push(pupil);
    this.rows.set(pupil.key, row);
    return true;
  }

  addSession(date: string, session: 'AM' | 'PM'): void {
    const k = `${date}|${session}`;
    if (this.sessionKeys.has(k)) return;
    this.sessionKeys.add(k);
    this.view.sessions.push({ date, session });
  }

  /**
   * `unique`: the caller guarantees this pupil has no other mark for this session and has added the
   * session already (a grid row whose session columns were checked distinct), so the per-mark
   * bookkeeping is skipped.
   */
  addMark(mark: ViewMark, where: string, unique = false): void {
    if (!unique) {
      const k = `${mark.pupil}|${mark.date}|${mark.session}`;
      if (this.markKeys.has(k)) {
        this.fail(where, `a second mark for the same pupil and session (${mark.date} ${mark.session})`);
        return;
      }
      this.markKeys.add(k);
      this.addSession(mark.date, mark.session);
    }
    this.view.marks.push(mark);
  }

  build(): ReadResult {
    this.view.sessions.sort((a, b) => (a.date + a.session).localeCompare(b.date + b.session));
    // Validated where the view leaves the reader (checkView: content script, read-page seam) and
    // again in the background, not here: a 2,000-row grid would pay for it twice.
    return { view: this.view, rows: this.rows };
  }
}
