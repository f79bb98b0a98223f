/**
 * @module services/moderation
 * The moderators' side wired around one database: keys, the audit log, and (added as they land) review
 * leases, decisions, exports and agreement.
 */
import type { Db } from '../db/connection.js';
import { ApiKeysRepository } from '../db/repositories/api-keys.repository.js';
import { AuditRepository } from '../db/repositories/audit.repository.js';
import type { Logger } from '../log.js';
import { KeysService } from './keys-service.js';

export interface Moderation {
  keys: KeysService;
  audit: AuditRepository;
}

/**
 * Builds the moderation services.
 * @param db - the open, migrated database.
 * @param _logger - the logger.
 * @returns the services.
 */
export function createModeration(db: Db, _logger: Logger): Moderation {
  const audit = new AuditRepository(db);
  const keys = new KeysService(db, new ApiKeysRepository(db), audit);
  return { keys, audit };
}
