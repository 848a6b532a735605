/**
 * A pupil from a row whose name column was found by content, not by a header or a class name.
 * Badges beside the name ("PP", "SEN") are told apart by shape: a separate element holding a short
 * upper-case word. The MIS id comes from the row's data attributes or the name's link.
 */
import type { ColumnRole } from '../columns';
import { parseDateText, type YearContext } from '../dates';
import { looksLikeName, personName, pupilKey } from '../names';
import { misIdOf, traitsFromBadges } from '../pupil-row';
import { clean } from '../text';
import type { ViewPupil } from '../view';

const BADGE = /^[A-Z0-9+&*]{1,4}$/;
const STATUS = /^(?:unsaved|not saved|changed|edited|saved)$/i;
const ID_IN_HREF = /(?:student|pupil|person|learner|child)[-_]?ids?[=/](\w+)|\/(\d{2,})(?=[/?#]|$)/i;
// Grids often key rows with their own id in data-key / data-row-key (virtualised lists need one).
const EXTRA_ID_ATTRS = ['data-key', 'data-row-key', 'data-rowkey'];
const ID_ATTRS = ['data-student-id', 'data-studentid', 'data-pupil-id', 'data-pupilid', 'data-person-id', 'data-learner-id', 'data-id', ...EXTRA_ID_ATTRS];

/** The name in a cell, and the badge elements beside it. */
export function nameIn(cell: Element): { name: string; badges: Element[] } {
  let el = cell;
  // Step through wrappers (<a>, <span>) that hold all the text.
  while (el.children.length === 1 && clean(el.children[0]!.textContent) === clean(el.textContent)) el = el.children[0]!;
  const badges: Element[] = [];
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    const t = clean(node.textContent);
    if (!t) continue;
    // A status tag beside the name ("Unsaved") is not part of it.
    if (node.nodeType === 1 && STATUS.test(t)) continue;
    if (node.nodeType === 1 && BADGE.test(t) && text) badges.push(node as Element);
    else text += ` ${t}`;
  }
  return { name: clean(text), badges };
}

export function isPupilName(text: string): boolean {
  return looksLikeName(text) && !/\d/.test(text);
}

const ID_SELECTOR = ID_ATTRS.map((a) => `[${a}]`).join(',');

/** The id an element (or, failing that, one of its descendants) carries; one query, not one per name. */
function idOf(el: Element): string | undefined {
  for (const a of ID_ATTRS) {
    const v = clean(el.getAttribute(a));
    if (v) return v;
  }
  // ag-grid's row id is the app's record id when the app gives one (getRowId); left to itself the
  // grid numbers rows by position (row-id equals row-index), which is no identity at all.
  const rowId = clean(el.getAttribute('row-id'));
  if (rowId && rowId !== el.getAttribute('row-index')) return rowId;
  const inner = el.firstElementChild ? el.querySelector(ID_SELECTOR) : null;
  return inner ? misIdOf(inner, ID_ATTRS) : undefined;
}

function idFromLink(cell: Element): string | undefined {
  const a = cell.tagName === 'A' ? cell : cell.querySelector('a[href]');
  const m = ID_IN_HREF.exec(a?.getAttribute('href') ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

const IDENTITY = new Set<ColumnRole['kind']>(['admission', 'upn', 'group', 'year', 'dob']);

export interface PupilRead {
  pupil: ViewPupil;
  /** The name text as the page shows it (for problems). */
  shown: string;
}

/** Identity from a row: name (from `nameCell`), id, and the identity columns the headers name. */
export function pupilFrom(
  rowEl: Element,
  nameCell: Element,
  cells: (Element | undefined)[],
  roles: ColumnRole[],
  year: YearContext,
  shownName?: string,
): PupilRead {
  const found = shownName === undefined ? nameIn(nameCell) : { name: shownName, badges: [] };
  const { name, badges } = found;
  const display = personName(name);
  const pupil: ViewPupil = { key: '', name: display };
  roles.forEach((role, col) => {
    if (!IDENTITY.has(role.kind)) return; // session columns are most of the row: do not read them here
    const cell = cells[col];
    const text = cell ? clean(cell.textContent) : '';
    if (!text) return;
    if (role.kind === 'admission') pupil.admissionNumber = text;
    else if (role.kind === 'upn') pupil.upn = text;
    else if (role.kind === 'group') pupil.regGroup = text;
    else if (role.kind === 'year') pupil.yearGroup = text.replace(/^(?:year|yr)\s*/i, '');
    else if (role.kind === 'dob') {
      const p = parseDateText(text, year);
      if (p?.ok && !p.partial) pupil.dateOfBirth = p.date;
    }
  });
  const traits: NonNullable<ViewPupil['characteristics']> = {};
  traitsFromBadges(badges, traits);
  if (Object.keys(traits).length) pupil.characteristics = traits;
  const misId = idOf(rowEl) ?? idOf(nameCell) ?? idFromLink(nameCell);
  if (misId) pupil.misId = misId;
  pupil.key = pupilKey(misId, display, misId ? undefined : pupil.dateOfBirth);
  return { pupil, shown: name };
}
