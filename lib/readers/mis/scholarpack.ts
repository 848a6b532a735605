/**
 * ScholarPack (`*.scholarpack.com`, host assumed). Modelled on mis-pages.md §4: the teacher's
 * register (positively or negatively marked; sessions drawn as semicircle icons coloured green /
 * orange / red with the mark in the title; a "complex register" drop-down of all DfE codes); Manage
 * Register (pupils × up to four weeks of AM/PM, cells styled by category, minutes late in
 * `data-minutes-late`); a pupil's attendance; pupil lists.
 *
 * Mapping: semicircle titles "Present" → `/` (AM) or `\` (PM), "Late" → `L`, "Absent: N" → `N`.
 * Unsaved: the default rule, plus ScholarPack's `data-dirty="1"` on an edited cell. Cells of pupils
 * not on roll (`data-sp-off-roll`) hold no session.
 */
import type { MisMapping } from '../codes-map';
import { hostIs, misReader } from '../mis-reader';
import { standardPages } from '../standard-pages';
import type { Reader } from '../types';
import { scholarpackSelectors as S } from './scholarpack.selectors';

export function isScholarPackUrl(url: URL): boolean {
  return hostIs(url, 'scholarpack.com');
}

/** Semicircle titles name absences as "Absent: N"; present and late read through the shared words. */
const mapping: MisMapping = (raw) => /^absent:\s*(\S{1,3})$/i.exec(raw.text.trim())?.[1];

export const scholarpack: Reader = misReader({
  id: 'scholarpack',
  label: 'ScholarPack',
  historyPages: 'the attendance marks grid (a group’s weeks at once), or a pupil’s attendance history or registration certificate (their year)',
  matchesUrl: isScholarPackUrl,
  brand: (doc) => !!doc.querySelector(S.brand),
  pages: standardPages({
    scope: S.content,
    heading: S.heading,
    mapping,
    idAttrs: ['data-pupil-id', 'data-sp-pupil'],
    marks: { unsaved: S.unsaved, noSession: S.noSession },
    pupilIdFromUrl: (url) => url.searchParams.get('pupil_id') ?? undefined,
  }),
});
