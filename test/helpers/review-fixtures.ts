/**
 * Test helpers for the review side: a batch of varied posts (languages, speakers, contexts, dates)
 * stored through the real pipeline.
 */
import type { Runtime } from '../../src/runtime.js';
import type { InputRecord } from '../../src/schema/input.js';

const TEXTS = [
  'The municipal library opens a new reading room on Saturday.',
  'Those people are vermin and should be driven out of our town.',
  'What an idiot, this referee is a total disgrace.',
  'We must defend our neighbours against hatred, whatever their faith.',
  'Grab your weapons tonight and burn their houses down.',
];

/**
 * Builds n posts with ids `${prefix}-000`...: five texts, two languages, two speakers, two contexts and
 * published dates one day apart from 2026-01-01.
 * @param n - how many.
 * @param prefix - id prefix.
 * @returns the records.
 */
export function reviewPosts(n: number, prefix = 'rv'): InputRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(3, '0')}`,
    text: `${TEXTS[i % TEXTS.length]} (${prefix} ${i})`,
    lang: 'en',
    published_at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    speaker: { id: i % 2 === 0 ? 'spk-even' : 'spk-odd', followers: 1000 * (i + 1) },
    context: i % 3 === 0 ? 'ctx-a' : 'ctx-b',
  }));
}

/**
 * Scores and stores records through the runtime's triage service.
 * @param rt - the runtime.
 * @param records - the records.
 */
export async function storePosts(rt: Runtime, records: InputRecord[]): Promise<void> {
  const out = await rt.triage.scoreLines(records.map((record, k) => ({ line: k + 1, record })));
  const failed = out.filter((o) => 'error' in o);
  if (failed.length > 0) throw new Error(`storePosts: ${failed.length} records failed: ${JSON.stringify(failed[0])}`);
}
