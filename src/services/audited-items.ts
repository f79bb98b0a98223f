/**
 * @module services/audited-items
 * The items repository with an audit entry for every stored batch, written in the same transaction as
 * the items: ids, content hashes and scorer versions (never text), so the stored content of each item
 * is bound to the hash chain from the moment it arrives.
 */
import type { Db } from '../db/connection.js';
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import { ItemsRepository, type StoreOutcome } from '../db/repositories/items.repository.js';
import { currentActor } from '../moderation/actor-context.js';

/** {@link ItemsRepository} whose batch stores are audited. */
export class AuditedItemsRepository extends ItemsRepository {
  constructor(
    private readonly database: Db,
    private readonly audit: AuditRepository,
  ) {
    super(database);
  }

  /**
   * Stores a batch as the base repository does, and audits what was created or rescored.
   * @param args - the base method's arguments.
   * @returns the outcome per row.
   */
  override storeBatch(...args: Parameters<ItemsRepository['storeBatch']>): StoreOutcome[] {
    const [rows] = args;
    return this.database
      .transaction(() => {
        const outcomes = super.storeBatch(...args);
        const items = rows
          .map((r, j) => ({ id: r.result.id, content_hash: r.result.content_hash, scorer_version: r.result.scorer_version, level: r.result.level, outcome: outcomes[j] }))
          .filter((f) => f.outcome === 'created' || f.outcome === 'rescored');
        if (items.length > 0) this.audit.append({ actor: currentActor(), action: 'items.stored', subject: null, data: { items } });
        return outcomes;
      })
      .immediate();
  }
}
