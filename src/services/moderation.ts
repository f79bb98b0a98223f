/**
 * @module services/moderation
 * The moderators' side wired around one database: keys, the audit log, and (added as they land) review
 * leases, decisions, exports and agreement.
 */
import type { Db } from '../db/connection.js';
import { ApiKeysRepository } from '../db/repositories/api-keys.repository.js';
import { AuditRepository } from '../db/repositories/audit.repository.js';
import { DecisionsRepository } from '../db/repositories/decisions.repository.js';
import { ItemsRepository } from '../db/repositories/items.repository.js';
import { ReviewRepository } from '../db/repositories/review.repository.js';
import type { Logger } from '../log.js';
import { ExportService } from './export-service.js';
import { KeysService } from './keys-service.js';
import { ReviewService } from './review-service.js';

/** The moderation services of one database. */
export interface Moderation {
  keys: KeysService;
  audit: AuditRepository;
  review: ReviewService;
  exports: ExportService;
}

/**
 * Builds the moderation services.
 * @param db - the open, migrated database.
 * @param logger - the logger.
 * @param now - the clock (epoch ms), for leases.
 * @returns the services.
 */
export function createModeration(db: Db, logger: Logger, now: () => number = Date.now): Moderation {
  const audit = new AuditRepository(db);
  const keys = new KeysService(db, new ApiKeysRepository(db), audit);
  const reviewRepo = new ReviewRepository(db);
  const items = new ItemsRepository(db);
  const decisions = new DecisionsRepository(db);
  const review = new ReviewService(db, reviewRepo, items, decisions, audit, logger, now);
  const backfilled = review.backfillStates();
  if (backfilled > 0) logger.info('review_states_backfilled', { items: backfilled });
  const exports = new ExportService(db, items, decisions, reviewRepo, audit);
  return { keys, audit, review, exports };
}
