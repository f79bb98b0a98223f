/**
 * @module db/connection
 * Opens the SQLite file (WAL, foreign keys, a busy timeout for concurrent writers) and brings its
 * schema up to date. Each migration runs in its own transaction with its bookkeeping row, so a crash
 * leaves the database either before or after it, never half-way.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) and migrates a database.
 * @param file - the SQLite file path, or ':memory:'.
 * @returns the open database.
 * @throws AppError io_error when the file cannot be opened.
 */
export function openDb(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new AppError('io_error', `cannot open database ${file}: ${(e as Error).message}`, undefined, { cause: e });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/**
 * Applies pending migrations in order.
 * @param db - the database.
 * @returns the ids applied now.
 */
export function migrate(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`);
  const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, name) VALUES (?, ?)').run(m.id, m.name);
    }).immediate();
    applied.push(m.id);
  }
  return applied;
}
