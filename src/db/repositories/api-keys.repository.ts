/**
 * @module db/repositories/api-keys
 * Stored API keys (hashes only). All SQL about keys lives here.
 */
import { z } from 'zod';
import type { Db } from '../connection.js';

/** The roles a key can have (see docs/moderators.md for what each may do). */
export const ROLES = ['admin', 'moderator', 'ingest', 'viewer'] as const;
/** A role, validated. */
export const RoleSchema = z.enum(ROLES);
/** A role. */
export type Role = z.infer<typeof RoleSchema>;

const ApiKeyRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleSchema,
  key_hash: z.string(),
  key_prefix: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
type ApiKeyRow = z.infer<typeof ApiKeyRowSchema>;

/** A key as the rest of the code sees it: never the hash. */
export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

function toKey(r: ApiKeyRow): ApiKey {
  return { id: r.id, name: r.name, role: r.role, prefix: r.key_prefix, createdAt: r.created_at, revokedAt: r.revoked_at };
}

/** Typed access to the api_keys table. */
export class ApiKeysRepository {
  private readonly byHash;
  private readonly byId;

  constructor(private readonly db: Db) {
    this.byHash = db.prepare('SELECT * FROM api_keys WHERE key_hash = ?');
    this.byId = db.prepare('SELECT * FROM api_keys WHERE id = ?');
  }

  /**
   * Stores a new key.
   * @param k - id, name, role, hash and prefix.
   * @returns the stored key.
   */
  insert(k: { id: string; name: string; role: Role; hash: string; prefix: string }): ApiKey {
    this.db.prepare('INSERT INTO api_keys (id, name, role, key_hash, key_prefix) VALUES (?, ?, ?, ?, ?)').run(k.id, k.name, k.role, k.hash, k.prefix);
    return this.get(k.id)!;
  }

  /**
   * Looks a key up by the hash of its secret.
   * @param hash - sha256 hex of the presented key.
   * @returns the key (revoked or not), or undefined.
   */
  findByHash(hash: string): ApiKey | undefined {
    const row = this.byHash.get(hash);
    return row === undefined ? undefined : toKey(ApiKeyRowSchema.parse(row));
  }

  /**
   * Looks a key up by id.
   * @param id - the key id.
   * @returns the key, or undefined.
   */
  get(id: string): ApiKey | undefined {
    const row = this.byId.get(id);
    return row === undefined ? undefined : toKey(ApiKeyRowSchema.parse(row));
  }

  /** @returns every key, oldest first. */
  list(): ApiKey[] {
    return this.db.prepare('SELECT * FROM api_keys ORDER BY created_at, id').all().map((r) => toKey(ApiKeyRowSchema.parse(r)));
  }

  /**
   * Marks a key revoked (kept, so past decisions still name it).
   * @param id - the key id.
   * @returns true when the key existed and was active.
   */
  revoke(id: string): boolean {
    const info = this.db.prepare("UPDATE api_keys SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND revoked_at IS NULL").run(id);
    return info.changes === 1;
  }

  /** @returns the number of active admin keys. */
  activeAdmins(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL").get() as { n: number }).n;
  }
}
