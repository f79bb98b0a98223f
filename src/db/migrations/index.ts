/**
 * @module db/migrations
 * The ordered list of migrations. Append only: a migration that has shipped is never edited; a change
 * is a new numbered file.
 */
import { sql as m0001 } from './0001-init.js';
import { sql as m0002 } from './0002-api-keys.js';
import { sql as m0003 } from './0003-audit-log.js';
import { sql as m0004 } from './0004-review.js';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: '0001-init', sql: m0001 },
  { id: 2, name: '0002-api-keys', sql: m0002 },
  { id: 3, name: '0003-audit-log', sql: m0003 },
  { id: 4, name: '0004-review', sql: m0004 },
];
