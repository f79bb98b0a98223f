/**
 * @module lexicon/lexicon-schema
 * Shapes of the hand-written lexicon sources (data/lexicons/sources/handwritten/<lang>.json) and of the
 * compiled lexicons the runtime loads (data/lexicons/compiled/<lang>.json). Both are validated on read.
 */
import { z } from 'zod';
import { TargetGroupSchema } from '../schema/result.js';

/**
 * What a lexicon entry signals. Grouped by the Rabat factor it feeds:
 * - content and form: slur, dehumanisation, animal, insult, profanity, violence, the four hallmarks, othering
 *   (implicit derogation: "go back where you came from", "their kind", "for a woman");
 * - targets: identity;
 * - intent: call_to_action, deontic, mobilisation, reporting, condemnation, counter_speech, mention, negation, satire, hedge
 *   (`deontic`: "should be", "one must", "deserve to be": a call only when it governs a violent word);
 *   (`mention`: hostile words framed as what others say, "saying that...", "people who call...");
 * - likelihood: means, place, time.
 */
export const LEXICON_CATEGORIES = [
  'identity',
  'slur',
  'dehumanisation',
  'animal',
  'insult',
  'profanity',
  'violence',
  'accusation_in_mirror',
  'purity_threat',
  'attack_on_women',
  'traitor',
  'othering',
  'call_to_action',
  'deontic',
  'mobilisation',
  'reporting',
  'condemnation',
  'counter_speech',
  'mention',
  'negation',
  'satire',
  'means',
  'place',
  'time',
  'recruitment',
] as const;
export const LexiconCategorySchema = z.enum(LEXICON_CATEGORIES);
export type LexiconCategory = z.infer<typeof LexiconCategorySchema>;

/** A hand-written term: a bare string, or an object when it names a group or a severity. */
export const HandwrittenTermSchema = z.union([
  z.string().min(1),
  z.object({
    term: z.string().min(1),
    group: TargetGroupSchema.optional(),
    /** 0..1; defaults per category. */
    severity: z.number().min(0).max(1).optional(),
  }),
]);

export const HandwrittenLexiconSchema = z.object({
  lang: z.string().min(2).max(8),
  /** Who wrote it and how, for the model card and the licence list. */
  note: z.string().optional(),
  entries: z.partialRecord(LexiconCategorySchema, z.array(HandwrittenTermSchema)),
});
export type HandwrittenLexicon = z.infer<typeof HandwrittenLexiconSchema>;

export const CompiledEntrySchema = z.object({
  term: z.string().min(1),
  category: LexiconCategorySchema,
  group: TargetGroupSchema.optional(),
  severity: z.number().min(0).max(1),
  /** Source id (see `sources`). */
  source: z.string(),
});
export type CompiledEntry = z.infer<typeof CompiledEntrySchema>;

export const LexiconSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  licence: z.string(),
  origin: z.string(),
});

export const CompiledLexiconSchema = z.object({
  lang: z.string(),
  version: z.string(),
  sources: z.array(LexiconSourceSchema),
  entries: z.array(CompiledEntrySchema),
  /**
   * Ordinary words one edit away from a severe term ("laughter" / "slaughter"): never fuzzy-matched.
   * Built from a dictionary where the project has one for the language (English: WordNet).
   */
  known_words: z.array(z.string()).default([]),
  /**
   * Per entry word (matching form): dictionary words that share its stem but none of its lemmas ("matéria" for
   * "matem", both "mat" to the stemmer, lemmas matéria and matar), under their matching form. Never stem-matched.
   * Built by `npm run lexicons` from Debian's Hunspell dictionaries.
   */
  not_inflections: z.record(z.string(), z.array(z.string())).default({}),
});
export type CompiledLexicon = z.infer<typeof CompiledLexiconSchema>;
