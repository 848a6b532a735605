import type { ProfileChoice } from '../../lib/dashboard/load-store';
import type { openStore } from '../../lib/store/schema';

/** What every dashboard page is given by DashboardApp (its own module, so pages do not import the app). */
export interface DashboardContext {
  db: ReturnType<typeof openStore>;
  /** The LA profile chosen in settings (the same one the register overlay uses), with the school's own bands. */
  profile: ProfileChoice;
  /** Changes whenever `profile` does (what live queries re-run on). */
  profileKey: string;
  /** Today, from the shell's clock (kept current: see `useToday`): the engine's "as of". */
  asOf: string;
}
