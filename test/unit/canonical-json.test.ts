/**
 * Canonical JSON (what audit hashes are computed over) and the audit entry hash.
 */
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashAuditEntry } from '../../src/db/repositories/audit.repository.js';
import { canonicalJson } from '../../src/moderation/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined, keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson(['é', null, true])).toBe('["é",null,true]');
  });

  it('refuses values JSON cannot hold exactly', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/cannot serialise/);
  });
});

describe('hashAuditEntry', () => {
  const entry = { id: 1, at: '2026-01-01T00:00:00.000Z', actor: 'cli', action: 'key.created', subject: 'key:k1', data: { role: 'admin', name: 'A' }, prevHash: GENESIS_HASH };

  it('is a sha256 that does not depend on key order and changes with any field', () => {
    const h = hashAuditEntry(entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEntry({ ...entry, data: { name: 'A', role: 'admin' } })).toBe(h);
    for (const changed of [{ id: 2 }, { at: '2026-01-01T00:00:00.001Z' }, { actor: 'x' }, { action: 'key.revoked' }, { subject: null }, { data: { role: 'viewer', name: 'A' } }, { prevHash: 'f'.repeat(64) }]) {
      expect(hashAuditEntry({ ...entry, ...changed })).not.toBe(h);
    }
  });
});
