import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from '../../lib/dashboard/routes';

/** The current hash route, updated on `hashchange` (links, back and forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
