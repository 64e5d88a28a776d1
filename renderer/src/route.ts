import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'desk' }
  | { screen: 'cases'; create?: boolean }
  | { screen: 'case'; id: number }
  | { screen: 'settings' }
  | { screen: 'import' };

/**
 * The screen named by the address's hash: no hash (the app just opened) or `#/desk` is the desk, `#/` the
 * cases table, `#/new` the cases table with the new-case form open, `#/case/3` one case, `#/settings`
 * settings, `#/import` the batch import.
 */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/desk') return { screen: 'desk' };
  if (hash === '#/settings') return { screen: 'settings' };
  if (hash === '#/import') return { screen: 'import' };
  if (hash === '#/new') return { screen: 'cases', create: true };
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

const HASHES = { desk: '#/desk', cases: '#/', settings: '#/settings', import: '#/import' } as const;

export function go(route: Route): void {
  if (route.screen === 'case') window.location.hash = `#/case/${route.id}`;
  else if (route.screen === 'cases' && route.create) window.location.hash = '#/new';
  else window.location.hash = HASHES[route.screen];
}
