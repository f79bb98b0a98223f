/**
 * @module http/presenters
 * What the API shows of stored rows: parsed, typed, with the record's metadata and no internal columns.
 */
import type { DecisionRow } from '../db/repositories/decisions.repository.js';
import type { ItemRow, QueueEntry, StoredScore } from '../db/repositories/items.repository.js';

/**
 * The queue entry a moderator scans: level, priority, targets and the strongest evidence.
 * @param e - the queue row.
 * @returns the presented entry.
 */
export function presentQueueEntry(e: QueueEntry) {
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
    targets: e.result.targets,
    top_evidence: evidence,
    created_at: e.created_at,
  };
}

/**
 * An item with every score version and its decisions.
 * @param item - the item row.
 * @param scores - its scores, oldest first.
 * @param decisions - its decisions, oldest first.
 * @returns the presented item.
 */
export function presentItem(item: ItemRow, scores: StoredScore[], decisions: DecisionRow[]) {
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
    decisions: decisions.map(presentDecision),
  };
}

/**
 * A decision as the API shows it.
 * @param d - the row.
 * @returns the presented decision.
 */
export function presentDecision(d: DecisionRow) {
  return { id: d.id, action: d.action, level: d.level, note: d.note, actor: d.actor, score_id: d.score_id, created_at: d.created_at };
}
