/**
 * How the content model's reading enters the level and the queue.
 * A group implied by the content model: implicit hate often names its target in no word the lexicons
 * know. When the model reads hate at or above its operating point and names a group with p >= 0.5, the
 * level may be `hate` (with the group as evidence and a review reason); never `incitement`, and never
 * when the speaker keeps a distance or the model is unsure of the group. Inside a level the queue
 * follows the model's reading, except for a context profile's own terms. A fixed-score model stands in
 * for the transformer so the rule is tested on its own; the transformer itself is tested elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { isAppError } from '../../src/errors.js';
import type { ContentModel, ContentScores, OperatingPoints } from '../../src/model/content-model.js';
import { runPipeline } from '../../src/pipeline/pipeline.js';
import type { Runtime } from '../../src/runtime.js';
import type { InputRecord } from '../../src/schema/input.js';
import type { TriageResult } from '../../src/schema/result.js';
import { tempDir, testRuntime } from '../helpers/runtime.js';

/** Scores chosen per text by a marker word, so one batch can hold every case. */
const SCORES: Record<string, ContentScores> = {
  sure: { hate: 0.9, offensive: 0.2, violence: 0.05, targets: { nationality: 0.82, religion: 0.3 } },
  unsure: { hate: 0.9, offensive: 0.2, violence: 0.05, targets: { nationality: 0.35, religion: 0.3 } },
  weak: { hate: 0.4, offensive: 0.2, violence: 0.05, targets: { nationality: 0.9 } },
  threat: { hate: 0.6, offensive: 0.2, violence: 0.9, targets: { nationality: 0.7 } },
  // Just above the operating point of violence: too weak to count as a call to act on its own.
  menace: { hate: 0.05, offensive: 0.05, violence: 0.52, targets: {} },
  calm: { hate: 0.02, offensive: 0.02, violence: 0.01, targets: {} },
  // Below the operating point of hate (0.6), but close to it.
  near: { hate: 0.55, offensive: 0.1, violence: 0.02, targets: {} },
};

class FixedModel implements ContentModel {
  readonly ref = { id: 'fixed-test-model', version: 't1', kind: 'transformer' as const };
  constructor(
    // The operating point of hate is 0.6: 0.9 lands above 0.5 on the product scale, 0.4 below it.
    readonly operatingPoints: OperatingPoints = { hate: 0.6 },
    readonly operatingPointsByLang: Readonly<Record<string, OperatingPoints>> = {},
  ) {}
  score(texts: readonly string[]): Promise<ContentScores[]> {
    return Promise.resolve(texts.map((t) => SCORES[Object.keys(SCORES).find((k) => t.startsWith(`${k}:`)) ?? 'calm']!));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

let rt: Runtime;
beforeAll(async () => {
  rt = await testRuntime({ noStore: true, model: new FixedModel() });
});
afterAll(async () => {
  await rt.close();
});

async function score(...records: InputRecord[]): Promise<TriageResult[]> {
  return (await runPipeline(records, rt.deps)).map((r) => {
    if (isAppError(r)) throw r;
    return r;
  });
}

describe('a target group implied by the content model', () => {
  it('an attack that names no group is hate when the model is sure of hate and of the group, and says so', async () => {
    const [r] = await score({ text: 'sure: they should all be sent back where they came from', lang: 'en' });
    expect(r!.targets).toEqual([]);
    expect(r!.level).toBe('hate');
    expect(r!.decision.rule).toContain('the content model reads nationality');
    const implied = r!.factors.content.evidence.find((e) => e.kind === 'implied_target');
    expect(implied?.data).toEqual({ group: 'nationality', p: 0.82 });
    expect(implied?.source).toBe('fixed-test-model@t1');
    expect(r!.review.required).toBe(true);
    expect(r!.review.reasons.join(' ')).toMatch(/implied by the content model \(nationality\)/);
  });

  it('no implied group when the model is unsure which group, or its hate is below the operating point', async () => {
    const [unsure, weak] = await score(
      { text: 'unsure: they should all be sent back where they came from', lang: 'en' },
      { text: 'weak: they should all be sent back where they came from', lang: 'en' },
    );
    for (const r of [unsure!, weak!]) {
      expect(r.level).not.toBe('hate');
      expect(r.factors.content.evidence.some((e) => e.kind === 'implied_target')).toBe(false);
    }
    // Owned hostility at the model's operating point with no group it can name is `offensive`
    // (docs/levels.md); below the operating point the model's hate alone raises nothing.
    expect(unsure!.level).toBe('offensive');
    expect(weak!.level).toBe('none');
    expect(unsure!.priority).toBeGreaterThan(weak!.priority);
  });

  it('reporting keeps its protection: the implied group does not make reported words hate', async () => {
    const [r] = await score({ text: 'sure: police said the leaflet claimed they should all be sent back', lang: 'en' });
    expect(r!.factors.intent.evidence.some((e) => e.kind === 'reporting')).toBe(true);
    expect(r!.level).not.toBe('hate');
  });

  it('a group named in the text wins over the implied one, and an implied group never makes incitement', async () => {
    const [named] = await score({
      text: 'sure: we must drive the migrants out of Ward 9 tonight at the market. Bring your machetes.',
      lang: 'en', published_at: '2027-08-09T18:00:00Z', context: 'ke-2027-election',
      speaker: { id: 'min-1', role: 'minister', followers: 1_000_000 }, reach: { views: 800_000 }, medium: 'broadcast',
    });
    expect(named!.targets.length).toBeGreaterThan(0);
    expect(named!.factors.content.evidence.some((e) => e.kind === 'implied_target')).toBe(false);
    const [implied] = await score({
      text: 'sure: we must drive them out of Ward 9 tonight at the market. Bring your machetes.',
      lang: 'en', published_at: '2027-08-09T18:00:00Z', context: 'ke-2027-election',
      speaker: { id: 'min-1', role: 'minister', followers: 1_000_000 }, reach: { views: 800_000 }, medium: 'broadcast',
    });
    expect(implied!.targets).toEqual([]);
    expect(implied!.level).toBe('hate');
  });
});

describe('the order inside the hate level', () => {
  it('follows the model: the same slur-bearing attack sorts lower when the model reads little hate', async () => {
    const text = 'the migrants in this town are vermin';
    const [high, low] = await score({ text: `sure: ${text}`, lang: 'en' }, { text: `calm: ${text}`, lang: 'en' });
    expect(high!.level).toBe('hate');
    expect(low!.level).toBe('hate');
    expect(high!.priority).toBeGreaterThan(low!.priority + 10);
  });

  it("keeps a context profile's coded terms at full weight, whatever the model reads", async () => {
    // A profile with a coded slur no general lexicon has (monitors' local knowledge).
    const dir = tempDir();
    const profile = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'contexts', 'ke-2027-election.json'), 'utf8')) as { id: string; terms: unknown[] };
    profile.id = 'coded-test';
    profile.terms = [{ term: 'wakanu', category: 'identity', severity: 0.5, group: 'ethnicity' }, { term: 'zorblats', category: 'dehumanisation', severity: 0.95 }];
    fs.writeFileSync(path.join(dir, 'coded-test.json'), JSON.stringify(profile));
    const local = await testRuntime({ noStore: true, model: new FixedModel(), env: { RABAT_CONTEXTS_DIR: dir } });
    try {
      const base = { lang: 'en', context: 'coded-test' } as const;
      const [coded, plain] = (await runPipeline([{ text: 'calm: the wakanu are zorblats', ...base }, { text: 'calm: the wakanu are vermin', ...base }], local.deps)).map((r) => {
        if (isAppError(r)) throw r;
        return r;
      });
      expect(coded!.level).toBe('hate');
      expect(plain!.level).toBe('hate');
      expect(coded!.priority).toBeGreaterThan(plain!.priority + 10);
    } finally {
      await local.close();
    }
  });
});

