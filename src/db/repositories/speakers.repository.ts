/**
 * @module db/repositories/speakers
 * The speaker registry, and the count of each speaker's items that moderators confirmed (history).
 */
import { type SpeakerDirectory, type SpeakerProfile, SpeakerProfileSchema } from '../../speakers/speaker.js';
import type { Db } from '../connection.js';

export class SpeakersRepository implements SpeakerDirectory {
  private readonly getOne;
  private readonly confirmed;

  constructor(private readonly db: Db) {
    this.getOne = db.prepare('SELECT id, name, role, followers, region, notes FROM speakers WHERE id = ?');
    this.confirmed = db.prepare(
      `SELECT COUNT(DISTINCT d.item_id) AS n FROM decisions d JOIN items i ON i.id = d.item_id
       WHERE i.speaker_id = ? AND d.action = 'confirm'`,
    );
  }

  /**
   * A registry entry with its confirmed-flag history.
   * @param id - the speaker id.
   * @returns the profile, or undefined.
   */
  get(id: string): (SpeakerProfile & { confirmedFlags?: number }) | undefined {
    const row = this.getOne.get(id) as Record<string, unknown> | undefined;
    const n = (this.confirmed.get(id) as { n: number }).n;
    // A speaker outside the registry still has a history once moderators confirmed their items.
    if (!row) return n > 0 ? { id, confirmedFlags: n } : undefined;
    const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
    const profile = SpeakerProfileSchema.parse(clean);
    return n > 0 ? { ...profile, confirmedFlags: n } : profile;
  }

  /**
   * Adds or replaces a registry entry.
   * @param p - the profile.
   * @returns the stored profile.
   */
  upsert(p: SpeakerProfile): SpeakerProfile {
    this.db
      .prepare(
        `INSERT INTO speakers (id, name, role, followers, region, notes) VALUES (@id, @name, @role, @followers, @region, @notes)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, followers = excluded.followers,
           region = excluded.region, notes = excluded.notes, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run({ id: p.id, name: p.name ?? null, role: p.role ?? null, followers: p.followers ?? null, region: p.region ?? null, notes: p.notes ?? null });
    return this.get(p.id)!;
  }

  /** @returns every registry entry, by id. */
  list(): SpeakerProfile[] {
    return this.db.prepare('SELECT id FROM speakers ORDER BY id').all().map((r) => this.get((r as { id: string }).id)!);
  }
}
