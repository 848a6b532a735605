/** What every rule module receives: the pupil's timeline, the scopes, and where to put reasons. */
import { formatShort, type IsoDate } from './dates';
import type { ScopeTally } from './figures';
import type { Flag, Reason } from './flags';
import { FLAG_SEVERITY } from './flags';
import type { DayView } from './timeline';
import type { PupilContext } from './types';

export interface RuleContext {
  readonly view: DayView;
  /** All data up to "as of" (or leaving), on roll: view days [lo, hi]. Windows (PN, runs) use this. */
  readonly lo: number;
  readonly hi: number;
  /** The academic year of "as of", on roll, up to "as of": view days [yLo, yHi]. Rates use this. */
  readonly yLo: number;
  readonly yHi: number;
  readonly asOf: IsoDate;
  readonly yearEnd: IsoDate;
  readonly csa: boolean;
  readonly tally: ScopeTally;
  readonly context: PupilContext;
  readonly flags: Flag[];
  readonly reasons: Reason[];
}

/** Raises a flag with its sentence. Callers build the text only when the flag is raised. */
export function raise(ctx: RuleContext, flag: Flag, text: string, numbers: Reason['numbers'] = {}): void {
  ctx.flags.push(flag);
  ctx.reasons.push({ id: flag, severity: FLAG_SEVERITY[flag], text, numbers });
}

/** "since 3 Sep" from the first marked day of the year scope. */
export function sinceText(ctx: RuleContext): string {
  const first = ctx.tally.figures.coverage.firstMarked;
  return first ? `since ${formatShort(first)}` : 'this year';
}
