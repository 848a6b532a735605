/**
 * A pupil's identity from one row (or card): name, MIS id, and whatever identity and characteristics
 * the page shows — in columns (UPN, DOB, year, group, FSM, SEN …) or as badges beside the name.
 */
import type { ColumnRole, Trait } from './columns';
import { parseDateText, type YearContext } from './dates';
import { looksLikeName, personName, pupilKey } from './names';
import type { LogicalRow } from './table-grid';
import { clean, labelOf, textOf } from './text';
import type { ViewPupil } from './view';

type Characteristics = NonNullable<ViewPupil['characteristics']>;

/** Row attributes that carry the MIS's own pupil id, by what MIS pages commonly use. */
const ID_ATTRS = ['data-student-id', 'data-studentid', 'data-pupil-id', 'data-pupilid', 'data-person-id', 'data-learner-id', 'data-id'];

export function misIdOf(el: Element, attrs: readonly string[] = ID_ATTRS): string | undefined {
  for (const a of attrs) {
    const v = el.getAttribute(a) ?? el.querySelector(`[${a}]`)?.getAttribute(a);
    if (v && clean(v)) return clean(v);
  }
  return undefined;
}

const IDENTITY_KINDS = new Set<ColumnRole['kind']>(['name', 'surname', 'forename', 'admission', 'upn', 'dob', 'year', 'group', 'trait']);

const YES = /^(y|yes|true|✓|✔|☑|x)$/i;
const NO = /^(n|no|false|-|–|)$/i;

function flagValue(cell: Element): boolean | undefined {
  const t = clean(cell.textContent) || labelOf(cell) || labelOf(cell.querySelector('[title],[aria-label]') ?? cell);
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  // Icon labels such as "FSM eligible: yes" / "Not eligible".
  if (/\b(no|not|false)\b/i.test(t)) return false;
  if (/\b(yes|true)\b/i.test(t)) return true;
  return undefined;
}

function senValue(text: string): Characteristics['sen'] | undefined {
  const t = clean(text);
  if (/^(e|ehcp|ehc ?plan|statement|s)$/i.test(t) || /\bEHC/i.test(t)) return 'ehcp';
  if (/^(k|sen support|support|yes|y)$/i.test(t) || /\bsupport\b/i.test(t)) return 'support';
  if (/^(n|none|no|-|)$/i.test(t)) return 'none';
  return undefined;
}

/** Badges beside a name ("PP", "SEN", "EHCP", "EAL", "LAC"), read from text or label. */
export function traitsFromBadges(badges: Element[], into: Characteristics): void {
  for (const b of badges) {
    const t = `${clean(b.textContent)} ${labelOf(b)}`;
    if (/\bFSM\b|free school meals/i.test(t)) into.fsm = true;
    if (/\bPP\b|pupil premium/i.test(t)) into.pp = true;
    if (/\bEHCP?\b|education,? health/i.test(t)) into.sen = 'ehcp';
    else if (/\bSEND?\b|special educational/i.test(t)) into.sen = into.sen ?? 'support';
    if (/\bEAL\b|additional language/i.test(t)) into.eal = true;
    if (/\b(LAC|CLA|CIC|looked after|in care)\b/i.test(t)) into.cic = true;
  }
}

export interface RowPupilOptions {
  year: YearContext;
  /** Badge elements inside the name cell (left out of the name, read as characteristics). */
  badges?: string;
  idAttrs?: readonly string[];
}

export type RowPupil = { ok: true; pupil: ViewPupil } | { ok: false; reason: string };

export function pupilFromRow(row: LogicalRow, roles: ColumnRole[], opts: RowPupilOptions): RowPupil {
  let name = '';
  let surname = '';
  let forename = '';
  const pupil: Partial<ViewPupil> = {};
  const traits: Characteristics = {};
  let nameCell: Element | undefined;
  roles.forEach((role, col) => {
    const cell = row.cells[col];
    // Session and lesson columns are the bulk of a grid and say nothing about identity: skip them first.
    if (!cell || !row.origin[col] || !IDENTITY_KINDS.has(role.kind)) return;
    const text = clean(cell.textContent);
    switch (role.kind) {
      case 'name':
        if (!nameCell) {
          nameCell = cell;
          // A name cell often links to the pupil's profile beside badges and notes: the link is the name.
          const link = cell.querySelector('a');
          const linked = link ? textOf(link, opts.badges) : '';
          name = linked && looksLikeName(linked) ? linked : textOf(cell, opts.badges);
          if (opts.badges) traitsFromBadges(Array.from(cell.querySelectorAll(opts.badges)), traits);
        }
        break;
      case 'surname':
        surname = text;
        break;
      case 'forename':
        forename = text;
        break;
      case 'admission':
        if (text) pupil.admissionNumber = text;
        break;
      case 'upn':
        if (text) pupil.upn = text;
        break;
      case 'dob': {
        const p = text ? parseDateText(text, opts.year) : undefined;
        if (p?.ok && !p.partial) pupil.dateOfBirth = p.date;
        break;
      }
      case 'year':
        if (text) pupil.yearGroup = text.replace(/^(year|yr)\s*/i, '');
        break;
      case 'group':
        if (text) pupil.regGroup = text;
        break;
      case 'trait': {
        if (role.trait === 'sen') {
          const v = senValue(text || labelOf(cell));
          if (v) traits.sen = v;
        } else {
          const v = flagValue(cell);
          if (v !== undefined) traits[role.trait as Exclude<Trait, 'sen'>] = v;
        }
        break;
      }
      default:
        break;
    }
  });
  if (!name && (surname || forename)) name = clean(`${forename} ${surname}`);
  if (!name || !looksLikeName(name)) {
    return { ok: false, reason: name ? `"${name}" is not a pupil name` : 'no pupil name' };
  }
  const display = personName(name);
  const misId = misIdOf(row.el, opts.idAttrs) ?? (nameCell ? misIdOf(nameCell, opts.idAttrs) : undefined);
  const out: ViewPupil = { key: pupilKey(misId, display, misId ? undefined : pupil.dateOfBirth), name: display, ...pupil };
  if (misId) out.misId = misId;
  if (Object.keys(traits).length) out.characteristics = traits;
  return { ok: true, pupil: out };
}
