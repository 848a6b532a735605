/**
 * SIMS web, SIMS Primary / Next Gen style (hosts assumed: `*.sims.co.uk`, `*.simsprimary.com`;
 * registration certificates are reports, so they are also recognised by their SIMS generator mark on
 * any address). Modelled on mis-pages.md §3: Take Register tiles with P / A / L buttons and Additional
 * Marks; Edit Marks grids with note indicators; the registration certificate (weeks × weekdays, two
 * marks a day); pupil lists with Pupil Info Columns.
 *
 * Mapping (explicit, SIMS only): the P / A / L buttons are present (`/` AM, `\` PM), `N` (absent, no
 * reason yet) and `L`; SIMS session sub-codes map to their statutory parent — `I01`→`I`, `X01`→`X`
 * (SIMS 8: a letter and two digits) and SIMS 7 `I_F`→`I` (a letter, underscore, letter) — only when the
 * parent is a one-letter national code. Anything else is kept verbatim and reported if unknown.
 * Unsaved: the default rule, plus a mark the app labels `aria-description="Not saved"`.
 */
import { isNationalCode } from '../../engine/codes';
import { TICK, type MisMapping } from '../codes-map';
import { hostIs, misReader } from '../mis-reader';
import { standardPages } from '../standard-pages';
import type { Reader } from '../types';
import { simsSelectors as S } from './sims.selectors';

export function isSimsUrl(url: URL): boolean {
  return hostIs(url, 'sims.co.uk', 'simsprimary.com');
}

/** SIMS sub-code → statutory parent, or undefined when the text is not a sub-code. */
export function simsParentCode(code: string): string | undefined {
  const m = /^([A-Z])(?:\d{2}|_[A-Z])$/.exec(code.trim());
  return m && isNationalCode(m[1]!) ? m[1] : undefined;
}

const BUTTONS: Record<string, string> = { P: TICK, A: 'N', L: 'L' };

const mapping: MisMapping = (raw) => {
  if (raw.via === 'button' && BUTTONS[raw.value.trim()] !== undefined) return BUTTONS[raw.value.trim()];
  return simsParentCode(raw.value);
};

export const sims: Reader = misReader({
  id: 'sims',
  label: 'SIMS (web)',
  historyPages: 'the attendance marks grid (a group’s weeks at once), or a pupil’s attendance history or registration certificate (their year)',
  matchesUrl: isSimsUrl,
  brand: (doc) => !!doc.querySelector(S.brand),
  pages: standardPages({
    scope: S.content,
    heading: S.heading,
    mapping,
    idAttrs: ['data-pupil-id'],
    marks: { skip: S.note, unsaved: S.unsaved },
    pupilIdFromUrl: (url) => /\/pupils\/([\w-]+)\/attendance/.exec(url.pathname)?.[1],
    cards: { list: S.tileList, card: S.tile, name: S.tileName, mark: S.tileMark },
  }),
});
