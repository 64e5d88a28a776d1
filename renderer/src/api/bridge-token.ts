const KEY = 'casepack.bridgeToken';

/**
 * The web bridge's token for this launch: taken from the address CasePack printed (`?token=…`), kept in this
 * tab's session storage (never a cookie, which the browser would attach to requests other sites make) and
 * removed from the visible address so it does not end up in history or a screenshot.
 */
export function bridgeToken(): string {
  const address = new URL(window.location.href);
  const given = address.searchParams.get('token');
  if (given) {
    window.sessionStorage.setItem(KEY, given);
    address.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', address.href);
  }
  return given ?? window.sessionStorage.getItem(KEY) ?? '';
}
