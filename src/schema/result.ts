/**
 * @module schema/result
 * The triage result: level, priority, the six Rabat factors with evidence, targets, model versions.
 * This is the public output contract of the CLI and the API.
 */
import { z } from 'zod';

export const LEVELS = ['none', 'offensive', 'hate', 'incitement'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** The six parts of the Rabat threshold test, in the Plan's order. */
export const FACTOR_KEYS = ['context', 'speaker', 'intent', 'content', 'extent', 'likelihood'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** A half-open range [start, end) of UTF-16 code units into the original `text`. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** One thing seen: what kind of signal, a human-readable reason, and where in the text when it comes from the text. */
export const EvidenceSchema = z.object({
  kind: z.string(),
  detail: z.string(),
  span: SpanSchema.optional(),
  /** Signed contribution to the factor score, when the signal has one. */
  weight: z.number().optional(),
  /** Which lexicon, model or registry said so. */
  source: z.string().optional(),
  /** Structured extras (a resolved time, a reach figure, a model score). */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FactorSchema = z.object({
  /** 0..1, or null when there is nothing to judge (no speaker data, no reach data...). */
  score: z.number().min(0).max(1).nullable(),
  evidence: z.array(EvidenceSchema),
});
export type Factor = z.infer<typeof FactorSchema>;

export const FactorsSchema = z.object({
  context: FactorSchema,
  speaker: FactorSchema,
  intent: FactorSchema,
  content: FactorSchema,
  extent: FactorSchema,
  likelihood: FactorSchema,
});
export type Factors = z.infer<typeof FactorsSchema>;

export const TARGET_GROUPS = [
  'religion',
  'ethnicity',
  'nationality',
  'gender',
  'sexual_orientation',
  'disability',
  'political',
] as const;
export const TargetGroupSchema = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

export const TargetSchema = z.object({
  group: TargetGroupSchema,
  /** The identity term as written in the text. */
  term: z.string(),
  span: SpanSchema,
  source: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const ModelRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  kind: z.enum(['transformer', 'lexicon', 'rules']),
});
export type ModelRef = z.infer<typeof ModelRefSchema>;

export const SegmentSummarySchema = z.object({
  span: SpanSchema,
  lang: z.string(),
  /** How hostile the segment's content is, 0..1. */
  score: z.number().min(0).max(1),
});

export const ReviewSchema = z.object({
  /** True when a human must look before anyone acts, whatever the level. */
  required: z.boolean(),
  reasons: z.array(z.string()),
});

/** One factor against its threshold in the all-criteria test. */
export const ThresholdCheckSchema = z.object({
  factor: z.enum(FACTOR_KEYS),
  score: z.number().nullable(),
  threshold: z.number(),
  outcome: z.enum(['pass', 'fail', 'undetermined']),
});

/** Why the level is what it is, in words and per-factor checks. */
export const DecisionSchema = z.object({
  rule: z.string(),
  checks: z.array(ThresholdCheckSchema),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const TriageResultSchema = z.object({
  id: z.string(),
  level: LevelSchema,
  /** 0..100 with one decimal: incitement 85+, potential incitement 80+, hate 40+, below that offensive and none. */
  priority: z.number().min(0).max(100),
  factors: FactorsSchema,
  targets: z.array(TargetSchema),
  lang: z.string(),
  model: z.array(ModelRefSchema),
  /** Share of the six factors that could be judged, 0..1. */
  confidence: z.number().min(0).max(1),
  review: ReviewSchema,
  decision: DecisionSchema,
  /** The most hostile segments of a long text, worst first. */
  segments: z.array(SegmentSummarySchema),
  /** sha256 of the record's text and speaker/reach/context, hex. */
  content_hash: z.string(),
  /** Version of the whole scoring configuration (models, lexicons, rules); scores are kept per version. */
  scorer_version: z.string(),
});
export type TriageResult = z.infer<typeof TriageResultSchema>;

/** What stands in the output in place of a record that could not be read. */
export const LineErrorSchema = z.object({
  line: z.number().int().positive(),
  id: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type LineError = z.infer<typeof LineErrorSchema>;
