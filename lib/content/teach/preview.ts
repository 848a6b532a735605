import type { RegisterView } from '../../readers/view';

/**
 * What the teach preview shows before anything is saved: how much the taught mapping reads from the
 * page, the first rows as read, and every problem. Pure, so it is tested without a browser.
 */
export interface TeachPreview {
  /** "Read 28 pupils × 10 sessions from this page" */
  headline: string;
  rows: { name: string; codes: string[] }[];
  problems: string[];
  /** Saving a mapping that reads nobody, or no marks, would only teach a mistake. */
  canSave: boolean;
}

const PREVIEW_ROWS = 3;

export function previewOf(view: RegisterView): TeachPreview {
  const sessions = view.sessions.length;
  const pupils = view.pupils.length;
  const headline = `Read ${pupils} ${pupils === 1 ? 'pupil' : 'pupils'} × ${sessions} ${sessions === 1 ? 'session' : 'sessions'} from this page`;
  const rows = view.pupils.slice(0, PREVIEW_ROWS).map((p) => ({
    name: p.name,
    codes: view.marks.filter((m) => m.pupil === p.key).map((m) => (m.code === '' ? '·' : m.code)),
  }));
  const problems = view.problems.map((p) => `${p.where}: ${p.what}`);
  if (!view.complete && !problems.length) problems.push('the page could not be read completely');
  // The store will not guess who a pupil is from a name alone (two children can share one), so say
  // so now rather than let the user believe the marks are being kept.
  if (pupils && view.pupils.every((p) => !p.misId && !p.upn && !p.dateOfBirth))
    problems.push('pupils: only names are shown here (no pupil id, UPN or date of birth), so their marks can be flagged on this page but not stored');
  return { headline, rows, problems, canSave: pupils > 0 && view.marks.length > 0 };
}
