/**
 * @module db/migrations/0004-review
 * Review leases, the stored review state of each item, and per-factor overrides on decisions.
 * - `leases`: at most one holder per item (the primary key is what makes two claims unable to take the
 *   same item); expiry is epoch milliseconds so comparisons are plain integers.
 * - `item_review`: the state replayed from decisions (moderation/review-state.ts), kept so the queue can
 *   filter on it; it is rewritten in the same transaction as each decision. No row means unreviewed.
 * - `decisions.factor_overrides_json`: adding a column is not an UPDATE, so the append-only triggers hold.
 */
export const sql = `
CREATE TABLE leases (
  item_id    TEXT PRIMARY KEY REFERENCES items(id),
  holder     TEXT NOT NULL,
  claimed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at INTEGER NOT NULL
);
CREATE INDEX leases_holder ON leases (holder, expires_at);

CREATE TABLE item_review (
  item_id       TEXT PRIMARY KEY REFERENCES items(id),
  state         TEXT NOT NULL CHECK (state IN ('unreviewed', 'pending_second', 'confirmed', 'rejected', 'escalated')),
  level         TEXT CHECK (level IS NULL OR level IN ('none', 'offensive', 'hate', 'incitement')),
  pending_actor TEXT,
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX item_review_state ON item_review (state);

ALTER TABLE decisions ADD COLUMN factor_overrides_json TEXT;
`;
