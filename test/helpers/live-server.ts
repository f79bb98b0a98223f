/**
 * Test helper: the real app listening on 127.0.0.1 on a free port, and a small JSON client for it.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';

export interface LiveServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the app of a runtime on loopback, port 0.
 * @param rt - the runtime (with a database).
 * @returns the base url and a close function.
 */
export async function listen(rt: Runtime): Promise<LiveServer> {
  const app = createApp(rt);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON response. */
export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * Calls the API with a key.
 * @param base - the server url.
 * @param key - the secret key, or null for none.
 * @param method - the HTTP method.
 * @param path - the path (with query).
 * @param body - a JSON body.
 * @returns the status, headers and parsed body (text when not JSON).
 */
export async function call<T = Record<string, unknown>>(base: string, key: string | null, method: string, path: string, body?: unknown): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = {};
  if (key !== null) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json') && text.length > 0) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed as T };
}
