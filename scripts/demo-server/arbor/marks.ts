/** How the Arbor-style pages draw one mark: presents and lates as icons (label only), others as text. */
import { html, type Raw } from '../html';
import { codeCategory, codeMeaning, PICKER_CODES } from '../codes';
import type { ShownMark } from '../state';
import type { Session } from '../../../lib/demo/types';

export function arborMarkCell(mark: ShownMark | undefined, session: Session): Raw {
  if (!mark) return html`<span class="mis-mark mis-mark--none" title="No Mark">-</span>`;
  if (mark.code === '/' || mark.code === '\\') {
    const label = `Present ${session}`;
    return html`<span class="mis-icon mis-icon--tick" role="img" aria-label="${label}" title="${label}"></span>`;
  }
  if (mark.code === 'L') {
    const label = mark.minutes !== undefined ? `Late (${mark.minutes} mins)` : 'Late';
    return html`<span class="mis-icon mis-icon--clock" role="img" aria-label="${label}" title="${label}"></span>`;
  }
  const cat = codeCategory(mark.code);
  return html`<span class="mis-mark mis-mark--${cat}" title="${codeMeaning(mark.code)}">${mark.code}</span>`;
}

/** Arbor's mark drop-down: vendor ids PRESENT / LATE for the two commonest marks, codes otherwise. */
export function arborMarkValue(mark: ShownMark | undefined): string {
  if (!mark) return '';
  if (mark.code === '/' || mark.code === '\\') return 'PRESENT';
  if (mark.code === 'L') return 'LATE';
  return mark.code;
}

export function arborMarkSelect(mark: ShownMark | undefined, session: Session, studentName: string): Raw {
  const value = arborMarkValue(mark);
  const opt = (v: string, text: string) => html`<option value="${v}"${v === value ? html` selected` : ''}>${text}</option>`;
  return html`<select class="mis-mark-select" aria-label="Attendance mark for ${studentName}" data-saved-value="${value}">
${opt('', '-')}${opt('PRESENT', `${session === 'AM' ? '/' : '\\'} Present`)}${opt('LATE', 'L Late')}
${PICKER_CODES.map((c) => opt(c, `${c} ${codeMeaning(c)}`))}
</select>`;
}

/** The statutory code an Arbor drop-down value stands for in a session. */
export function arborValueToCode(value: string, session: Session): string {
  if (value === 'PRESENT') return session === 'AM' ? '/' : '\\';
  if (value === 'LATE') return 'L';
  return value;
}
