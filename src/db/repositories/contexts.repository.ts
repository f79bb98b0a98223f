/**
 * @module db/repositories/contexts
 * Context profiles stored in the database (added over the API); they override files of the same id.
 */
import { type ContextProfile, ContextProfileSchema } from '../../context/context-profile.js';
import type { Db } from '../connection.js';

export class ContextsRepository {
  constructor(private readonly db: Db) {}

  /** @returns every stored profile. */
  list(): ContextProfile[] {
    return this.db
      .prepare('SELECT profile_json FROM context_profiles ORDER BY id')
      .all()
      .map((r) => ContextProfileSchema.parse(JSON.parse((r as { profile_json: string }).profile_json)));
  }

  /**
   * Adds or replaces a profile.
   * @param p - the validated profile.
   */
  upsert(p: ContextProfile): void {
    this.db
      .prepare(
        `INSERT INTO context_profiles (id, profile_json) VALUES (?, ?)
         ON CONFLICT (id) DO UPDATE SET profile_json = excluded.profile_json, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run(p.id, JSON.stringify(p));
  }
}
