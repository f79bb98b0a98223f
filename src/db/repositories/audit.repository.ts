/**
 * @module db/repositories/audit
 * The hash-chained audit log. Appending reads the last hash and inserts in the caller's transaction,
 * so two writers (even in two processes) cannot both chain onto the same entry.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../moderation/canonical-json.js';
import type { Db } from '../connection.js';

/** The hash the first entry chains onto. */
export const GENESIS_HASH = '0'.repeat(64);

const AuditRowSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  data_json: z.string(),
  prev_hash: z.string(),
  hash: z.string(),
});

/** One audit entry. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  data: unknown;
  prevHash: string;
  hash: string;
}

/** What a caller records. */
export interface NewAuditEntry {
  actor: string;
  action: string;
  subject?: string | null;
  data?: Record<string, unknown>;
}

/**
 * The hash of an entry: sha256 over the canonical JSON of every field but the hash itself.
 * @param e - the entry's fields.
 * @returns hex sha256.
 */
export function hashAuditEntry(e: { id: number; at: string; actor: string; action: string; subject: string | null; data: unknown; prevHash: string }): string {
  const body = canonicalJson({ id: e.id, at: e.at, actor: e.actor, action: e.action, subject: e.subject, data: e.data, prev_hash: e.prevHash });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

function toEntry(r: unknown): AuditEntry {
  const row = AuditRowSchema.parse(r);
  return { id: row.id, at: row.at, actor: row.actor, action: row.action, subject: row.subject, data: JSON.parse(row.data_json) as unknown, prevHash: row.prev_hash, hash: row.hash };
}

/** Typed access to the hash-chained audit_log table. */
export class AuditRepository {
  private readonly last;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    this.insert = db.prepare('INSERT INTO audit_log (id, at, actor, action, subject, data_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }

  /**
   * Appends an entry chained onto the last one. Call inside an IMMEDIATE transaction (or alone: a
   * single call wraps itself in one).
   * @param e - the entry.
   * @returns the stored entry.
   */
  append(e: NewAuditEntry): AuditEntry {
    const run = () => {
      const prev = this.last.get() as { id: number; hash: string } | undefined;
      const entry = {
        id: (prev?.id ?? 0) + 1,
        at: new Date().toISOString(),
        actor: e.actor,
        action: e.action,
        subject: e.subject ?? null,
        // Round-trip through JSON so the hashed value is exactly what is stored and read back.
        data: JSON.parse(JSON.stringify(e.data ?? {})) as unknown,
        prevHash: prev?.hash ?? GENESIS_HASH,
      };
      const hash = hashAuditEntry(entry);
      this.insert.run(entry.id, entry.at, entry.actor, entry.action, entry.subject, JSON.stringify(entry.data), entry.prevHash, hash);
      return { ...entry, hash };
    };
    return this.db.inTransaction ? run() : this.db.transaction(run).immediate();
  }

  /**
   * Entries in id order, a page at a time (verification walks the whole log without holding it all).
   * @param afterId - return entries with a greater id.
   * @param limit - page size.
   * @returns the entries.
   */
  page(afterId: number, limit: number): AuditEntry[] {
    return this.db.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit).map(toEntry);
  }

  /**
   * The latest entries, newest first, optionally about one subject.
   * @param limit - how many.
   * @param subject - only entries about this subject.
   * @returns the entries.
   */
  recent(limit: number, subject?: string): AuditEntry[] {
    const rows = subject
      ? this.db.prepare('SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?').all(subject, limit)
      : this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit);
    return rows.map(toEntry);
  }

  /**
   * The ids of decisions that have no `decision` entry in the log (a removed entry at the chain's tail
   * would otherwise go unnoticed).
   * @returns decision ids.
   */
  decisionsWithoutEntry(): number[] {
    return (
      this.db
        .prepare(
          `SELECT d.id FROM decisions d WHERE NOT EXISTS (
             SELECT 1 FROM audit_log a WHERE a.action = 'decision' AND json_extract(a.data_json, '$.decision_id') = d.id)
           ORDER BY d.id`,
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
  }

  /**
   * The ids of keys that have no `key.created` entry in the log.
   * @returns key ids.
   */
  keysWithoutEntry(): string[] {
    return (
      this.db
        .prepare(`SELECT k.id FROM api_keys k WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'key.created' AND a.subject = 'key:' || k.id) ORDER BY k.id`)
        .all() as { id: string }[]
    ).map((r) => r.id);
  }
}
