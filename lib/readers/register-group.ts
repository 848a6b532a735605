/**
 * The registration group a register page is for, from its heading and title: "Registration: 7RB – AM",
 * "Roll Call Marks: 7RB", "Take Register - 2OS - 20/11/2026 PM", "Tutor Group: 7RB Week: 08/09/2025",
 * "7RB Registration · PM", "Register – Class 2 – AM".
 * A take-register or marks-grid page lists one group's pupils, so they are in that group unless a row says
 * otherwise — without this, pupils first seen on a register have no group in the dashboard's lists and filters.
 * Only one unambiguous group code counts: two codes, a lesson ("Maths 7x1"), a year or "Whole School" give none.
 */
import { clean } from './text';
import type { ViewBuilder } from './view-builder';

/** A group code as schools write them: year + letters (7RB, 10KT, 2OS, 5K) or a Reception class (RKT). */
const CODE = /^(?:(?:[1-9]|1[0-3])[A-Z]{1,4}\d?|R[A-Z]{1,3})$/;
/** After a label that names a registration group, any short code with a digit and a capital (Y7-BLUE, 11X2). */
const LABELLED_CODE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Za-z0-9-]{1,7}$/;
const LABEL = /\b(?:registration(?:\s*group)?|reg\.?\s*group|tutor\s*group|form(?:\s*group)?|class)\s*[:\-–—]?\s*([A-Za-z0-9][A-Za-z0-9/-]{0,9})/gi;
/** "7RB Registration", "8B register": the code before the word. */
const BEFORE_WORD = /\b([A-Z0-9][A-Za-z0-9-]{0,7})\s+(?:registration|register)\b/gi;
/** "Class 2": a primary class named by number is the group "Class 2". */
const CLASS_NUMBER = /\bclass\s+(\d{1,2})\b/gi;
const SEPARATORS = /\s*(?:[|·:–—]|\s-\s)\s*/;

export function registrationGroupIn(...texts: string[]): string | undefined {
  const found = new Set<string>();
  for (const raw of texts) {
    const text = clean(raw);
    for (const m of text.matchAll(LABEL)) {
      const token = m[1]!;
      if (CODE.test(token) || LABELLED_CODE.test(token)) found.add(token.toUpperCase());
    }
    for (const m of text.matchAll(BEFORE_WORD)) if (CODE.test(m[1]!)) found.add(m[1]!);
    for (const m of text.matchAll(CLASS_NUMBER)) found.add(`Class ${m[1]}`);
    for (const segment of text.split(SEPARATORS)) if (CODE.test(segment.trim())) found.add(segment.trim());
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Gives a register's pupils the group its heading or title names, unless their own row gives one. */
export function applyRegisterGroup(b: ViewBuilder, ...texts: string[]): void {
  const group = registrationGroupIn(...texts);
  if (!group) return;
  b.view.context.group = group;
  for (const p of b.view.pupils) if (!p.regGroup) p.regGroup = group;
}
