/**
 * @module db/repositories/review
 * The review queue as moderators see it: items by priority with their review state, filtered, minus
 * items leased to someone else; leases (claim, renew, release, expiry) and the stored review state.
 * All SQL about leases and review state lives here.
 */
import { z } from 'zod';
import { type Level, type TargetGroup, type TriageResult, LevelSchema, TriageResultSchema } from '../../schema/result.js';
import { type ReviewState, REVIEW_STATES } from '../../moderation/review-state.js';
import type { Db } from '../connection.js';

/** Which review states a queue listing shows: `open` is unreviewed and pending_second. */
export type StateFilter = ReviewState | 'open' | 'all';

/** Filters of the queue listing and of claims. */
export interface ReviewFilter {
  level?: Level;
  lang?: string;
  target?: TargetGroup;
  context?: string;
  speaker?: string;
  /** published_at from (inclusive), ISO 8601. */
  from?: string;
  /** published_at up to (inclusive), ISO 8601; a date alone covers the whole day. */
  to?: string;
  state?: StateFilter;
}

/** A queue entry with its review state and lease. */
/** A scored item as the queue lists it. */
interface QueueEntry {
  id: string;
  level: Level;
  priority: number;
  lang: string;
  review_required: boolean;
  score_id: number;
  created_at: string;
  result: TriageResult;
}

export interface ReviewEntry extends QueueEntry {
  state: ReviewState;
  reviewedLevel: Level | null;
  pendingActor: string | null;
  lease: { holder: string; expiresAt: number } | null;
}

/** A live lease: who holds an item until when (epoch ms). */
export interface LeaseRow {
  itemId: string;
  holder: string;
  expiresAt: number;
}

const RowSchema = z.object({
  id: z.number(),
  item_id: z.string(),
  level: LevelSchema,
  priority: z.number(),
  lang: z.string(),
  review_required: z.number(),
  result_json: z.string(),
  item_created_at: z.string(),
  review_state: z.enum(REVIEW_STATES),
  reviewed_level: LevelSchema.nullable(),
  pending_actor: z.string().nullable(),
  lease_holder: z.string().nullable(),
  lease_expires: z.number().nullable(),
});

/** Filters that are one SQL condition on one named parameter. */
const SIMPLE_FILTERS: readonly [keyof ReviewFilter & ('level' | 'lang' | 'target' | 'context' | 'speaker' | 'from'), string][] = [
  ['level', 's.level = @level'],
  ['lang', 's.lang = @lang'],
  ['target', "EXISTS (SELECT 1 FROM json_each(s.result_json, '$.targets') t WHERE json_extract(t.value, '$.group') = @target)"],
  ['context', 'i.context_id = @context'],
  ['speaker', 'i.speaker_id = @speaker'],
  ['from', 'i.published_at >= @from'],
];

/** Typed access to leases and stored review states, and the review queue query. */
export class ReviewRepository {
  constructor(private readonly db: Db) {}

  /**
   * Builds the FROM/WHERE shared by listing and claiming.
   * @param f - filters.
   * @param actor - the caller: items leased to others, and incitement items this caller already judged, are left out.
   * @param now - epoch ms.
   * @returns the SQL fragment and its parameters.
   */
  private where(f: ReviewFilter, actor: string, now: number): { sql: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = { actor, now };
    const where = ['(l.item_id IS NULL OR l.expires_at <= @now OR l.holder = @actor)'];
    const state = f.state ?? 'open';
    if (state === 'open') where.push("COALESCE(r.state, 'unreviewed') IN ('unreviewed', 'pending_second')");
    else if (state !== 'all') {
      where.push("COALESCE(r.state, 'unreviewed') = @state");
      params.state = state;
    }
    // The moderator who gave the first incitement judgement cannot be the second pair of eyes.
    where.push("NOT (COALESCE(r.state, 'unreviewed') = 'pending_second' AND r.pending_actor = @actor)");
    for (const [key, sql] of SIMPLE_FILTERS) {
      const value = f[key];
      if (value) {
        where.push(sql);
        params[key] = value;
      }
    }
    if (f.to) {
      // A bare date means the whole day: compare against the next character after any time part.
      where.push('i.published_at <= @to');
      params.to = /^\d{4}-\d{2}-\d{2}$/.test(f.to) ? `${f.to}T\uffff` : f.to;
    }
    const sql = `FROM items i JOIN scores s ON s.id = i.latest_score_id
      LEFT JOIN item_review r ON r.item_id = i.id
      LEFT JOIN leases l ON l.item_id = i.id
      WHERE ${where.join(' AND ')}`;
    return { sql, params };
  }

