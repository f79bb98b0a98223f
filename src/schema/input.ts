/**
 * @module schema/input
 * The input record: one post, speech or article to triage. Zod owns the shape; the types derive from it.
 */
import { z } from 'zod';

/** Who spoke. Every field is optional: a record may carry only part of it, the registry fills the rest. */
export const SpeakerInputSchema = z
  .object({
    id: z.string().min(1).max(512).optional(),
    name: z.string().max(512).optional(),
    /** Free text or one of the registry roles (head_of_state, official, candidate, ...). */
    role: z.string().max(128).optional(),
    followers: z.number().int().nonnegative().optional(),
  })
  .loose();

/** How far the speech went, as the source knows it. */
export const ReachInputSchema = z
  .object({
    views: z.number().int().nonnegative().optional(),
    shares: z.number().int().nonnegative().optional(),
    /** Size of a live or broadcast audience (a rally, a radio programme). */
    audience: z.number().int().nonnegative().optional(),
  })
  .loose();

/** ISO 8601 date or date-time; kept as given, checked to parse. */
const IsoDateString = z
  .string()
  .max(64)
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'must be an ISO 8601 date or date-time',
  });

/**
 * One input record. Unknown fields are kept (as metadata), never rejected.
 * `text` length is checked by the pipeline against the configured maximum, not here,
 * so that the error can name the limit in force.
 */
export const InputRecordSchema = z
  .object({
    id: z.string().min(1).max(512).optional(),
    text: z.string().refine((s) => s.trim().length > 0, { message: 'text must not be empty' }),
    lang: z.string().min(2).max(16).optional(),
    published_at: IsoDateString.optional(),
    speaker: SpeakerInputSchema.optional(),
    reach: ReachInputSchema.optional(),
    medium: z.string().max(64).optional(),
    source: z.string().max(512).optional(),
    url: z.string().max(4096).optional(),
    /** Id of a context profile (see data/contexts/). */
    context: z.string().min(1).max(128).optional(),
  })
  .loose();

export type InputRecord = z.infer<typeof InputRecordSchema>;
export type SpeakerInput = z.infer<typeof SpeakerInputSchema>;
export type ReachInput = z.infer<typeof ReachInputSchema>;
