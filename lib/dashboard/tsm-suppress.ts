/**
 * Small-number suppression for the Targeting Support Meeting pack: the pack leaves the school, so a
 * group of fewer than `min` pupils shows "fewer than 5" instead of counts and rates that could point
 * to a child. A group whose figures would let someone work a suppressed group out (its other half in
 * a characteristic pair, or the last year group left when one is hidden) is hidden too. Pure.
 */
import type { GroupFigures } from './cohorts';

export const DEFAULT_TSM_MIN_GROUP = 5;

export type Suppression = 'small' | 'complement' | null;

export interface TsmGroupRow extends GroupFigures {
  suppressed: Suppression;
}

export interface SuppressInput {
  all: GroupFigures;
  yearGroups: readonly GroupFigures[];
  pairs: readonly { withIt: GroupFigures; without: GroupFigures }[];
  extra: readonly GroupFigures[];
}

/** Rows in pack order (all, year groups, each pair, extras), each marked whether and why it is hidden. */
export function suppressSmallGroups(input: SuppressInput, min: number = DEFAULT_TSM_MIN_GROUP): TsmGroupRow[] {
  // A group of none identifies nobody: it is shown as 0.
  const small = (g: GroupFigures) => g.pupils > 0 && g.pupils < min;
  const mark = (g: GroupFigures, s: Suppression): TsmGroupRow => ({ ...g, suppressed: s });

  const all = mark(input.all, small(input.all) ? 'small' : null);
  const years = input.yearGroups.map((g) => mark(g, small(g) ? 'small' : null));
  // One hidden year group could be worked out as the whole school less the others: hide the next smallest too.
  if (years.filter((y) => y.suppressed).length === 1) {
    const next = years.filter((y) => !y.suppressed && y.pupils > 0).sort((a, b) => a.pupils - b.pupils)[0];
    if (next) next.suppressed = 'complement';
  }
  const pairs = input.pairs.flatMap((p) => {
    const a = small(p.withIt);
    const b = small(p.without);
    return [mark(p.withIt, a ? 'small' : b ? 'complement' : null), mark(p.without, b ? 'small' : a ? 'complement' : null)];
  });
  const extra = input.extra.map((g) => mark(g, small(g) ? 'small' : null));
  return [all, ...years, ...pairs, ...extra];
}

/** What a hidden group shows in place of its pupil count, and in place of each figure. */
export function suppressedWords(s: Exclude<Suppression, null>, min: number): { pupils: string; figure: string } {
  return s === 'small' ? { pupils: `fewer than ${min}`, figure: 'not shown' } : { pupils: 'not shown', figure: 'not shown' };
}
