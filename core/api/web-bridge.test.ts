import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { openStore, type Store } from '../store/open.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { startWebBridge, type WebBridge } from './web-bridge.js';

const tempDir = useTempDir();
let store: Store | undefined;
let bridge: WebBridge | undefined;
afterEach(async () => {
  await bridge?.close();
  store?.close();
});

/** A raw HTTP request with exactly these headers, as a page on another origin or a rebinding DNS name would send. */
function send(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) {
  const { port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api',
        headers: options.headers,
        setHost: false,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

async function start() {
  store = openStore(join(tempDir(), 'casepack.db'));
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<p>app</p>');
  bridge = await startWebBridge({ context: { store, today: () => '2026-01-05' }, staticDir });
  const host = new URL(bridge.url).host;
  return { url: bridge.url, host, auth: `Bearer ${bridge.token}` };
}

const call = JSON.stringify({ name: 'cases/list', args: {} });

describe('the web bridge', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { url } = await start();
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });

  it('prints an address that carries a fresh random token for each launch', async () => {
    const first = await start();
    const token = new URL(first.url).searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.auth).toBe(`Bearer ${token}`);
    await bridge!.close();
    store!.close();
    const second = await start();
    expect(new URL(second.url).searchParams.get('token')).not.toBe(token);
  });

  it("answers 401 to an API call without this launch's token, even from a local client sending no Origin", async () => {
    const { url, host, auth } = await start();
    const json = { Host: host, 'Content-Type': 'application/json' };
    const wrong = `Bearer ${'A'.repeat(43)}`;
    for (const headers of [
      json,
      { ...json, Origin: `http://${host}` },
      { ...json, Authorization: wrong },
      { ...json, Authorization: auth.slice(0, -1) },
      { ...json, Authorization: auth.replace('Bearer ', 'Basic ') },
    ]) {
      const reply = await send(url, { headers, body: call });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { name: 'Unauthorized' } });
      expect(reply.body).not.toContain('"result"');
    }
    // The page itself holds no data and loads without the token; it reads the token from its address.
    expect((await send(url, { headers: { Host: host }, method: 'GET', path: '/' })).status).toBe(200);
  });

  it('has no API call that reads a path on this machine: the app uploads files instead', async () => {
    const { url, host, auth } = await start();
    const headers = { Host: host, 'Content-Type': 'application/json', Authorization: auth };
    const reply = JSON.parse(
      (await send(url, { headers, body: JSON.stringify({ name: 'cases/import', args: { path: '/etc/shadow' } }) })).body,
    );
    expect(reply).toMatchObject({ ok: false, error: { name: 'ApiArgumentError' } });
  });

  it('answers API calls from its own origin', async () => {
    const { url, host, auth } = await start();
    const reply = await send(url, {
      headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json', Authorization: auth },
      body: call,
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, result: [] });
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (another page on this machine)', async () => {
    const { url, host, auth } = await start();
    const json = { 'Content-Type': 'application/json', Authorization: auth };
    expect((await send(url, { headers: { ...json, Host: 'evil.example:80' }, body: call })).status).toBe(403);
    expect((await send(url, { headers: { ...json, Host: `attacker.test:${new URL(url).port}` }, body: call })).status).toBe(403);
    expect((await send(url, { headers: { ...json, Host: host, Origin: 'http://evil.example' }, body: call })).status).toBe(403);
    expect((await send(url, { headers: { ...json, Host: host, Origin: 'null' }, body: call })).status).toBe(403);
    expect((await send(url, { headers: { Host: 'evil.example' }, method: 'GET', path: '/' })).status).toBe(403);
  });

  it('takes API calls only as POSTed JSON, and refuses unknown names and bad arguments', async () => {
    const { url, host, auth } = await start();
    const headers = { Host: host, 'Content-Type': 'application/json', Authorization: auth };
    expect((await send(url, { headers: { Host: host }, method: 'GET' })).status).toBe(403);
    expect(
      (await send(url, { headers: { Host: host, 'Content-Type': 'text/plain', Authorization: auth }, body: call })).status,
    ).toBe(415);
    expect((await send(url, { headers, body: '{not json' })).status).toBe(400);
    const unknown = JSON.parse((await send(url, { headers, body: JSON.stringify({ name: 'fs/read', args: {} }) })).body);
    expect(unknown).toMatchObject({ ok: false, error: { name: 'ApiArgumentError' } });
    const bad = JSON.parse((await send(url, { headers, body: JSON.stringify({ name: 'cases/get', args: { id: -1 } }) })).body);
    expect(bad).toMatchObject({ ok: false, error: { name: 'ApiArgumentError', message: expect.stringContaining('id') } });
  });

  it('serves pages with the app CSP and nothing outside its folder', async () => {
    const { url, host } = await start();
    for (const path of ['/', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd']) {
      const page = await send(url, { headers: { Host: host }, method: 'GET', path });
      expect(page.body).not.toContain('root:');
      if (page.status === 200) {
        expect(page.body).toBe('<p>app</p>');
        expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      } else expect(page.status).toBe(404);
    }
  });
});
