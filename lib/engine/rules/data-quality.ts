/**
 * `D-NORM`, `D-CODESET` and coverage: flags about the register itself, over the year's scope. Blank and
 * unknown marks are left out of every figure; legacy and out-of-era codes are read as the rules say.
 */
import { MB } from '../codes';
import { raise, type RuleContext } from '../rule-context';

export function dataQuality(ctx: RuleContext): void {
  const { anyBits, figures } = ctx.tally;
  const c = figures.counts;
  if (anyBits & MB.MISSING) raise(ctx, 'MISSING_MARK', `${c.missing === 1 ? '1 session has' : `${c.missing} sessions have`} a blank mark; they are not counted until a code is entered.`, { missing: c.missing });
  if (anyBits & MB.UNKNOWN) raise(ctx, 'UNKNOWN_CODE', `${c.unknown === 1 ? '1 session holds' : `${c.unknown} sessions hold`} a code that is not a national attendance code; they are not counted. Check the code mapping for this MIS.`, { unknown: c.unknown });
  if (anyBits & MB.LEGACY_AFTER) raise(ctx, 'LEGACY_CODE_AFTER_CUTOVER', 'A pre-2024 code (H, F, J or Y) is dated on or after 19 Aug 2024; it is read as its 2024 successor (C, C, J1 or Y7).', {});
  if (anyBits & MB.NEW_BEFORE) raise(ctx, 'NEW_CODE_BEFORE_CUTOVER', 'A 2024 code (such as K, C1, C2, J1, Q, Y1–Y7) is dated before 19 Aug 2024; it is read with its 2024 meaning.', {});
  const cov = figures.coverage;
  if (cov.daysWithoutMarks > 0) raise(ctx, 'INCOMPLETE_COVERAGE', cov.text, { schoolDaysOnRoll: cov.schoolDaysOnRoll, daysWithoutMarks: cov.daysWithoutMarks });
}
