/**
 * The dashboard's hash routes. The register overlay links to `dashboard.html#/pupil/<id>` and
 * `#/pupil/<id>/add-action` with the id `encodeURIComponent`-ed, so ids with any character survive.
 */
export type Route =
  | { kind: 'list' }
  | { kind: 'overview' }
  | { kind: 'cohorts' }
  | { kind: 'tsm' }
  | { kind: 'pupil'; pupilId: string; yearStart?: number }
  | { kind: 'add-action'; pupilId: string }
  | { kind: 'referral'; pupilId: string }
  | { kind: 'edit-action'; pupilId: string; actionId: string }
  | { kind: 'not-found'; hash: string };

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  if (path === '' || path === '/') return { kind: 'list' };
  if (path === '/overview') return { kind: 'overview' };
  if (path === '/cohorts') return { kind: 'cohorts' };
  if (path === '/tsm') return { kind: 'tsm' };
  const m = /^\/pupil\/([^/]+)(?:\/(add-action|referral)|\/action\/([^/]+)|\/year\/(\d{4}))?\/?$/.exec(path);
  if (m) {
    const pupilId = decode(m[1]!);
    if (pupilId === null) return { kind: 'not-found', hash };
    if (m[2]) return m[2] === 'referral' ? { kind: 'referral', pupilId } : { kind: 'add-action', pupilId };
    if (m[3]) {
      const actionId = decode(m[3]);
      return actionId === null ? { kind: 'not-found', hash } : { kind: 'edit-action', pupilId, actionId };
    }
    if (m[4]) return { kind: 'pupil', pupilId, yearStart: Number(m[4]) };
    return { kind: 'pupil', pupilId };
  }
  return { kind: 'not-found', hash };
}

export const listHref = (): string => '#/';
export const overviewHref = (): string => '#/overview';
export const cohortsHref = (): string => '#/cohorts';
export const tsmHref = (): string => '#/tsm';
export const pupilHref = (pupilId: string): string => `#/pupil/${encodeURIComponent(pupilId)}`;
export const pupilYearHref = (pupilId: string, yearStart: number): string => `${pupilHref(pupilId)}/year/${yearStart}`;
export const addActionHref = (pupilId: string): string => `${pupilHref(pupilId)}/add-action`;
export const editActionHref = (pupilId: string, actionId: string): string => `${pupilHref(pupilId)}/action/${encodeURIComponent(actionId)}`;
export const referralHref = (pupilId: string): string => `${pupilHref(pupilId)}/referral`;
