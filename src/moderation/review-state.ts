/**
 * @module moderation/review-state
 * The review state of an item, replayed from its decisions (oldest first). Pure: the service stores
 * the outcome for queries, but this function is the rule.
 *
 * - No decision: `unreviewed`.
 * - `confirm` judges the item at the decision's level, or else the level on the table (the last judged
 *   level, or the model's). `relabel` judges it at its own level. A judgement below `incitement`
 *   makes the item `confirmed` at that level.
 * - Four-eyes: a judgement of `incitement` makes the item `pending_second`; it becomes `confirmed` only
 *   when a *different* moderator then also judges it `incitement`. Any other judgement in between
 *   resets the count.
 * - `reject` makes it `rejected` (the flag was wrong); `escalate` makes it `escalated` (for senior or
 *   legal review); a later judgement moves it on from either.
 */
import type { Level } from '../schema/result.js';

export const REVIEW_STATES = ['unreviewed', 'pending_second', 'confirmed', 'rejected', 'escalated'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export type DecisionAction = 'confirm' | 'reject' | 'escalate' | 'relabel';

/** What the replay needs of a decision. */
export interface DecisionFact {
  action: DecisionAction;
  level: Level | null;
  actor: string;
}

export interface ReviewStatus {
  state: ReviewState;
  /** The level moderators settled on (confirmed), or the one awaiting a second confirmation. */
  level: Level | null;
  /** Who gave the first incitement judgement, while `pending_second`. */
  pendingActor: string | null;
  /** The level each decision judged, in order (null for escalate); `reject` counts as `none`. */
  judged: (Level | null)[];
}

/**
 * The level a decision judges, given the level on the table.
 * @param d - the decision.
 * @param onTable - the level currently proposed (last judged, or the model's).
 * @returns the judged level, or null when the decision judges none (escalate).
 */
export function judgedLevel(d: DecisionFact, onTable: Level): Level | null {
  switch (d.action) {
    case 'confirm':
      return d.level ?? onTable;
    case 'relabel':
      return d.level ?? onTable;
    case 'reject':
      return 'none';
    case 'escalate':
      return null;
  }
}

/**
 * Replays decisions into a review status.
 * @param modelLevel - the level the scorer gave the item.
 * @param decisions - its decisions, oldest first.
 * @returns the status.
 */
export function reviewStatus(modelLevel: Level, decisions: readonly DecisionFact[]): ReviewStatus {
  let state: ReviewState = 'unreviewed';
  let level: Level | null = null;
  let pendingActor: string | null = null;
  let onTable: Level = modelLevel;
  const judged: (Level | null)[] = [];
  for (const d of decisions) {
    const j = judgedLevel(d, onTable);
    judged.push(j);
    if (d.action === 'escalate') {
      state = 'escalated';
      pendingActor = null;
      continue;
    }
    if (d.action === 'reject') {
      state = 'rejected';
      level = null;
      pendingActor = null;
      continue;
    }
    onTable = j!;
    if (j === 'incitement') {
      if (state === 'pending_second' && pendingActor !== null && pendingActor !== d.actor) {
        state = 'confirmed';
        pendingActor = null;
      } else if (state !== 'pending_second') {
        state = 'pending_second';
        pendingActor = d.actor;
      }
      // The same moderator judging incitement twice does not make two pairs of eyes.
      level = 'incitement';
    } else {
      state = 'confirmed';
      level = j;
      pendingActor = null;
    }
  }
  return { state, level, pendingActor, judged };
}

/**
 * Whether a new decision would be the same moderator confirming their own incitement judgement.
 * @param status - the current status.
 * @param d - the new decision.
 * @returns true when four-eyes forbids it.
 */
export function isSelfSecond(status: ReviewStatus, d: DecisionFact): boolean {
  if (status.state !== 'pending_second' || status.pendingActor !== d.actor) return false;
  return (d.action === 'confirm' || d.action === 'relabel') && judgedLevel(d, 'incitement') === 'incitement';
}
