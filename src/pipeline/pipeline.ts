/**
 * @module pipeline/pipeline
 * The triage pipeline as one ordered list of small phases. Read it top to bottom to see what happens
 * to a post: prepare → look up context and speaker → segment and detect language → lexicons → model →
 * the six Rabat factors → aggregate → result. Storing is the caller's last step (services/triage).
 * Each phase records what it saw in the item's evidence; a phase that rejects an item (too long, say)
 * throws an AppError that becomes that item's error and never stops the batch.
 */
import { createHash } from 'node:crypto';
import { readSignals } from '../analysis/signals.js';
import { AppError, isAppError } from '../errors.js';
import { aggregate } from '../factors/aggregate.js';
import { scoreContent } from '../factors/content.js';
import { scoreContext } from '../factors/context.js';
import { scoreExtent } from '../factors/extent.js';
import { scoreIntent } from '../factors/intent.js';
import { scoreLikelihood } from '../factors/likelihood.js';
import { scoreSpeaker } from '../factors/speaker.js';
import { detectLanguage, normaliseLangCode } from '../language/detect.js';
import { operatingPointsFor } from '../model/content-model.js';
import type { ContextProfile } from '../context/context-profile.js';
import type { LexiconSet } from '../lexicon/lexicon.js';
import type { InputRecord } from '../schema/input.js';
import { type Factors, type ModelRef, type Target, type TriageResult, FACTOR_KEYS } from '../schema/result.js';
import { resolveSpeaker } from '../speakers/speaker.js';
import { analysisSegments, sentences } from '../text/segments.js';
import { tokenize } from '../text/tokens.js';
import type { ItemState, Phase, PipelineDeps, SegmentState } from './types.js';

/** Bump when factor or aggregate logic changes: scores are stored per scorer version. */
export const RULES_VERSION = '1.12.0';

/** Languages always matched besides the detected one: English is the common code-switching partner. */
const ALWAYS_LANGS = ['en'];

// ── 1. Prepare: limits, identity, hash ────────────────────────────────────────────────
const prepare: Phase = {
  name: 'prepare',
  run(item, deps) {
    if (item.text.length > deps.config.maxTextChars) {
      throw new AppError('text_too_long', `text is ${item.text.length} characters; the limit is ${deps.config.maxTextChars} (RABAT_MAX_TEXT_CHARS)`);
    }
  },
};

// ── 2. Who and where: context profile and speaker ─────────────────────────────────────
/** The base lexicons extended with a profile's own terms, built once per profile object. */
const extendedLexicons = new WeakMap<ContextProfile, { base: LexiconSet; set: LexiconSet }>();
function contextLexicons(base: LexiconSet, profile: ContextProfile): LexiconSet {
  const hit = extendedLexicons.get(profile);
  if (hit && hit.base === base) return hit.set;
  const set = base.extend(
    'ctx',
    profile.terms.map((t) => ({ term: t.term.toLowerCase(), category: t.category, severity: t.severity, ...(t.group ? { group: t.group } : {}), source: `context:${profile.id}` })),
  );
  extendedLexicons.set(profile, { base, set });
  return set;
}

const lookUpContext: Phase = {
  name: 'context-lookup',
  run(item, deps) {
    const id = item.record.context;
    item.context = id ? (deps.contexts.get(id) ?? null) : null;
    if (id && !item.context) item.review.reasons.push(`unknown context profile "${id}"`);
    if (item.context) {
      item.thresholds = { ...item.thresholds, ...item.context.thresholds };
      if (item.context.terms.length > 0) item.lexicons = contextLexicons(deps.lexicons, item.context);
    }
  },
};

const lookUpSpeaker: Phase = {
  name: 'speaker-lookup',
  run(item, deps) {
    item.speaker = resolveSpeaker(item.record.speaker, deps.speakers);
  },
};

