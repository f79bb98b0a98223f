/**
 * Test helpers for API keys: create a key of a role straight in the test database, and the header that
 * presents it.
 */
import type { Role } from '../../src/db/repositories/api-keys.repository.js';
import type { Runtime } from '../../src/runtime.js';

/**
 * Creates an API key in the runtime's database.
 * @param rt - a runtime with a database.
 * @param role - the key's role.
 * @param name - a label (defaults to the role).
 * @returns the secret key, for `Authorization: Bearer <key>`.
 */
export function createKey(rt: Runtime, role: Role, name: string = `test-${role}`): string {
  if (!rt.moderation) throw new Error('createKey needs a runtime with a database');
  return rt.moderation.keys.create(role, name, 'test').secret;
}

/**
 * The headers that authenticate as a key.
 * @param key - the secret.
 * @returns headers for fetch.
 */
export function authHeader(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