describe('the order below the hate level', () => {
  it('puts a post the model reads close to its hate point above plain vulgarity, and a reported one lower', async () => {
    const [near, vulgar, reported] = await score(
      { text: 'near: everyone knows what those people are really like', lang: 'en' },
      { text: 'calm: what a fucking shitty day, this damn bus is late again', lang: 'en' },
      { text: 'near: the report quoted a flyer saying everyone knows what those people are really like', lang: 'en' },
    );
    expect(near!.level).toBe('none');
    expect(vulgar!.level).toBe('offensive');
    expect(near!.priority).toBeGreaterThan(vulgar!.priority);
    expect(near!.priority).toBeGreaterThan(reported!.priority);
    // Neither level outranks anything the product calls hate.
    for (const r of [near!, vulgar!, reported!]) expect(r.priority).toBeLessThan(40);
  });
});

describe("the model's reading of a call to violence", () => {
  it('counts as advocacy: a call phrased without any cue word reaches potential incitement, and says why', async () => {
    const [r] = await score({ text: 'threat: the migrants will get what they deserve at the market tonight', lang: 'en' });
    expect(r!.factors.intent.evidence.some((e) => e.kind === 'model_call_to_violence')).toBe(true);
    expect(r!.decision.checks.find((c) => c.factor === 'intent')!.outcome).toBe('pass');
    expect(r!.level).toBe('hate');
    expect(r!.review.reasons.join(' ')).toMatch(/potential incitement/);
    expect(r!.priority).toBeGreaterThanOrEqual(80);
  });

  it('a threat the model reads, aimed at no group, is offensive rather than a description of violence', async () => {
    const [menace, calm] = await score({ text: 'menace: you will regret this', lang: 'en' }, { text: 'calm: you will regret this', lang: 'en' });
    expect(menace!.level).toBe('offensive');
    expect(calm!.level).toBe('none');
  });

  it('does not turn a news report of the same words into a call', async () => {
    const [r] = await score({ text: 'threat: police said a leaflet claimed the migrants will get what they deserve at the market tonight', lang: 'en' });
    expect(r!.review.reasons.join(' ')).not.toMatch(/potential incitement/);
    expect(r!.decision.checks.find((c) => c.factor === 'intent')!.outcome).toBe('fail');
  });
});

describe('per-language operating points', () => {
  it("use a language's own point where calibration set one, and the pooled point elsewhere", async () => {
    // Pooled hate point 0.95: 0.9 is below it. English has its own point, 0.85: 0.9 is above it.
    const local = await testRuntime({ noStore: true, model: new FixedModel({ hate: 0.95 }, { en: { hate: 0.85 } }) });
    try {
      const text = 'sure: they should all be sent back where they came from';
      const [en, de] = (await runPipeline([{ text, lang: 'en' }, { text, lang: 'de' }], local.deps)).map((r) => {
        if (isAppError(r)) throw r;
        return r;
      });
      const reading = (r: TriageResult) => r.factors.content.evidence.find((e) => e.kind === 'model')!.data as { hate: number; operating_points: OperatingPoints };
      expect(reading(en!).operating_points.hate).toBe(0.85);
      expect(reading(de!).operating_points.hate).toBe(0.95);
      expect(reading(en!).hate).toBeGreaterThan(0.5);
      expect(reading(de!).hate).toBeLessThan(0.5);
      expect(en!.level).toBe('hate');
      expect(de!.level).not.toBe('hate');
    } finally {
      await local.close();
    }
  });
});
