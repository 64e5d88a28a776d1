import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The web bridge's secret for one launch. The printed address carries it (`?token=…`); the page keeps it in
 * its own tab's session storage and sends it as `Authorization: Bearer …` on every API call. Origin checks
 * stop other web pages, but not a local process that sends no Origin at all: only the token stops those.
 */
export function newBridgeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The query parameter of the printed address that carries the token to the page. */
export const TOKEN_PARAMETER = 'token';

/** True when the request carries exactly this token, compared in constant time. */
export function carriesToken(request: IncomingMessage, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(request.headers.authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
