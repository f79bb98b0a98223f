/**
 * @module db/migrations/0003-audit-log
 * The audit trail: one row per state change, hash-chained. Each row carries the previous row's hash
 * and its own hash over the canonical JSON of its fields, so an edited or removed row breaks the chain
 * (`rabat-triage audit verify`). The triggers stop accidental edits through the application; the chain
 * is what catches edits made behind its back.
 */
export const sql = `
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  subject   TEXT,
  data_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_subject ON audit_log (subject, id);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
