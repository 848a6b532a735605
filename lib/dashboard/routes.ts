/**
 * The dashboard's hash routes. The register overlay links to `dashboard.html#/pupil/<id>` and
 * `#/pupil/<id>/add-action` with the id `encodeURIComponent`-ed, so ids with any character survive.
 */
export type Route =
  | { kind: 'list' }
  | { kind: 'pupil'; pupilId: string }
  | { kind: 'add-action'; pupilId: string }
  | { kind: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { kind: 'list' };
  const m = /^\/pupil\/([^/]+)(\/add-action)?\/?$/.exec(path);
  if (m) {
    let pupilId: string;
    try {
      pupilId = decodeURIComponent(m[1]!);
    } catch {
      return { kind: 'not-found', hash };
    }
    return m[2] ? { kind: 'add-action', pupilId } : { kind: 'pupil', pupilId };
  }
  return { kind: 'not-found', hash };
}

export const listHref = (): string => '#/';
export const pupilHref = (pupilId: string): string => `#/pupil/${encodeURIComponent(pupilId)}`;
export const addActionHref = (pupilId: string): string => `${pupilHref(pupilId)}/add-action`;
