/**
 * iSAMS (`*.isams.cloud`, `*.isams.co.uk`). Modelled on mis-pages.md §4: registration codes are the
 * school's own ("a registration code must be assigned to a government code"), shown with a colour
 * and, in the title or a data attribute, the government code they map to.
 *
 * Mapping (explicit): the government code the page states beside a school code wins
 * (`data-government-code`, or "Government code: I" in a title / option text); "Present" as the
 * government code is `/` (AM) or `\` (PM). A school code with no government code shown is read as
 * a national code if it is one, otherwise kept verbatim and reported.
 * Unsaved: the default rule, plus an `unsaved` marker on the edited cell.
 */
import { TICK, type MisMapping } from '../codes-map';
import { hostIs, misReader } from '../mis-reader';
import { standardPages } from '../standard-pages';
import type { Reader } from '../types';
import { isamsSelectors as S } from './isams.selectors';

export function isIsamsUrl(url: URL): boolean {
  return hostIs(url, 'isams.cloud', 'isams.co.uk');
}

/** "Sick (Government code: I)" → "I"; "Government code: Present" → the present tick. */
export function governmentCodeIn(text: string): string | undefined {
  const m = /government code:?\s*([^\s)]+)/i.exec(text);
  if (!m) return undefined;
  return /^present$/i.test(m[1]!) ? TICK : m[1];
}

const mapping: MisMapping = (raw) => {
  if (raw.via === 'data') return /^present$/i.test(raw.value) ? TICK : raw.value;
  return governmentCodeIn(raw.label ?? '') ?? governmentCodeIn(raw.text);
};

export const isams: Reader = misReader({
  id: 'isams',
  label: 'iSAMS',
  historyPages: 'the attendance marks grid (a group’s weeks at once), or a pupil’s attendance history or registration certificate (their year)',
  matchesUrl: isIsamsUrl,
  brand: (doc) => !!doc.querySelector(S.brand),
  pages: standardPages({
    scope: S.content,
    heading: S.heading,
    mapping,
    idAttrs: ['data-pupil-id', 'data-school-id'],
    marks: { unsaved: S.unsaved },
    pupilIdFromUrl: (url) => url.searchParams.get('pupilId') ?? undefined,
  }),
});
