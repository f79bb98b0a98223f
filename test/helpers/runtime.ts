/**
 * Test helpers: a runtime around a fresh SQLite file in a temp folder, lexicons only (fast), and a
 * record factory with sensible defaults.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.js';
import { loadLexicons } from '../../src/lexicon/lexicon.js';
import { silentLogger } from '../../src/log.js';
import type { ContentModel } from '../../src/model/content-model.js';
import { type Runtime, createRuntime } from '../../src/runtime.js';
import type { InputRecord } from '../../src/schema/input.js';

/** A fresh temp folder, removed by the caller's cleanup. */
export function tempDir(prefix = 'rabat-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Config for tests: a temp database, no transformer unless asked.
 * @param overrides - environment overrides.
 * @returns the config.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ RABAT_DB: path.join(tempDir(), 'triage.db'), RABAT_CONTENT_MODEL: '', RABAT_LOG_LEVEL: 'silent', ...overrides });
}

let lexiconsCache: ReturnType<typeof loadLexicons> | undefined;

/**
 * A runtime on a fresh database file.
 * @param opts - config overrides, no-store, a model.
 * @returns the runtime.
 */
export async function testRuntime(opts: { env?: Record<string, string>; noStore?: boolean; model?: ContentModel | null } = {}): Promise<Runtime> {
  const config = testConfig(opts.env);
  lexiconsCache ??= loadLexicons(config.lexiconsDir);
  return createRuntime(config, silentLogger, { lexicons: lexiconsCache, model: opts.model ?? null, ...(opts.noStore ? { noStore: true } : {}) });
}

/**
 * An input record with defaults.
 * @param overrides - fields to set.
 * @returns the record.
 */
export function buildPost(overrides: Partial<InputRecord> = {}): InputRecord {
  return { text: 'The municipal library opens a new reading room on Saturday.', lang: 'en', ...overrides };
}
