import { pupilName } from '../../lib/pupil/names';
import { useLive } from '../../lib/store/live';
import type { DashboardContext } from '../dashboard/context';

/** The name of the pupil now in focus on the register (one row read), or "Another pupil" until read or if unknown. */
export function FocusedPupilName({ ctx, pupilId }: { ctx: DashboardContext; pupilId: string }) {
  const row = useLive(() => ctx.db.pupils.get(pupilId), [pupilId]).value.value;
  return <strong>{row ? pupilName(row) : 'Another pupil'}</strong>;
}
