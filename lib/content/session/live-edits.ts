/**
 * Marks edited on screen before saving: the badges from the background's last answer, re-applied with
 * the marks now showing, exactly and locally (within a frame), until the background answers again.
 */
import type { LiveOptions } from '../../overlay/live';
import type { PupilBadge } from '../../pupil/badge';
import type { RegisterView } from '../../readers/view';
import type { OverlayPart } from '../parts';

/** The marks on screen by pupil key, each as `date|session` → code. */
export function marksByPupil(view: Pick<RegisterView, 'marks'>): Map<string, Record<string, string>> {
  const byPupil = new Map<string, Record<string, string>>();
  for (const m of view.marks) {
    let r = byPupil.get(m.pupil);
    if (!r) byPupil.set(m.pupil, (r = {}));
    r[`${m.date}|${m.session}`] = m.code;
  }
  return byPupil;
}

/** The background's last answer: the badges, the LA bands and the date the figures run to. */
export class LiveEdits {
  base: PupilBadge[] = [];
  private live: LiveOptions = {};

  answered(badges: PupilBadge[], live: LiveOptions): void {
    this.base = badges;
    this.live = live;
  }
  clear(): void {
    this.base = [];
  }
  /** The badges with the marks on screen applied; null when there is nothing to apply them to. */
  apply(part: OverlayPart, view: RegisterView): PupilBadge[] | null {
    if (!this.base.length) return null;
    const byPupil = marksByPupil(view);
    return this.base.map((b) => part.applyUnsavedMarks(b, byPupil.get(b.key) ?? {}, this.live));
  }
}
