/**
 * @module db/repositories/items
 * Items and their scores. An item is keyed by id and carries the content hash of its record; its scores
 * are kept per scorer version. All SQL about items and scores lives here.
 */
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { InputRecord } from '../../schema/input.js';
import { type TriageResult, LevelSchema, TriageResultSchema } from '../../schema/result.js';
import type { Db } from '../connection.js';

export type StoreOutcome = 'created' | 'rescored' | 'unchanged' | 'conflict';

const ItemRowSchema = z.object({
  id: z.string(),
  content_hash: z.string(),
  text: z.string(),
  lang: z.string().nullable(),
  published_at: z.string().nullable(),
  speaker_id: z.string().nullable(),
  context_id: z.string().nullable(),
  record_json: z.string(),
  latest_score_id: z.number().nullable(),
  created_at: z.string(),
});
export type ItemRow = z.infer<typeof ItemRowSchema>;

const ScoreRowSchema = z.object({
  id: z.number(),
  item_id: z.string(),
  scorer_version: z.string(),
  level: LevelSchema,
  priority: z.number(),
  lang: z.string(),
  review_required: z.number(),
  result_json: z.string(),
  created_at: z.string(),
});
export type ScoreRow = z.infer<typeof ScoreRowSchema>;

export interface StoredScore {
  id: number;
  scorer_version: string;
  created_at: string;
  result: TriageResult;
}

/** Typed access to items and scores. */
export class ItemsRepository {
  private readonly getItem;
  private readonly insertItem;
  private readonly getScoreId;
  private readonly insertScore;
  private readonly setLatest;

  constructor(private readonly db: Db) {
    this.getItem = db.prepare('SELECT * FROM items WHERE id = ?');
    this.insertItem = db.prepare(
      `INSERT INTO items (id, content_hash, text, lang, published_at, speaker_id, context_id, record_json)
       VALUES (@id, @content_hash, @text, @lang, @published_at, @speaker_id, @context_id, @record_json)`,
    );
    this.getScoreId = db.prepare('SELECT id FROM scores WHERE item_id = ? AND scorer_version = ?');
    // `priority` has one decimal; the column's INTEGER affinity stores such values as REAL, unchanged (SQLite).
    this.insertScore = db.prepare(
      `INSERT INTO scores (item_id, scorer_version, level, priority, lang, review_required, result_json)
       VALUES (@item_id, @scorer_version, @level, @priority, @lang, @review_required, @result_json)`,
    );
    this.setLatest = db.prepare('UPDATE items SET latest_score_id = ? WHERE id = ?');
  }

  /**
   * Looks an item up.
   * @param id - the item id.
   * @returns the row, or undefined.
   */
  find(id: string): ItemRow | undefined {
    const row = this.getItem.get(id);
    return row === undefined ? undefined : ItemRowSchema.parse(row);
  }

  /**
   * Checks whether storing a record under an id would clash with a different stored record.
   * @param id - the item id.
   * @param hash - the record's content hash.
   * @returns true when the id exists with another content hash.
   */
  conflicts(id: string, hash: string): boolean {
    const row = this.find(id);
    return row !== undefined && row.content_hash !== hash;
  }

  /**
   * Stores a scored record: creates the item if new, adds the score if this scorer version has none.
   * Call inside a transaction (see {@link ItemsRepository.storeBatch}).
   * @param record - the input record.
   * @param result - its triage result.
   * @returns what happened.
   */
  store(record: InputRecord, result: TriageResult): StoreOutcome {
    const existing = this.find(result.id);
    if (existing && existing.content_hash !== result.content_hash) return 'conflict';
    if (!existing) {
      this.insertItem.run({
        id: result.id,
        content_hash: result.content_hash,
        text: record.text,
        lang: result.lang,
        published_at: record.published_at ?? null,
        speaker_id: record.speaker?.id ?? null,
        context_id: record.context ?? null,
        record_json: JSON.stringify({ ...record, id: result.id }),
      });
    } else if (this.getScoreId.get(result.id, result.scorer_version) !== undefined) {
      return 'unchanged';
    }
    const info = this.insertScore.run({
      item_id: result.id,
      scorer_version: result.scorer_version,
      level: result.level,
      priority: result.priority,
      lang: result.lang,
      review_required: result.review.required ? 1 : 0,
      result_json: JSON.stringify(result),
    });
    this.setLatest.run(Number(info.lastInsertRowid), result.id);
    return existing ? 'rescored' : 'created';
  }

  /**
   * Stores a batch atomically: all of it or, if anything throws, none of it.
   * @param rows - records with their results.
   * @param allOrNothing - roll the whole batch back if any row clashes with a stored item.
   * @returns the outcome per row, in order.
   * @throws AppError id_conflict with allOrNothing, after rolling back.
   */
  storeBatch(rows: readonly { record: InputRecord; result: TriageResult }[], allOrNothing = false): StoreOutcome[] {
    return this.db
      .transaction(() => {
        const out = rows.map((r) => this.store(r.record, r.result));
        const clash = out.indexOf('conflict');
        if (allOrNothing && clash >= 0) {
          throw new AppError('id_conflict', `id "${rows[clash]!.result.id}" is already stored with different content; nothing was stored`);
        }
        return out;
      })
      .immediate();
  }

  /**
   * Every score of an item, oldest first.
   * @param id - the item id.
   * @returns the scores with their parsed results.
   */
  scores(id: string): StoredScore[] {
    const rows = this.db.prepare('SELECT * FROM scores WHERE item_id = ? ORDER BY id').all(id);
    return rows.map((r) => {
      const s = ScoreRowSchema.parse(r);
      return { id: s.id, scorer_version: s.scorer_version, created_at: s.created_at, result: TriageResultSchema.parse(JSON.parse(s.result_json)) };
    });
  }

  /** @returns the number of stored items. */
  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  }
}
