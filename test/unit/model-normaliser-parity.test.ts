/**
 * Parity of the TypeScript model-input normaliser with its Python twin (scripts/python/normalise.py),
 * which normalised every training text. The fixture's expected values are written by
 * scripts/python/make_normaliser_fixture.py; regenerate it whenever the Python side changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normaliseForModel } from '../../src/model/normalise-for-model.js';

const CaseSchema = z.object({ text: z.string(), expected: z.string() });

const fixture = fileURLToPath(new URL('../fixtures/normaliser-sample.jsonl', import.meta.url));
const cases = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => CaseSchema.parse(JSON.parse(line)));

describe('normaliseForModel parity with the Python normaliser', () => {
  it('has a non-trivial sample', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i matches Python byte for byte', (_i, c) => {
    expect(normaliseForModel(c.text)).toBe(c.expected);
  });
});
