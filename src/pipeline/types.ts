/**
 * @module pipeline/types
 * The state one item carries through the pipeline's phases, and what phases may use.
 */
import type { Config, Thresholds } from '../config.js';
import type { ContextProfile } from '../context/context-profile.js';
import type { LexiconMatch, LexiconSet } from '../lexicon/lexicon.js';
import type { ContentModel, ContentScores } from '../model/content-model.js';
import type { InputRecord } from '../schema/input.js';
import type { Factor, FactorKey, Level, ModelRef, Span, Target, TargetGroup, TriageResult } from '../schema/result.js';
import type { SegmentSignals } from '../analysis/signals.js';
import type { Logger } from '../log.js';
import type { ResolvedSpeaker, SpeakerDirectory } from '../speakers/speaker.js';
import type { Token } from '../text/tokens.js';

/** One analysed part of the text. */
export interface SegmentState {
  text: string;
  span: Span;
  lang: string;
  sentences: Span[];
  tokens: Token[];
  matches: LexiconMatch[];
  signals?: SegmentSignals;
  model?: ContentScores;
  /** Per-segment content reading, filled by the content scorer. */
  content?: ContentReading;
  /** Per-segment intent reading, filled by the intent scorer. */
  intent?: IntentReading;
}

/** How hostile one segment is, before intent is weighed. */
export interface ContentReading {
  /** Identity-based hostility (slurs, dehumanisation, hallmarks, model `hate`), 0..1. */
  hate: number;
  /** Threats and calls to violence, 0..1. */
  violence: number;
  /** Abuse not tied to identity (insults, profanity, model `offensive`), 0..1. */
  abuse: number;
  /** Identity-style hostility from lexicon terms alone (no model), 0..1. */
  lexicalHate: number;
  /**
   * How severe the hostility is, for ordering the queue inside a level, 0..1: the model's hate and
   * violence (product scale) and the context profile's terms when a model is loaded; otherwise
   * max(hate, violence).
   */
  severity: number;
  /** The content model's hate and violence on the product scale (operating point = 0.5), or null without a model. */
  model: { hate: number; violence: number } | null;
  /** The group the content model reads as attacked, when the segment names none the lexicons know (see content.ts). */
  impliedGroup: { group: TargetGroup; p: number } | null;
  factor: Factor;
}

/** Whether one segment advocates, or keeps its distance. */
export interface IntentReading {
  /** Strength of advocacy and calls to action, 0..1. */
  advocacy: number;
  /** How far the speaker distances themself (reporting, condemnation, negation...), 0..1. */
  distancing: number;
  /** 1 - distancing: how far the hostile words are the speaker's own. */
  endorsement: number;
  factor: Factor;
}

/** Lookups the pipeline needs from outside. */
export interface ContextDirectory {
  get(id: string): ContextProfile | undefined;
}

export interface PipelineDeps {
  config: Config;
  lexicons: LexiconSet;
  model: ContentModel | null;
  contexts: ContextDirectory;
  speakers: SpeakerDirectory;
  logger: Logger;
}

export interface ItemState {
  record: InputRecord;
  id: string;
  text: string;
  hash: string;
  lang: string;
  context: ContextProfile | null;
  speaker: ResolvedSpeaker | null;
  thresholds: Thresholds;
  /** Lexicons in force for this item (the base set, extended by the context profile's terms). */
  lexicons: LexiconSet;
  segments: SegmentState[];
  /** The worst segment by hostility once content and intent are read. */
  worst?: SegmentState;
  factors: Partial<Record<FactorKey, Factor>>;
  targets: Target[];
  models: ModelRef[];
  level?: Level;
  priority?: number;
  review: { required: boolean; reasons: string[] };
  result?: TriageResult;
}

/**
 * One small step of the pipeline. It reads and writes the items' state and never does I/O itself.
 * Most phases look at one item at a time (`run`); the model phase sees the whole batch (`runBatch`) so
 * that every segment of every item goes through the model in one call.
 */
export type Phase =
  | { name: string; run(item: ItemState, deps: PipelineDeps): void }
  | { name: string; runBatch(items: ItemState[], deps: PipelineDeps): Promise<void> };
