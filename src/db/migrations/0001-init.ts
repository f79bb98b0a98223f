/**
 * @module db/migrations/0001-init
 * Items, scores per scorer version, append-only decisions, the speaker registry and context profiles.
 */
export const sql = `
CREATE TABLE items (
  id              TEXT PRIMARY KEY,
  content_hash    TEXT NOT NULL,
  text            TEXT NOT NULL,
  lang            TEXT,
  published_at    TEXT,
  speaker_id      TEXT,
  context_id      TEXT,
  -- The record exactly as received (unknown fields included), for evidence packages.
  record_json     TEXT NOT NULL,
  latest_score_id INTEGER,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One row per item and scorer version: rescoring with new models adds a row, never overwrites one.
CREATE TABLE scores (
  id             INTEGER PRIMARY KEY,
  item_id        TEXT NOT NULL REFERENCES items(id),
  scorer_version TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('none', 'offensive', 'hate', 'incitement')),
  priority       INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 100),
  lang           TEXT NOT NULL,
  review_required INTEGER NOT NULL DEFAULT 0,
  -- The whole result: six factors with evidence, targets, models, decision checks.
  result_json    TEXT NOT NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (item_id, scorer_version)
);
CREATE INDEX scores_queue ON scores (priority DESC, item_id);

-- Decisions are a record: they are appended, never edited or removed.
CREATE TABLE decisions (
  id         INTEGER PRIMARY KEY,
  item_id    TEXT NOT NULL REFERENCES items(id),
  score_id   INTEGER REFERENCES scores(id),
  action     TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'escalate', 'relabel')),
  level      TEXT CHECK (level IS NULL OR level IN ('none', 'offensive', 'hate', 'incitement')),
  note       TEXT,
  actor      TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX decisions_item ON decisions (item_id, id);
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;

CREATE TABLE speakers (
  id         TEXT PRIMARY KEY,
  name       TEXT,
  role       TEXT,
  followers  INTEGER,
  region     TEXT,
  notes      TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE context_profiles (
  id           TEXT PRIMARY KEY,
  profile_json TEXT NOT NULL,
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
`;
