import type { RegisterView } from '../../readers/view';

/**
 * What the teach preview shows before anything is saved: how much the taught mapping reads from the
 * page, the first rows as read, every problem, and whether saving would work. Pure, so it is tested
 * without a browser.
 */
export interface TeachPreview {
  /** "Read 28 pupils × 10 sessions from this page" */
  headline: string;
  rows: { name: string; codes: string[] }[];
  problems: string[];
  /** Saving a mapping that reads nobody, or no marks, would only teach a mistake. */
  canSave: boolean;
  /** Save is the main action only when what it saves will be read and stored. */
  main: boolean;
  /** Why saving would not work yet, or the step still needed after saving; absent when all is well. */
  why?: string;
}

const PREVIEW_ROWS = 3;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function previewOf(view: RegisterView): TeachPreview {
  const sessions = new Set(view.marks.map((m) => `${m.date}|${m.session}`)).size || view.sessions.length;
  const pupils = view.pupils.length;
  const headline = `Read ${plural(pupils, 'pupil', 'pupils')} × ${plural(sessions, 'session', 'sessions')} from this page`;
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
  const base = { headline, rows, problems };
  if (!pupils || !view.marks.length) {
    const what = !pupils ? 'no pupils' : 'no marks';
    return { ...base, canSave: false, main: false, why: `Nothing to save: this reads ${what}. Start again and click a pupil’s name, then that pupil’s mark${view.problems.length ? ' (the problems below say what is missing)' : ''}.` };
  }
  const blocking = view.problems.filter((p) => p.where !== 'rows-in-view' && !view.complete);
  if (!view.complete && blocking.length)
    return { ...base, canSave: true, main: false, why: `Saved like this, nothing from this page would be stored, because of the ${plural(blocking.length, 'problem', 'problems')} below. Start again and pick other cells, or answer what is asked above.` };
  if (!view.complete) return { ...base, canSave: true, main: true, why: 'Only the rows in view are read so far: after saving, scroll through the whole grid, or press “Read the whole grid” on the notice.' };
  return { ...base, canSave: true, main: true };
}
