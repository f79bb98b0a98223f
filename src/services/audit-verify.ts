/**
 * @module services/audit-verify
 * Walks the audit log and checks the chain: ids run 1, 2, 3... without gaps, each entry's prev_hash is
 * the hash of the entry before (the first chains onto the genesis hash), and each stored hash is the
 * hash of the entry's fields. An edited entry fails its own hash; a removed entry leaves a gap and a
 * broken link. Removing the newest entries leaves a valid shorter chain, so verify also checks that
 * every decision and every key has its audit entry, and reports the head so it can be kept elsewhere
 * and compared later (`--expect-head`).
 */
import { type AuditRepository, GENESIS_HASH, hashAuditEntry } from '../db/repositories/audit.repository.js';

/** One problem found in the chain; id is null when it is not about one entry. */
export interface AuditProblem {
  id: number | null;
  problem: string;
}

/** The outcome of a verification. */
export interface AuditVerification {
  ok: boolean;
  entries: number;
  head: { id: number; hash: string } | null;
  problems: AuditProblem[];
}

/**
 * Verifies the audit log.
 * @param audit - the audit repository.
 * @param expectHead - a head hash recorded earlier that must still be in the chain.
 * @returns the outcome, with every problem found (up to 100).
 */
export function verifyAudit(audit: AuditRepository, expectHead?: string): AuditVerification {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  let head: { id: number; hash: string } | null = null;
  let sawExpected = expectHead === undefined;
  for (let after = 0; ; ) {
    const page = audit.page(after, 500);
    if (page.length === 0) break;
    for (const e of page) {
      count++;
      if (e.id !== expectedId) problems.push({ id: e.id, problem: `entry ${expectedId}${e.id - expectedId > 1 ? `..${e.id - 1}` : ''} is missing` });
      if (e.prevHash !== prevHash) problems.push({ id: e.id, problem: 'prev_hash does not match the previous entry (an entry before it was changed or removed)' });
      if (hashAuditEntry(e) !== e.hash) problems.push({ id: e.id, problem: 'hash does not match the entry (the entry was edited)' });
      if (e.hash === expectHead) sawExpected = true;
      prevHash = e.hash;
      expectedId = e.id + 1;
      head = { id: e.id, hash: e.hash };
    }
    after = page[page.length - 1]!.id;
  }
  for (const id of audit.decisionsWithoutEntry().slice(0, 20)) problems.push({ id: null, problem: `decision ${id} has no audit entry (entries were removed)` });
  for (const id of audit.keysWithoutEntry().slice(0, 20)) problems.push({ id: null, problem: `key ${id} has no audit entry (entries were removed)` });
  if (!sawExpected) problems.push({ id: null, problem: `the expected head ${expectHead} is not in the chain (entries were removed or rewritten)` });
  return { ok: problems.length === 0, entries: count, head, problems: problems.slice(0, 100) };
}
