/**
 * @module context/context-registry
 * The context profiles in force: the JSON files under data/contexts/ (shipped or written by monitors),
 * overlaid by profiles stored in the database through the API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { ContextDirectory } from '../pipeline/types.js';
import { type ContextProfile, ContextProfileSchema } from './context-profile.js';

export class ContextRegistry implements ContextDirectory {
  private readonly profiles = new Map<string, ContextProfile>();

  constructor(profiles: Iterable<ContextProfile> = []) {
    for (const p of profiles) this.profiles.set(p.id, p);
  }

  get(id: string): ContextProfile | undefined {
    return this.profiles.get(id);
  }

  /** @returns every profile, by id. */
  list(): ContextProfile[] {
    return [...this.profiles.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * Adds or replaces a profile.
   * @param p - a validated profile.
   */
  set(p: ContextProfile): void {
    this.profiles.set(p.id, p);
  }
}

/**
 * Reads every profile file in a folder.
 * @param dir - the folder (missing is fine: no profiles).
 * @returns the profiles.
 * @throws AppError validation_failed naming the file and the problem.
 */
export function loadContextFiles(dir: string): ContextProfile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new AppError('validation_failed', `context profile ${file} is not valid JSON: ${(e as Error).message}`);
      }
      const parsed = ContextProfileSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('validation_failed', `context profile ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      return parsed.data;
    });
}
