/**
 * @module services/keys
 * API keys: created random (256 bits), shown once, stored as a sha256 hash; revoked, never deleted.
 * Creating and revoking a key are audited in the same transaction as the change.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.js';
import { type ApiKey, type ApiKeysRepository, type Role } from '../db/repositories/api-keys.repository.js';
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import { AppError } from '../errors.js';

/** Every key starts with this, so a leaked key is easy to recognise in a paste or a scanner. */
export const KEY_PREFIX = 'rbt_';
const KEY_SHAPE = /^rbt_[A-Za-z0-9_-]{43}$/;

/**
 * The stored form of a key.
 * @param secret - the key as presented.
 * @returns sha256 hex.
 */
export function hashKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Creates, lists, revokes and checks API keys. */
export class KeysService {
  constructor(
    private readonly db: Db,
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Creates a key.
   * @param role - its role.
   * @param name - a label (who holds it).
   * @param actor - who creates it (`cli` or a key id).
   * @returns the stored key and its secret, which is not kept anywhere and cannot be shown again.
   */
  create(role: Role, name: string, actor: string): { key: ApiKey; secret: string } {
    const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
    const id = `key_${randomBytes(6).toString('hex')}`;
    const key = this.db
      .transaction(() => {
        const k = this.keys.insert({ id, name, role, hash: hashKey(secret), prefix: secret.slice(0, KEY_PREFIX.length + 6) });
        this.audit.append({ actor, action: 'key.created', subject: `key:${id}`, data: { key_id: id, name, role } });
        return k;
      })
      .immediate();
    return { key, secret };
  }

  /**
   * Revokes a key; requests with it get 401 from then on.
   * @param id - the key id.
   * @param actor - who revokes it.
   * @param opts - keepLastAdmin: refuse to revoke the last active admin key (the API does; the command
   *   line need not, since it can always create a new one).
   * @returns the revoked key.
   * @throws AppError not_found for an unknown id, conflict when already revoked or when it is the last admin key.
   */
  revoke(id: string, actor: string, opts: { keepLastAdmin?: boolean } = {}): ApiKey {
    return this.db
      .transaction(() => {
        const k = this.keys.get(id);
        if (!k) throw new AppError('not_found', `no key with id "${id}"`);
        if (opts.keepLastAdmin && k.role === 'admin' && k.revokedAt === null && this.keys.activeAdmins() === 1) {
          throw new AppError('conflict', 'this is the last active admin key; create another admin key before revoking it');
        }
        if (!this.keys.revoke(id)) throw new AppError('conflict', `key "${id}" is already revoked`);
        this.audit.append({ actor, action: 'key.revoked', subject: `key:${id}`, data: { key_id: id } });
        return this.keys.get(id)!;
      })
      .immediate();
  }

  /** @returns every key (never the secrets, which are not stored). */
  list(): ApiKey[] {
    return this.keys.list();
  }

  /**
   * Looks up the active key a request presents.
   * @param secret - the bearer token.
   * @returns the key, or undefined when unknown, malformed or revoked.
   */
  authenticate(secret: string): ApiKey | undefined {
    if (!KEY_SHAPE.test(secret)) return undefined;
    const k = this.keys.findByHash(hashKey(secret));
    return k && k.revokedAt === null ? k : undefined;
  }

  /**
   * A key's display name, for decision histories.
   * @param id - the key id.
   * @returns the name, or undefined.
   */
  nameOf(id: string): string | undefined {
    return this.keys.get(id)?.name;
  }
}
