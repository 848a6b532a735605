/**
 * What the session says on the page, and why: pure decisions from what happened to a read, so each
 * wording can be tested without a page. The session turns an `offer` into the notice's buttons.
 */
import type { RegisterView } from '../../readers/view';
import type { IdentityReport } from '../../messages';
import { datesInWords } from '../../engine/dates';

/** The action a notice offers besides Dismiss. */
export type NoticeOffer = 'none' | 'teach' | 'teach-again' | 'confirm-names' | 'read-all';

export interface SessionNotice {
  title: string;
  detail: string;
  offer: NoticeOffer;
  /** For 'confirm-names': the group whose names the user confirms. */
  group?: string;
}

/** No reader knows the page: said only when it looks like a register, which the user can teach. */
export function noticeForUnread(looksLikeRegister: boolean): SessionNotice | null {
  return looksLikeRegister
    ? { title: 'no reader recognises this page', detail: 'If this is a register, you can show Attendance Lens where the names and marks are.', offer: 'teach' }
    : null;
}

/** A read that is not complete: nothing is stored or flagged from it. */
export function noticeForIncomplete(view: Pick<RegisterView, 'problems' | 'reader'>): SessionNotice {
  const first = view.problems[0];
  const scrolling = first?.where === 'rows-in-view';
  return {
    title: scrolling ? 'keep scrolling to read this grid' : "this page's layout isn't fully recognised",
    detail: `${first ? datesInWords(first.what) + '. ' : ''}Nothing from this page is stored or flagged until it can be read completely.`,
    // Never only Dismiss: the step that fixes it is offered (scroll through the grid for the user).
    offer: scrolling ? 'read-all' : view.reader === 'taught' ? 'teach-again' : 'teach',
  };
}

/**
 * The background did not take a read. `invalid-request`: it failed the checks made before anything is
 * stored (a reader's fault, so teaching the page may help); anything else is the extension's own trouble.
 */
export function noticeForRefusal(refusedAsInvalid: boolean): SessionNotice {
  return refusedAsInvalid
    ? {
        title: 'nothing stored from this page',
        detail:
          'What was read from this page did not pass the checks made before anything is stored, so nothing from it is stored or flagged. If this is a register, you can show Attendance Lens where the names and marks are.',
        offer: 'teach',
      }
    : { title: 'nothing stored from this page', detail: 'The extension could not use this page (the details are in the browser console).', offer: 'none' };
}

/** The background answered that it could not use the page, with its reason. */
export function noticeForNotUsed(message: string | undefined): SessionNotice {
  return { title: 'nothing stored from this page', detail: message ?? 'The page could not be used.', offer: 'none' };
}

const pupils = (n: number) => `${n} pupil${n === 1 ? '' : 's'}`;
const are = (n: number) => (n === 1 ? 'is' : 'are');

/**
 * Identity is never guessed: pupils left out of the store are said so, each with the true reason and
 * the step that fixes it, rather than left to wonder about thin history. Null when every pupil was stored.
 */
export function noticeForIdentity(r: IdentityReport | undefined): SessionNotice | null {
  if (!r) return null;
  const total = r.needsConfirm + r.noGroup + r.ambiguousOnPage + r.ambiguousInStore + r.contradicts + r.unidentified;
  if (total <= 0) return null;
  const why: string[] = [];
  if (r.needsConfirm)
    why.push(
      `${pupils(r.needsConfirm)} ${are(r.needsConfirm)} shown by name only. Confirm once that these are your school's pupils in ${r.group ?? 'this group'} and their marks are stored from now on; a later import with UPNs can be joined to them.`,
    );
  if (r.noGroup)
    why.push(`${pupils(r.noGroup)} ${are(r.noGroup)} shown by name only, and the page does not say which group: open the register of one group, or import a file with their UPNs.`);
  if (r.ambiguousOnPage)
    why.push(`${pupils(r.ambiguousOnPage)} share a name with another pupil in the same group on this page, so none of them is stored: a page that shows their MIS id or date of birth can be stored.`);
  if (r.ambiguousInStore)
    why.push(`${pupils(r.ambiguousInStore)} could be more than one stored pupil: check the dashboard for pupils stored twice, or import a file with their UPNs.`);
  if (r.contradicts)
    why.push(`${pupils(r.contradicts)} contradict a stored pupil (a different UPN, MIS id or date of birth): check the pupil's details in the MIS and in the last import.`);
  if (r.unidentified) why.push(`${pupils(r.unidentified)} could not be identified (no MIS id, UPN, or name with date of birth).`);
  const needsOnlyConfirm = r.needsConfirm === total && r.group;
  return {
    title: needsOnlyConfirm ? `store the marks of ${r.group} by name?` : `${pupils(total)} on this page not stored`,
    detail: `${why.join(' ')} Until then their flags use this page only.`,
    offer: r.needsConfirm && r.group ? 'confirm-names' : 'none',
    ...(r.needsConfirm && r.group ? { group: r.group } : {}),
  };
}

export const noticeForPartFailed = (why: string): SessionNotice => ({
  title: 'this page could not be read',
  detail: `Attendance Lens could not load its page reader here (${why}). Reload the page to try again.`,
  offer: 'none',
});

export const noticeForDrawFailed = (why: string): SessionNotice => ({
  title: 'flags cannot be shown on this page',
  detail: `The register was read, but the flags could not be drawn (${why}).`,
  offer: 'none',
});

export const noticeForCrash = (why: string): SessionNotice => ({
  title: 'Attendance Lens stopped on this page',
  detail: `Something went wrong while reading it (${why}). Nothing more from it is stored or flagged.`,
  offer: 'none',
});

export const noticeForNoSettings = (why: string): SessionNotice => ({
  title: 'Attendance Lens could not start on this page',
  detail: `Its settings could not be read (${why}). Reload the page to try again.`,
  offer: 'none',
});