// ── 3. Language: segments, per-segment detection for code-switched and long texts ──────
const segmentAndDetect: Phase = {
  name: 'segment-detect',
  run(item) {
    const segs = analysisSegments(item.text);
    // A short post whose record names its language is taken at its word; otherwise detect (franc reads
    // the first few thousand characters: enough to tell, and bounded for a 200k-character speech).
    const declared = item.record.lang ? normaliseLangCode(item.record.lang) : undefined;
    const whole = declared && segs.length === 1 ? { lang: declared } : detectLanguage(item.text.slice(0, 4000), item.record.lang);
    item.lang = declared ?? whole.lang;
    item.segments = segs.map((s) => {
      const lang = segs.length === 1 ? (whole.lang === 'und' ? item.lang : whole.lang) : detectLanguage(s.text, item.lang).lang;
      return { text: s.text, span: s.span, lang, sentences: sentences(s.text, s.span.start).map((x) => x.span), tokens: tokenize(s.text, s.span.start), matches: [] };
    });
  },
};

// ── 4. Content analysis: lexicons, then the model over every segment of the batch ──────
const matchLexicons: Phase = {
  name: 'lexicons',
  run(item) {
    const extra = [item.lang, ...(item.context?.languages ?? []), ...ALWAYS_LANGS, 'ctx'];
    for (const seg of item.segments) {
      seg.matches = item.lexicons.match(seg.text, seg.tokens, seg.span.start, [seg.lang, ...extra]);
      seg.signals = readSignals(seg, seg.tokens, seg.matches, seg.sentences);
    }
  },
};

const runModel: Phase = {
  name: 'model',
  async runBatch(items, deps) {
    const model = deps.model;
    if (!model) return;
    const segs: SegmentState[] = items.flatMap((i) => i.segments);
    if (segs.length === 0) return;
    const scores = await model.score(segs.map((s) => s.text));
    segs.forEach((s, k) => {
      s.model = scores[k];
    });
    for (const i of items) i.models.push(model.ref);
  },
};

// ── 5. The six Rabat factors ────────────────────────────────────────────────────────────
const contentAndIntent: Phase = {
  name: 'content-intent',
  run(item, deps) {
    for (const seg of item.segments) {
      seg.content = scoreContent(seg.signals!, seg.model, deps.model?.ref, deps.model ? operatingPointsFor(deps.model, seg.lang) : {});
      seg.intent = scoreIntent(seg.signals!, seg.content);
    }
    // The worst segment is the one whose hostility the speaker most owns.
    const hostility = (s: SegmentState) => Math.max(s.content!.hate, s.content!.violence) * s.intent!.endorsement + 0.3 * s.intent!.factor.score! + 0.1 * s.content!.abuse;
    item.worst = item.segments.reduce((a, b) => (hostility(b) > hostility(a) ? b : a));
    item.factors.content = item.worst.content!.factor;
    item.factors.intent = item.worst.intent!.factor;
  },
};

