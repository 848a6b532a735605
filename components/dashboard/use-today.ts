import { useEffect, useState } from 'preact/hooks';
import { msToNextLocalDay, todayLocal } from '../../lib/clock';

/**
 * Today's date, kept current: a champion leaves the dashboard open overnight, so "today" is read
 * again at local midnight and whenever the page comes back into view (a timer can sleep through the
 * night with the laptop's lid shut; the tab being shown again catches that).
 */
export function useToday(): string {
  const [today, setToday] = useState(() => todayLocal());
  useEffect(() => {
    const check = () => setToday(todayLocal());
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      // A second past midnight, so the clock has certainly turned.
      timer = setTimeout(() => (check(), arm()), msToNextLocalDay() + 1000);
    };
    arm();
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return today;
}
