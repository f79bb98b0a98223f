/**
 * @module db/migrations/0002-api-keys
 * API keys: only the sha256 of each key is stored (keys are 256-bit random strings, so a fast hash is
 * enough; there is nothing to brute-force). Keys are revoked, never deleted, so decisions keep an actor
 * that can be looked up.
 */
export const sql = `
CREATE TABLE api_keys (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'ingest', 'viewer')),
  key_hash   TEXT NOT NULL UNIQUE,
  -- The first characters of the key, so an operator can tell keys apart without the secret.
  key_prefix TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at TEXT
);
`;
