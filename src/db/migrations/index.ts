/**
 * @module db/migrations
 * The ordered list of migrations. Append only: a migration that has shipped is never edited; a change
 * is a new numbered file.
 */
import { sql as m0001 } from './0001-init.js';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ id: 1, name: '0001-init', sql: m0001 }];
