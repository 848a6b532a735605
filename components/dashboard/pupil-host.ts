import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Where the pupil page (and its add/edit-action form) is shown: the dashboard tab, or the browser's
 * side panel beside the register. The pages are the same components in both; only these differ.
 * Routes are hash routes in both hosts (the side panel keeps its own hash), so links between the
 * pupil page and its forms work unchanged; pages a host does not show go through `elsewhere`.
 */
export interface PupilHost {
  /** A narrow panel (~360–400 px): a smaller chart, recent weeks of the heat map first, the chronology as a list. */
  narrow: boolean;
  /** A link to a dashboard page this host does not show itself (the list, a referral). */
  elsewhere(hash: string): { href: string; target?: '_blank'; rel?: 'noreferrer'; note?: string };
  /** Opening a pupil page tells the background, which suggests that pupil to the prefill panel. */
  reportsOpened: boolean;
  /**
   * Whether a new page's heading may take focus. The side panel changes pupil when the register's
   * focus does; it must never pull the keyboard away from the register.
   */
  mayTakeFocus(): boolean;
}

export const DASHBOARD_HOST: PupilHost = {
  narrow: false,
  elsewhere: (hash) => ({ href: hash }),
  reportsOpened: true,
  mayTakeFocus: () => true,
};

export const PupilHostContext = createContext<PupilHost>(DASHBOARD_HOST);

export const usePupilHost = (): PupilHost => useContext(PupilHostContext);