const targets: Phase = {
  name: 'targets',
  run(item) {
    const seen = new Set<string>();
    const out: Target[] = [];
    for (const seg of item.segments) {
      for (const g of seg.signals!.groups) {
        const key = `${g.group}|${g.span.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ group: g.group, term: item.text.slice(g.span.start, g.span.end), span: g.span, source: g.source });
      }
    }
    item.targets = out.slice(0, 50);
  },
};

const contextFactor: Phase = {
  name: 'factor-context',
  run(item) {
    item.factors.context = scoreContext(item.context, item.record.published_at, item.targets);
  },
};

const speakerFactor: Phase = {
  name: 'factor-speaker',
  run(item) {
    item.factors.speaker = scoreSpeaker(item.speaker);
  },
};

const extentFactor: Phase = {
  name: 'factor-extent',
  run(item) {
    item.factors.extent = scoreExtent(item.record, item.speaker);
  },
};

const likelihoodFactor: Phase = {
  name: 'factor-likelihood',
  run(item) {
    const w = item.worst!;
    item.factors.likelihood = scoreLikelihood({
      signals: w.signals!, segmentText: w.text, segmentStart: w.span.start, lang: w.lang, content: w.content!, intent: w.intent!,
      publishedAt: item.record.published_at, tension: item.factors.context?.score ?? null, threshold: item.thresholds.likelihood,
    });
  },
};

// ── 6. Decision ──────────────────────────────────────────────────────────────────────────
const decide: Phase = {
  name: 'aggregate',
  run(item, deps) {
    const factors = Object.fromEntries(FACTOR_KEYS.map((k) => [k, item.factors[k]!])) as Factors;
    const w = item.worst!;
    const out = aggregate({ factors, content: w.content!, intent: w.intent!, targets: item.targets, thresholds: item.thresholds });
    const reasons = [...item.review.reasons, ...out.review.reasons];
    const ranked = [...item.segments]
      .map((s) => ({ span: s.span, lang: s.lang, score: Math.max(s.content!.hate, s.content!.violence, s.content!.abuse) * s.intent!.endorsement }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5)
      .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }));
    item.result = {
      id: item.id,
      level: out.level,
      priority: out.priority,
      factors,
      targets: item.targets,
      lang: item.lang,
      model: item.models,
      confidence: out.confidence,
      review: { required: out.review.required || reasons.length > 0, reasons },
      decision: out.decision,
      segments: ranked,
      content_hash: item.hash,
      scorer_version: scorerVersion(item.models, deps),
    };
  },
};

/** The pipeline, in order. */
export const PHASES: readonly Phase[] = [
  prepare,
  lookUpContext,
  lookUpSpeaker,
  segmentAndDetect,
  matchLexicons,
  runModel,
  contentAndIntent,
  targets,
  contextFactor,
  speakerFactor,
  extentFactor,
  likelihoodFactor,
  decide,
];

/**
 * The version of the whole scoring configuration: rules, lexicons and models. Two runs with the same
 * version give the same scores; stored scores are kept per version.
 * @param models - the model refs used.
 * @param deps - the pipeline's dependencies.
 * @returns a short hex digest prefixed with the rules version.
 */
export function scorerVersion(models: readonly ModelRef[], deps: Pick<PipelineDeps, 'config'>): string {
  const t = deps.config.thresholds;
  const h = createHash('sha256').update(JSON.stringify({ RULES_VERSION, models, t })).digest('hex').slice(0, 10);
  return `${RULES_VERSION}+${h}`;
}

/**
 * The content hash of a record: everything but its id, canonically serialised, so the same post
 * re-submitted is recognised and a changed one is not.
 * @param record - the record.
 * @returns hex sha256.
 */
export function contentHash(record: InputRecord): string {
  const { id: _id, ...rest } = record;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Scores a batch of validated records.
 * @param records - records that passed the input schema.
 * @param deps - lexicons, model, directories, config.
 * @returns per record, its result or the AppError that rejected it, in input order.
 */
export async function runPipeline(records: readonly InputRecord[], deps: PipelineDeps): Promise<(TriageResult | AppError)[]> {
  const items: (ItemState | AppError)[] = records.map((record) => {
    const hash = contentHash(record);
    return {
      record, id: record.id ?? `h-${hash.slice(0, 24)}`, text: record.text, hash, lang: 'und', context: null, speaker: null,
      thresholds: deps.config.thresholds, lexicons: deps.lexicons, segments: [], factors: {}, targets: [],
      models: [deps.lexicons.ref, { id: 'rabat-rules', version: RULES_VERSION, kind: 'rules' }], review: { required: false, reasons: [] },
    };
  });
  const live = () => items.filter((i): i is ItemState => !isAppError(i));
  for (const phase of PHASES) {
    if ('runBatch' in phase) {
      await phase.runBatch(live(), deps);
      continue;
    }
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (isAppError(item)) continue;
      try {
        phase.run(item, deps);
      } catch (e) {
        items[k] = isAppError(e) ? e : new AppError('internal_error', `phase ${phase.name} failed`, undefined, { cause: e });
        deps.logger.error('phase_failed', { phase: phase.name, id: item.id, hash: item.hash.slice(0, 16), code: isAppError(e) ? e.code : 'internal_error' });
      }
    }
  }
  return items.map((i) => (isAppError(i) ? i : i.result!));
}
