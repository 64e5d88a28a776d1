import { useEffect, useState } from 'react';

export type Route = { screen: 'cases' } | { screen: 'case'; id: number } | { screen: 'settings' } | { screen: 'import' };

/** The screen named by the address's hash: `#/` is the cases table, `#/case/3` one case, `#/settings` settings. */
export function parseRoute(hash: string): Route {
  if (hash === '#/settings') return { screen: 'settings' };
  if (hash === '#/import') return { screen: 'import' };
  const match = /^#\/case\/(\d+)$/.exec(hash);
  return match ? { screen: 'case', id: Number(match[1]) } : { screen: 'cases' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function go(route: Route): void {
  window.location.hash = route.screen === 'case' ? `#/case/${route.id}` : route.screen === 'cases' ? '#/' : `#/${route.screen}`;
}
