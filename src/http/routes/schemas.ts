/**
 * @module http/routes/schemas
 * Request and response schemas of the API (the OpenAPI document is generated from these).
 */
import { z } from 'zod';
import { DecisionActionSchema } from '../../db/repositories/decisions.repository.js';
import { LevelSchema } from '../../schema/result.js';

/** Most records one POST /api/items may carry. */
export const MAX_BATCH = 1000;

/** A batch of raw records; each is validated on its own so the error can name its index. */
export const PostItemsBodySchema = z.union([
  z.array(z.unknown()).min(1).max(MAX_BATCH),
  z.object({ items: z.array(z.unknown()).min(1).max(MAX_BATCH) }).transform((b) => b.items),
]);

export const QueueQuerySchema = z.object({
  level: LevelSchema.optional(),
  lang: z.string().min(2).max(16).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export const ItemParamsSchema = z.object({ id: z.string().min(1).max(512) });

export const DecisionBodySchema = z
  .object({
    action: DecisionActionSchema,
    level: LevelSchema.optional(),
    note: z.string().max(10_000).optional(),
  })
  .strict()
  .refine((d) => d.action !== 'relabel' || d.level !== undefined, { message: 'relabel needs a level', path: ['level'] });
export type DecisionBody = z.infer<typeof DecisionBodySchema>;