  private static readonly COLUMNS = `s.id, s.item_id, s.level, s.priority, s.lang, s.review_required, s.result_json,
    i.created_at AS item_created_at, COALESCE(r.state, 'unreviewed') AS review_state, r.level AS reviewed_level,
    r.pending_actor, CASE WHEN l.expires_at > @now THEN l.holder END AS lease_holder,
    CASE WHEN l.expires_at > @now THEN l.expires_at END AS lease_expires`;

  private static toEntry(r: unknown): ReviewEntry {
    const s = RowSchema.parse(r);
    return {
      id: s.item_id,
      level: s.level,
      priority: s.priority,
      lang: s.lang,
      review_required: s.review_required === 1,
      score_id: s.id,
      created_at: s.item_created_at,
      result: TriageResultSchema.parse(JSON.parse(s.result_json)),
      state: s.review_state,
      reviewedLevel: s.reviewed_level,
      pendingActor: s.pending_actor,
      lease: s.lease_holder !== null && s.lease_expires !== null ? { holder: s.lease_holder, expiresAt: s.lease_expires } : null,
    };
  }

  /**
   * The queue page a caller sees, highest priority first (ties: oldest, then id).
   * @param f - filters.
   * @param actor - the caller.
   * @param now - epoch ms.
   * @param page - limit and offset.
   * @returns the total matching and the page.
   */
  list(f: ReviewFilter, actor: string, now: number, page: { limit: number; offset: number }): { total: number; entries: ReviewEntry[] } {
    const { sql, params } = this.where(f, actor, now);
    const total = (this.db.prepare(`SELECT COUNT(*) AS n ${sql}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT ${ReviewRepository.COLUMNS} ${sql} ORDER BY s.priority DESC, i.created_at, i.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: page.limit, offset: page.offset });
    return { total, entries: rows.map(ReviewRepository.toEntry) };
  }

  /**
   * Claims up to n items for a holder: the ones it already holds first (renewed), then the highest
   * priority free ones. Must run inside an IMMEDIATE transaction (the service does), so that no other
   * writer, in this process or another, can take the same free item between the read and the insert.
   * @param f - filters.
   * @param holder - the claiming key id.
   * @param n - how many.
   * @param now - epoch ms.
   * @param expiresAt - the leases' expiry, epoch ms.
   * @returns the claimed entries.
   */
  claim(f: ReviewFilter, holder: string, n: number, now: number, expiresAt: number): ReviewEntry[] {
    if (!this.db.inTransaction) throw new Error('claim must run inside a transaction');
    this.db.prepare('DELETE FROM leases WHERE expires_at <= ?').run(now);
    const { sql, params } = this.where({ ...f, state: f.state ?? 'open' }, holder, now);
    const ids = (
      this.db
        .prepare(`SELECT i.id ${sql} ORDER BY (l.holder = @actor AND l.expires_at > @now) DESC, s.priority DESC, i.created_at, i.id LIMIT @n`)
        .all({ ...params, n }) as { id: string }[]
    ).map((r) => r.id);
    const upsert = this.db.prepare(
      `INSERT INTO leases (item_id, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (item_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at,
         claimed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    );
    for (const id of ids) upsert.run(id, holder, expiresAt);
    return this.byIds(ids, holder, now);
  }

  /**
   * Entries by id, in the order given.
   * @param ids - item ids.
   * @param actor - the caller.
   * @param now - epoch ms.
   * @returns the entries that exist.
   */
  byIds(ids: readonly string[], actor: string, now: number): ReviewEntry[] {
    if (ids.length === 0) return [];
    const q = this.db.prepare(
      `SELECT ${ReviewRepository.COLUMNS} FROM items i JOIN scores s ON s.id = i.latest_score_id
       LEFT JOIN item_review r ON r.item_id = i.id LEFT JOIN leases l ON l.item_id = i.id WHERE i.id = @id`,
    );
    return ids.flatMap((id) => {
      const row = q.get({ id, now, actor });
      return row === undefined ? [] : [ReviewRepository.toEntry(row)];
    });
  }

  /**
   * Items a holder has under a live lease, by priority.
   * @param holder - the key id.
   * @param now - epoch ms.
   * @returns the entries.
   */
  held(holder: string, now: number): ReviewEntry[] {
    const ids = (
      this.db
        .prepare('SELECT l.item_id AS id FROM leases l JOIN items i ON i.id = l.item_id JOIN scores s ON s.id = i.latest_score_id WHERE l.holder = ? AND l.expires_at > ? ORDER BY s.priority DESC, i.created_at, i.id')
        .all(holder, now) as { id: string }[]
    ).map((r) => r.id);
    return this.byIds(ids, holder, now);
  }

  /**
   * The live lease on an item.
   * @param itemId - the item id.
   * @param now - epoch ms.
   * @returns the lease, or undefined when none is live.
   */
  lease(itemId: string, now: number): LeaseRow | undefined {
    const r = this.db.prepare('SELECT item_id, holder, expires_at FROM leases WHERE item_id = ? AND expires_at > ?').get(itemId, now) as
      | { item_id: string; holder: string; expires_at: number }
      | undefined;
    return r ? { itemId: r.item_id, holder: r.holder, expiresAt: r.expires_at } : undefined;
  }

  /**
   * Releases a holder's leases.
   * @param holder - the key id.
   * @param itemIds - which items (all of the holder's when omitted).
   * @returns the released item ids.
   */
  release(holder: string, itemIds?: readonly string[]): string[] {
    const held = (this.db.prepare('SELECT item_id FROM leases WHERE holder = ? ORDER BY item_id').all(holder) as { item_id: string }[]).map((r) => r.item_id);
    const wanted = itemIds ? held.filter((id) => itemIds.includes(id)) : held;
    const del = this.db.prepare('DELETE FROM leases WHERE item_id = ? AND holder = ?');
    for (const id of wanted) del.run(id, holder);
    return wanted;
  }

  /**
   * Drops any lease on an item (after a decision).
   * @param itemId - the item id.
   */
  releaseItem(itemId: string): void {
    this.db.prepare('DELETE FROM leases WHERE item_id = ?').run(itemId);
  }

  /**
   * Stores an item's replayed review state.
   * @param itemId - the item id.
   * @param s - the state, the settled level and the pending actor.
   */
  setState(itemId: string, s: { state: ReviewState; level: Level | null; pendingActor: string | null }): void {
    this.db
      .prepare(
        `INSERT INTO item_review (item_id, state, level, pending_actor) VALUES (?, ?, ?, ?)
         ON CONFLICT (item_id) DO UPDATE SET state = excluded.state, level = excluded.level, pending_actor = excluded.pending_actor,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run(itemId, s.state, s.level, s.pendingActor);
  }

  /**
   * Count of items per review state.
   * @returns state to count (unreviewed included).
   */
  stateCounts(): Record<ReviewState, number> {
    const out = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
    const rows = this.db.prepare("SELECT COALESCE(r.state, 'unreviewed') AS state, COUNT(*) AS n FROM items i LEFT JOIN item_review r ON r.item_id = i.id GROUP BY 1").all() as { state: ReviewState; n: number }[];
    for (const r of rows) out[r.state] = r.n;
    return out;
  }

  /**
   * Item ids after a given id, in id order (exports walk the table in pages rather than holding a
   * statement open, which would block every other query on the connection).
   * @param afterId - the last id of the previous page ('' to start).
   * @param limit - page size.
   * @returns ids.
   */
  itemIdsAfter(afterId: string, limit: number): string[] {
    return (this.db.prepare('SELECT id FROM items WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as { id: string }[]).map((r) => r.id);
  }

  /**
   * Items that have decisions but no stored review state (decided before migration 0004).
   * @returns item ids.
   */
  decidedWithoutState(): string[] {
    return (
      this.db.prepare('SELECT DISTINCT d.item_id AS id FROM decisions d LEFT JOIN item_review r ON r.item_id = d.item_id WHERE r.item_id IS NULL ORDER BY 1').all() as { id: string }[]
    ).map((r) => r.id);
  }
}
