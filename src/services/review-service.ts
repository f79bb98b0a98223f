/**
 * @module services/review
 * Batch review: claiming items under leases, deciding (four-eyes on incitement), releasing, and the
 * agreement report. Every state change is written in one IMMEDIATE transaction with its audit entry,
 * so a claim or a decision and its record either both happen or neither does, and two writers (threads,
 * processes, or interleaved requests) are serialised by SQLite's write lock.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.js';
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import type { DecisionRow, DecisionsRepository } from '../db/repositories/decisions.repository.js';
import type { ItemsRepository } from '../db/repositories/items.repository.js';
import type { ReviewEntry, ReviewFilter, ReviewRepository } from '../db/repositories/review.repository.js';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import { krippendorffAlphaNominal } from '../moderation/agreement.js';
import { type DecisionAction, type ReviewStatus, isSelfSecond, reviewStatus } from '../moderation/review-state.js';
import { type FactorKey, type Level, LEVELS } from '../schema/result.js';

/** A moderator's override of one factor's score, with the reason. */
export interface FactorOverride {
  score: number | null;
  reason?: string | undefined;
}

/** A decision as a moderator makes it. */
export interface DecisionInput {
  action: DecisionAction;
  level?: Level | undefined;
  note?: string | undefined;
  factor_overrides?: Partial<Record<FactorKey, FactorOverride>> | undefined;
}

/** Inter-moderator agreement. */
export interface AgreementReport {
  /** Items with judgements from at least two different moderators. */
  items: number;
  /** Judgements counted (each moderator's last on each item). */
  judgements: number;
  /** Nominal alpha over the four levels, or null when undefined. */
  overall: number | null;
  /** Per level: alpha of "this level or not", with how many judgements named it. */
  per_level: Record<Level, { alpha: number | null; judgements: number }>;
}

