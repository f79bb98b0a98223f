/**
 * The functional suite through the whole product (lexicons + the committed model) must stay at or
 * above the floors measured when the model was shipped (test/functional/floors.json, written by
 * `npm run functional -- --write-floors`). A drop below a floor in any functionality or language fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Runtime } from '../../src/runtime.js';
import { createRuntime } from '../../src/runtime.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { type SuiteReport, accuracy, loadCases, runSuite } from '../../scripts/functional-suite.js';

const FloorsSchema = z.object({
  measured_with: z.object({ model: z.object({ id: z.string(), version: z.string() }).nullable() }).loose(),
  overall: z.number(),
  byFunctionality: z.record(z.string(), z.number()),
  byLanguage: z.record(z.string(), z.number()),
});
const floors = FloorsSchema.parse(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8')));

let rt: Runtime;
let report: SuiteReport;
beforeAll(async () => {
  rt = await createRuntime(loadConfig({ RABAT_LOG_LEVEL: 'silent' }), silentLogger, { noStore: true });
  report = await runSuite(rt.deps, loadCases());
});
afterAll(async () => {
  await rt.close();
});

describe('functional suite floors', () => {
  it('runs with the model the floors were measured with', () => {
    expect(rt.deps.model?.ref.version ?? null).toBe(floors.measured_with.model?.version ?? null);
  });

  it('has at least 400 cases in at least 6 languages', () => {
    expect(report.overall.n).toBeGreaterThanOrEqual(400);
    expect(Object.keys(report.byLanguage).length).toBeGreaterThanOrEqual(6);
  });

  it('stays at or above the overall floor', () => {
    expect(accuracy(report.overall)).toBeGreaterThanOrEqual(floors.overall);
  });

  it.each(Object.entries(floors.byFunctionality))('functionality %s stays at or above %f', (k, floor) => {
    expect(accuracy(report.byFunctionality[k]!)).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(floors.byLanguage))('language %s stays at or above %f', (k, floor) => {
    expect(accuracy(report.byLanguage[k]!)).toBeGreaterThanOrEqual(floor);
  });
});
