/**
 * @module http/presenters
 * What the API shows of stored rows: parsed, typed, with the record's metadata and no internal columns.
 * The shapes are the response schemas of routes/schemas.ts (tests check them against each other).
 */
import type { DecisionRow } from '../db/repositories/decisions.repository.js';
import type { ItemRow, StoredScore } from '../db/repositories/items.repository.js';
import type { ReviewEntry } from '../db/repositories/review.repository.js';
import type { ReviewStatus } from '../moderation/review-state.js';

/** Turns a key id into its display name (decision histories). */
export type NameOf = (keyId: string) => string | undefined;

/**
 * A lease as the caller sees it.
 * @param lease - holder and expiry (epoch ms), or null.
 * @param me - the caller's key id.
 * @returns the presented lease.
 */
export function presentLease(lease: { holder: string; expiresAt: number } | null, me: string) {
  return lease ? { holder: lease.holder, expires_at: new Date(lease.expiresAt).toISOString(), mine: lease.holder === me } : null;
}

/**
 * The queue entry a moderator scans: level, priority, targets and the strongest evidence.
 * @param e - the queue row.
 * @param me - the caller's key id (to mark leases as theirs).
 * @returns the presented entry.
 */
export function presentQueueEntry(e: ReviewEntry, me = '') {
  const evidence = Object.entries(e.result.factors)
    .flatMap(([factor, f]) => f.evidence.filter((x) => (x.weight ?? 0) > 0).map((x) => ({ factor, ...x })))
    .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))
    .slice(0, 3);
  return {
    id: e.id,
    level: e.level,
    priority: e.priority,
    lang: e.lang,
    review_required: e.review_required,
    review_state: e.state,
    targets: e.result.targets,
    top_evidence: evidence,
    created_at: e.created_at,
    lease: presentLease(e.lease, me),
  };
}

/**
 * An item's review status.
 * @param s - the status and lease.
 * @param me - the caller's key id.
 * @returns the presented review.
 */
export function presentReview(s: { status: ReviewStatus; lease: { holder: string; expiresAt: number } | null }, me: string) {
  return { state: s.status.state, level: s.status.level, pending_actor: s.status.pendingActor, lease: presentLease(s.lease, me) };
}

/**
 * An item with every score version, its decisions and its review status.
 * @param item - the item row.
 * @param scores - its scores, oldest first.
 * @param decisions - its decisions, oldest first.
 * @param review - its review status and lease (when known).
 * @param me - the caller's key id.
 * @param nameOf - key id to display name.
 * @returns the presented item.
 */
export function presentItem(
  item: ItemRow,
  scores: StoredScore[],
  decisions: DecisionRow[],
  review?: { status: ReviewStatus; lease: { holder: string; expiresAt: number } | null },
  me = '',
  nameOf: NameOf = () => undefined,
) {
  const record = JSON.parse(item.record_json) as Record<string, unknown>;
  const latest = scores.find((s) => s.id === item.latest_score_id) ?? scores[scores.length - 1];
  return {
    id: item.id,
    text: item.text,
    record,
    content_hash: item.content_hash,
    created_at: item.created_at,
    result: latest?.result ?? null,
    scores: scores.map((s) => ({ id: s.id, scorer_version: s.scorer_version, created_at: s.created_at, level: s.result.level, priority: s.result.priority })),
    decisions: decisions.map((d) => presentDecision(d, nameOf)),
    ...(review ? { review: presentReview(review, me) } : {}),
  };
}

/**
 * A decision as the API shows it.
 * @param d - the row.
 * @param nameOf - key id to display name.
 * @returns the presented decision.
 */
export function presentDecision(d: DecisionRow, nameOf: NameOf = () => undefined) {
  return {
    id: d.id,
    action: d.action,
    level: d.level,
    note: d.note,
    actor: d.actor,
    actor_name: nameOf(d.actor) ?? null,
    factor_overrides: d.factor_overrides_json === null ? null : (JSON.parse(d.factor_overrides_json) as Record<string, { score: number | null; reason?: string }>),
    score_id: d.score_id,
    created_at: d.created_at,
  };
}
