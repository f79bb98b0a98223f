/**
 * A separate process claiming from a database file until nothing is left (the cross-process claim
 * test). Usage: tsx claim-worker.ts <db> <holder> <n> <startAtEpochMs>. Prints the claimed ids as JSON.
 */
import { openDb } from '../../src/db/connection.js';
import { silentLogger } from '../../src/log.js';
import { createModeration } from '../../src/services/moderation.js';

const [file, holder, n, startAt] = process.argv.slice(2);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const db = openDb(file!);
const { review } = createModeration(db, silentLogger);
const claimed: string[] = [];
// Start together (process start-up times differ by hundreds of ms), then leave gaps so the others interleave.
while (Date.now() < Number(startAt)) pause(5);
// A fresh holder id per round: a holder's repeated claim renews what it holds instead of taking more.
for (let round = 0; ; round++) {
  const { entries } = review.claim({}, `${holder}-${round}`, Number(n), 600);
  if (entries.length === 0) break;
  claimed.push(...entries.map((e) => e.id));
  pause(2);
}
db.close();
process.stdout.write(JSON.stringify(claimed));
