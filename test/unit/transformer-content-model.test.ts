/**
 * The committed transformer (models/rabat-content) loads offline through transformers.js in a worker
 * thread, returns well-formed scores, reproduces the logits the Python export recorded, ranks an
 * obvious call to violence above a neutral sentence, and fails clearly when files are missing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppError } from '../../src/errors.js';
import type { ContentModel, ContentScores } from '../../src/model/content-model.js';
import { loadTransformerContentModel } from '../../src/model/transformer-content-model.js';
import { TARGET_GROUPS } from '../../src/schema/result.js';

const modelsDir = fileURLToPath(new URL('../../models', import.meta.url));
const FixtureSchema = z.object({
  texts: z.array(z.string()),
  labels: z.array(z.string()),
  int8_logits: z.array(z.array(z.number())),
  fp32_logits: z.array(z.array(z.number())),
});
const fixture = FixtureSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../models/rabat-content/onnx-parity.json', import.meta.url)), 'utf8')),
);
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('transformer content model', () => {
  let model: ContentModel | undefined;
  const get = async (): Promise<ContentModel> => {
    model ??= await loadTransformerContentModel(modelsDir, 'rabat-content');
    return model;
  };
  afterAll(async () => {
    await model?.close();
  });

  it('scores a batch with probabilities in [0, 1] for every label', async () => {
    const m = await get();
    expect(m.ref.kind).toBe('transformer');
    expect(m.ref.version).toMatch(/^[0-9a-f]{12}$/);
    const scores = await m.score(['the park was lovely this afternoon', 'Das Wetter ist heute schön', '']);
    expect(scores).toHaveLength(3);
    for (const s of scores) {
      for (const p of [s.hate, s.offensive, s.violence, ...Object.values(s.targets)]) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
      expect(Object.keys(s.targets).sort()).toEqual([...TARGET_GROUPS].sort());
    }
    expect(await m.score([])).toEqual([]);
  });

  it('is one instance per folder and options', async () => {
    const m = await get();
    expect(await loadTransformerContentModel(modelsDir, 'rabat-content')).toBe(m);
  });

  const expectLogits = (scores: readonly ContentScores[], logits: readonly (readonly number[])[], digits: number): void => {
    logits.forEach((row, i) => {
      const s = scores[i];
      expect(s).toBeDefined();
      if (s === undefined) return;
      fixture.labels.forEach((label, j) => {
        const expected = sigmoid(row[j] ?? Number.NaN);
        const group = TARGET_GROUPS.find((g) => `target_${g}` === label);
        const actual = group !== undefined ? s.targets[group] : s[label as 'hate' | 'offensive' | 'violence'];
        expect(actual).toBeCloseTo(expected, digits);
      });
    });
  };

  it('reproduces the int8 logits computed in Python (normaliser, tokenizer and graph agree)', async () => {
    const m = await get();
    expectLogits(await m.score(fixture.texts), fixture.int8_logits, 3);
  });

  it('reproduces the fp32 (= torch) logits with the fp32 model', async () => {
    const fp32 = await loadTransformerContentModel(modelsDir, 'rabat-content', { dtype: 'fp32' });
    try {
      expectLogits(await fp32.score(fixture.texts), fixture.fp32_logits, 5);
    } finally {
      await fp32.close();
    }
  });

  it('scores an obvious call to violence against a group above a neutral sentence', async () => {
    const m = await get();
    const [violent, neutral] = await m.score([
      'We must kill all the immigrants and burn their houses tonight',
      'We had a lovely picnic in the park with our neighbours',
    ]);
    expect(violent?.violence).toBeGreaterThan(neutral?.violence ?? 1);
    expect(violent?.hate).toBeGreaterThan(neutral?.hate ?? 1);
  });

  it('fails with model_unavailable naming the missing file', async () => {
    const err = await loadTransformerContentModel(modelsDir, 'no-such-model').catch((e: unknown) => e);
    expect(isAppError(err)).toBe(true);
    if (!isAppError(err)) return;
    expect(err.code).toBe('model_unavailable');
    expect(err.message).toContain('config.json');
    expect(err.message).toContain('no-such-model');
  });
});
