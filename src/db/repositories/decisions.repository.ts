/**
 * @module db/repositories/decisions
 * Moderators' decisions: appended, never updated or deleted (the schema's triggers refuse both).
 */
import { z } from 'zod';
import { LevelSchema } from '../../schema/result.js';
import type { Db } from '../connection.js';

export const DECISION_ACTIONS = ['confirm', 'reject', 'escalate', 'relabel'] as const;
export const DecisionActionSchema = z.enum(DECISION_ACTIONS);

export const DecisionRowSchema = z.object({
  id: z.number(),
  item_id: z.string(),
  score_id: z.number().nullable(),
  action: DecisionActionSchema,
  level: LevelSchema.nullable(),
  note: z.string().nullable(),
  actor: z.string(),
  created_at: z.string(),
  /** Per-factor overrides of a relabel, as JSON (null otherwise). */
  factor_overrides_json: z.string().nullable().default(null),
});
export type DecisionRow = z.infer<typeof DecisionRowSchema>;

export interface NewDecision {
  item_id: string;
  score_id: number | null;
  action: z.infer<typeof DecisionActionSchema>;
  level: z.infer<typeof LevelSchema> | null;
  note: string | null;
  actor: string;
  /** Per-factor overrides (relabel), stored as JSON. */
  factor_overrides_json?: string | null;
}

export class DecisionsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Appends a decision.
   * @param d - the decision.
   * @returns the stored row.
   */
  append(d: NewDecision): DecisionRow {
    const info = this.db
      .prepare(
        `INSERT INTO decisions (item_id, score_id, action, level, note, actor, factor_overrides_json)
         VALUES (@item_id, @score_id, @action, @level, @note, @actor, @factor_overrides_json)`,
      )
      .run({ ...d, factor_overrides_json: d.factor_overrides_json ?? null });
    return DecisionRowSchema.parse(this.db.prepare('SELECT * FROM decisions WHERE id = ?').get(Number(info.lastInsertRowid)));
  }

  /**
   * An item's decisions, oldest first.
   * @param itemId - the item id.
   * @returns the rows.
   */
  forItem(itemId: string): DecisionRow[] {
    return this.db.prepare('SELECT * FROM decisions WHERE item_id = ? ORDER BY id').all(itemId).map((r) => DecisionRowSchema.parse(r));
  }

  /**
   * Every decision with the level its item was scored at, grouped by item (agreement, exports).
   * @returns rows ordered by item and id.
   */
  allWithModelLevel(): (DecisionRow & { model_level: z.infer<typeof LevelSchema> })[] {
    return this.db
      .prepare(
        `SELECT d.*, s.level AS model_level FROM decisions d JOIN items i ON i.id = d.item_id
         JOIN scores s ON s.id = i.latest_score_id ORDER BY d.item_id, d.id`,
      )
      .all()
      .map((r) => DecisionRowSchema.extend({ model_level: LevelSchema }).parse(r));
  }
}