/** Claims, releases, decisions and agreement. */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly review: ReviewRepository,
    private readonly items: ItemsRepository,
    private readonly decisions: DecisionsRepository,
    private readonly audit: AuditRepository,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The queue a caller sees (items leased to others left out).
   * @param f - filters.
   * @param actor - the caller's key id.
   * @param page - limit and offset.
   * @returns total and entries.
   */
  list(f: ReviewFilter, actor: string, page: { limit: number; offset: number }): { total: number; entries: ReviewEntry[] } {
    return this.review.list(f, actor, this.now(), page);
  }

  /**
   * Claims up to n items under a lease.
   * @param f - filters.
   * @param actor - the claiming key id.
   * @param n - how many.
   * @param leaseSeconds - how long the lease lasts.
   * @returns the leased entries and the expiry.
   */
  claim(f: ReviewFilter, actor: string, n: number, leaseSeconds: number): { expiresAt: number; entries: ReviewEntry[] } {
    return this.db
      .transaction(() => {
        const now = this.now();
        const expiresAt = now + leaseSeconds * 1000;
        const entries = this.review.claim(f, actor, n, now, expiresAt);
        if (entries.length > 0) {
          this.audit.append({ actor, action: 'claim', subject: null, data: { items: entries.map((e) => e.id), expires_at: new Date(expiresAt).toISOString(), filters: { ...f } } });
        }
        this.logger.info('claim', { actor, items: entries.length, lease_seconds: leaseSeconds });
        return { expiresAt, entries };
      })
      .immediate();
  }

  /**
   * The caller's live leases.
   * @param actor - the key id.
   * @returns entries.
   */
  held(actor: string): ReviewEntry[] {
    return this.review.held(actor, this.now());
  }

  /**
   * Releases the caller's leases (some or all).
   * @param actor - the key id.
   * @param ids - items to release; all when omitted.
   * @returns the released ids.
   */
  release(actor: string, ids?: readonly string[]): string[] {
    return this.db
      .transaction(() => {
        const released = this.review.release(actor, ids);
        if (released.length > 0) this.audit.append({ actor, action: 'release', subject: null, data: { items: released } });
        return released;
      })
      .immediate();
  }

  /**
   * An item's review status and live lease.
   * @param itemId - the item id.
   * @returns the status (replayed from its decisions) and the lease, if any.
   */
  status(itemId: string): { status: ReviewStatus; lease: { holder: string; expiresAt: number } | null } {
    const item = this.items.find(itemId);
    if (!item) throw new AppError('not_found', `no item with id "${itemId}"`);
    const model = this.modelLevel(itemId);
    const status = reviewStatus(model, this.decisions.forItem(itemId));
    const lease = this.review.lease(itemId, this.now());
    return { status, lease: lease ? { holder: lease.holder, expiresAt: lease.expiresAt } : null };
  }

  /**
   * Records a decision: refuses it when another moderator holds the item, or when it would be the same
   * moderator confirming their own incitement judgement; otherwise appends it, stores the new review
   * state, releases the lease and audits, all in one transaction.
   * @param itemId - the item id.
   * @param actor - the deciding key id.
   * @param input - the decision.
   * @returns the decision, the item's decisions and its new status.
   * @throws AppError not_found, lease_conflict, four_eyes_required.
   */
  decide(itemId: string, actor: string, input: DecisionInput): { decision: DecisionRow; decisions: DecisionRow[]; status: ReviewStatus } {
    return this.db
      .transaction(() => {
        const item = this.items.find(itemId);
        if (!item) throw new AppError('not_found', `no item with id "${itemId}"`);
        const now = this.now();
        const lease = this.review.lease(itemId, now);
        if (lease && lease.holder !== actor) {
          throw new AppError('lease_conflict', `item "${itemId}" is claimed by another moderator until ${new Date(lease.expiresAt).toISOString()}`, { holder: lease.holder, expires_at: new Date(lease.expiresAt).toISOString() });
        }
        const model = this.modelLevel(itemId);
        const before = reviewStatus(model, this.decisions.forItem(itemId));
        const fact = { action: input.action, level: input.level ?? null, actor };
        if (isSelfSecond(before, fact)) {
          throw new AppError('four_eyes_required', 'you gave this item its first incitement judgement; a different moderator must confirm it');
        }
        const overrides = input.factor_overrides && Object.keys(input.factor_overrides).length > 0 ? input.factor_overrides : null;
        const decision = this.decisions.append({
          item_id: itemId,
          score_id: item.latest_score_id,
          action: input.action,
          level: input.level ?? null,
          note: input.note ?? null,
          actor,
          factor_overrides_json: overrides ? JSON.stringify(overrides) : null,
        });
        const all = this.decisions.forItem(itemId);
        const status = reviewStatus(model, all);
        this.review.setState(itemId, status);
        this.review.releaseItem(itemId);
        this.audit.append({
          actor,
          action: 'decision',
          subject: `item:${itemId}`,
          data: {
            decision_id: decision.id,
            item_id: itemId,
            content_hash: item.content_hash,
            score_id: item.latest_score_id,
            action: decision.action,
            level: decision.level,
            factor_overrides: overrides,
            // The note itself stays in the decisions table; its hash binds it to the chain.
            note_sha256: decision.note === null ? null : createHash('sha256').update(decision.note, 'utf8').digest('hex'),
            state_after: status.state,
            level_after: status.level,
          },
        });
        this.logger.info('decision', { item: itemId, action: decision.action, level: decision.level ?? '', decision: decision.id, state: status.state });
        return { decision, decisions: all, status };
      })
      .immediate();
  }

  /**
   * Inter-moderator agreement (Krippendorff's alpha, nominal) over items judged by two or more
   * moderators. Each moderator counts once per item (their last judgement); escalations judge no level.
   * @returns overall and per-level alpha.
   */
  agreement(): AgreementReport {
    const byItem = new Map<string, { model: Level; facts: { action: DecisionAction; level: Level | null; actor: string }[] }>();
    for (const d of this.decisions.allWithModelLevel()) {
      let e = byItem.get(d.item_id);
      if (!e) byItem.set(d.item_id, (e = { model: d.model_level, facts: [] }));
      e.facts.push({ action: d.action, level: d.level, actor: d.actor });
    }
    const units: Level[][] = [];
    for (const { model, facts } of byItem.values()) {
      const { judged } = reviewStatus(model, facts);
      const last = new Map<string, Level>();
      facts.forEach((f, k) => {
        const j = judged[k];
        if (j) last.set(f.actor, j);
      });
      if (last.size >= 2) units.push([...last.values()]);
    }
    const per_level = Object.fromEntries(
      LEVELS.map((level) => [
        level,
        { alpha: krippendorffAlphaNominal(units.map((u) => u.map((v) => v === level))), judgements: units.flat().filter((v) => v === level).length },
      ]),
    ) as AgreementReport['per_level'];
    return { items: units.length, judgements: units.flat().length, overall: krippendorffAlphaNominal(units), per_level };
  }

  /**
   * Stores the review state of items decided before review states were kept (databases from before
   * migration 0004), so the queue does not show them as unreviewed.
   * @returns how many items were brought up to date.
   */
  backfillStates(): number {
    return this.db
      .transaction(() => {
        const ids = this.review.decidedWithoutState();
        for (const id of ids) this.review.setState(id, reviewStatus(this.modelLevel(id), this.decisions.forItem(id)));
        return ids.length;
      })
      .immediate();
  }

  /** @returns how many items are in each review state. */
  stateCounts(): Record<string, number> {
    return this.review.stateCounts();
  }

  private modelLevel(itemId: string): Level {
    const scores = this.items.scores(itemId);
    return scores[scores.length - 1]?.result.level ?? 'none';
  }
}
