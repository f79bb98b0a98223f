/**
 * @module model/content-model
 * The seam between the pipeline and any learned content classifier. The pipeline only knows this
 * interface; the transformer (models/<name>/, loaded by transformers.js) implements it, and tests may
 * pass a small deterministic implementation.
 */
import type { ModelRef, TargetGroup } from '../schema/result.js';

/** Independent (sigmoid) probabilities for one text. */
export interface ContentScores {
  /** Attack on people for a protected characteristic. */
  hate: number;
  /** Abusive or vulgar, not identity-based. */
  offensive: number;
  /** Threat of or call to violence, including calls to action against a group. */
  violence: number;
  /** Probability that each target group is what the text is about (only groups the model knows). */
  targets: Partial<Record<TargetGroup, number>>;
}

/** A content classifier over raw segment texts (it applies its own input normalisation). */
export interface ContentModel {
  /** Id and version as they appear in every result's `model` list and evidence. */
  readonly ref: ModelRef;
  /**
   * Per-label operating points chosen on the model's own development split (`npm run calibrate`: the
   * lowest threshold where the model's flags are right 75% of the time, never below 0.5). The content
   * factor maps each probability so that its operating point lands on 0.5, the scale of the level
   * thresholds: a model that is only reliable when very confident counts only then.
   */
  readonly operatingPoints?: OperatingPoints;
  /**
   * Per-language points that replace the pooled ones for that language's segments, where the model's
   * scale differs and a held-out check on dev showed the language's own point carries over.
   */
  readonly operatingPointsByLang?: Readonly<Record<string, OperatingPoints>>;
  /**
   * Scores a batch of texts.
   * @param texts - raw segment texts, in any language.
   * @returns one score set per text, in the same order.
   */
  score(texts: readonly string[]): Promise<ContentScores[]>;
  /** Frees the runtime session (worker thread, ONNX session). */
  close(): Promise<void>;
}

/** A label's probability that the content factor maps onto 0.5 (see ContentModel.operatingPoints). */
export type OperatingPoints = Partial<Record<'hate' | 'offensive' | 'violence', number>>;

/**
 * The operating points that apply to a segment in `lang`: the pooled ones, with the language's own
 * in their place where calibration set any.
 * @param model - the content model.
 * @param lang - the segment's language.
 * @returns the points in force.
 */
export function operatingPointsFor(model: ContentModel, lang: string): OperatingPoints {
  return { ...model.operatingPoints, ...model.operatingPointsByLang?.[lang] };
}
