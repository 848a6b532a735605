/**
 * A field that already holds exactly what we would write (a radio the page chose, or a person ticked, that is the
 * stored answer; a box already reading the stored text) is not "already filled by someone else": writing it
 * changes nothing, so it is planned like an empty field and shown to the user. When what the page holds differs,
 * it stays a refusal until the user ticks overwrite — a page's pre-chosen option may be a saved draft's answer,
 * and a guess between the page and a person is never made.
 */
import type { FieldSnapshot } from './snapshot';

interface Act { fieldIndex: number; value: string | boolean; optionIndex?: number }

export function alreadyHolds(members: FieldSnapshot[], acts: Act[]): boolean {
  if (!acts.length) return false;
  const byIndex = new Map(members.map((m) => [m.index, m]));
  return acts.every((a) => {
    const f = byIndex.get(a.fieldIndex);
    if (!f) return false;
    if (f.type === 'radio') return f.checked && members.filter((m) => m.type === 'radio').every((m) => m === f || !m.checked);
    if (f.type === 'checkbox') return f.checked === (a.value === true);
    if (f.tag === 'select') return a.optionIndex !== undefined && f.options[a.optionIndex]?.selected === true && f.options.filter((o) => o.selected).length === 1;
    return typeof a.value === 'string' && f.value.trim() === a.value.trim();
  });
}
