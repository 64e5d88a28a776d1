import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { toErrorPayload } from './api-error.js';
import { carriesToken, newBridgeToken, TOKEN_PARAMETER } from './bridge-token.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import type { ApiContext } from './handler.js';
import { callApi } from './handlers.js';

export interface WebBridge {
  /** The address to open: it carries this launch's token, without which the API answers 401. */
  url: string;
  token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const MAX_BODY = 64 * 1024 * 1024;

/**
 * Serves the renderer and the typed API over HTTP on 127.0.0.1 only, so that the screens run in any browser
 * for development and tests. API calls must come from the bridge's own origin (no DNS rebinding, no other
 * page on the machine calling in) and carry this launch's token (no other local process calling in).
 */
export async function startWebBridge(options: { context: ApiContext; staticDir: string; port?: number }): Promise<WebBridge> {
  const token = newBridgeToken();
  const server = createServer((request, response) => {
    void route(request, response, { ...options, token }, server).catch((error: unknown) =>
      send(response, 500, { ok: false, error: toErrorPayload(error) }),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAMETER}=${token}`,
    token,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: { context: ApiContext; staticDir: string; token: string },
  server: Server,
) {
  const { port } = server.address() as AddressInfo;
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? ''))
    return send(response, 403, { ok: false, error: { name: 'Forbidden', message: 'wrong host' } });

  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/api') {
    const origin = request.headers.origin;
    if (request.method !== 'POST' || (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)))
      return send(response, 403, { ok: false, error: { name: 'Forbidden', message: 'API calls come from the app only' } });
    if (!carriesToken(request, options.token))
      return send(response, 401, { ok: false, error: { name: 'Unauthorized', message: 'open the address CasePack printed' } });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
      return send(response, 415, { ok: false, error: { name: 'Unsupported', message: 'send JSON' } });
    const body = await readBody(request);
    let call: { name?: unknown; args?: unknown };
    try {
      call = JSON.parse(body) as typeof call;
    } catch {
      return send(response, 400, { ok: false, error: { name: 'ApiArgumentError', message: 'the request is not JSON' } });
    }
    try {
      return send(response, 200, { ok: true, result: await callApi(options.context, call.name, call.args ?? {}) });
    } catch (error) {
      return send(response, 200, { ok: false, error: toErrorPayload(error) });
    }
  }
  return serveStatic(url.pathname, response, options.staticDir);
}

async function serveStatic(pathname: string, response: ServerResponse, staticDir: string) {
  const root = resolve(staticDir);
  let file = resolve(join(root, normalize(decodeURIComponent(pathname))));
  if (file !== root && !file.startsWith(root + sep)) return send(response, 404, { ok: false });
  const found = await stat(file).catch(() => undefined);
  if (!found || found.isDirectory()) file = join(root, 'index.html');
  if (!(await stat(file).catch(() => undefined)))
    return send(response, 404, {
      ok: false,
      error: { name: 'NotFound', message: `${file}: missing; run npm run build:renderer` },
    });
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  // A file removed between stat and read (a rebuild) ends the response rather than the process.
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        request.destroy();
        fail(new Error('request too large'));
      } else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
