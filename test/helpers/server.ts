/**
 * Starts the real express app on 127.0.0.1 (port 0) around a test runtime, and a small fetch wrapper.
 */
import type { AddressInfo, Server } from 'node:net';
import { createApp } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on a free loopback port.
 * @param rt - the runtime.
 * @returns the base URL and a close function.
 */
export async function startServer(rt: Runtime): Promise<TestServer> {
  const app = createApp(rt);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Sends a JSON request and parses the JSON answer.
 * @param url - full URL.
 * @param init - method, body (object or raw string), headers.
 * @returns status and parsed body.
 */
// Tests read many differently shaped bodies; they assert on them instead of typing each one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function api(url: string, init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.raw !== undefined ? { body: init.raw } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
